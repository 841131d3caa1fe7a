/** One question with a few answers as native radio buttons in a fieldset: one Tab stop, arrows to choose. */

interface Props<T extends string | number | boolean> {
  name: string;
  legend: string;
  options: readonly { value: T; label: string }[];
  value: T | null;
  onChange(value: T): void;
  /** Extra text tied to the question (a hint). */
  hint?: string;
}

export function ChoiceGroup<T extends string | number | boolean>({
  name,
  legend,
  options,
  value,
  onChange,
  hint,
}: Props<T>) {
  const hintId = hint ? `${name}-hint` : undefined;
  return (
    <fieldset class="chips" aria-describedby={hintId}>
      <legend>{legend}</legend>
      <div class="chip-row">
        {options.map((option) => (
          <label key={String(option.value)}>
            <input
              type="radio"
              name={name}
              value={String(option.value)}
              checked={value === option.value}
              onChange={() => onChange(option.value)}
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
      {hint && (
        <p id={hintId} class="chip-hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
