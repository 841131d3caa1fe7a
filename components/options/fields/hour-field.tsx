import { hourOfDay } from '@/utils/phrases';
import { fieldId, type PathTo } from '../model/paths';
import { FieldError } from './field-error';
import { Hint } from './hint';
import { useField } from './use-field';

interface Props {
  path: PathTo<number>;
  label: string;
  hint?: string;
  /** The hours offered, 0 to 23. */
  hours: readonly number[];
}

/** An hour of the day, chosen from a list and shown as a time of day ("04:00"). */
export function HourField({ path, label, hint, hours }: Props) {
  const id = fieldId(path);
  const field = useField(path, { hint: hint !== undefined });
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <select
        id={id}
        data-path={path}
        value={String(field.value ?? '')}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        onChange={(event) => field.set(Number(event.currentTarget.value))}
      >
        {hours.map((hour) => (
          <option key={hour} value={hour}>
            {hourOfDay(hour)}
          </option>
        ))}
      </select>
      {hint && <Hint path={path}>{hint}</Hint>}
      <FieldError path={path} problems={field.problems} />
    </div>
  );
}
