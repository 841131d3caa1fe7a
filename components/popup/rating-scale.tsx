import { RATINGS } from '@/utils/meal-check';

interface Props {
  name: string;
  legend: string;
  /** What 1 and 10 mean, e.g. "1 = not hungry" and "10 = very hungry". */
  low: string;
  high: string;
  value: number | null;
  error: string | null;
  onChange(value: number): void;
}

/** A 1-10 rating as native radio buttons in a fieldset: one Tab stop, arrows to choose. */
export function RatingScale({ name, legend, low, high, value, error, onChange }: Props) {
  const hint = `${name}-hint`;
  const problem = `${name}-error`;
  return (
    <fieldset class="rating" aria-describedby={error ? `${hint} ${problem}` : hint}>
      <legend>{legend}</legend>
      <div class="rating-options">
        {RATINGS.map((rating) => (
          <label key={rating}>
            <input
              type="radio"
              name={name}
              value={rating}
              checked={value === rating}
              onChange={() => onChange(rating)}
            />
            <span>{rating}</span>
          </label>
        ))}
      </div>
      <p id={hint} class="rating-ends">
        <span>{low}</span>
        <span>{high}</span>
      </p>
      {error && (
        <p id={problem} class="error">
          {error}
        </p>
      )}
    </fieldset>
  );
}

/** Focus the chosen rating, or the first one: where a person fixes a missing answer. */
export function focusRating(name: string): void {
  const inputs = [...document.querySelectorAll<HTMLInputElement>(`input[type=radio][name="${name}"]`)];
  (inputs.find((input) => input.checked) ?? inputs[0])?.focus();
}
