import { fieldId } from '@/components/options/model/paths';
import { describedBy } from './use-field';

interface Props {
  path: string;
  label: string;
  /** Visible label text that a screen reader reads differently (with its range or position). */
  srLabel?: string;
  value: string;
  /** ids of the messages about this time (its own error, its row's error). */
  errors: (string | false)[];
  invalid: boolean;
  onValue(value: string): void;
}

/** A 24-hour clock time; the browser's time input gives "HH:MM", or "" while incomplete. */
export function TimeField({ path, label, srLabel, value, errors, invalid, onValue }: Props) {
  const id = fieldId(path);
  return (
    <span class="time-field">
      <label for={id}>
        <span aria-hidden={srLabel ? 'true' : undefined}>{label}</span>
        {srLabel && <span class="sr-only">{srLabel}</span>}
      </label>
      <input
        id={id}
        data-path={path}
        type="time"
        value={value}
        required
        aria-invalid={invalid}
        aria-describedby={describedBy(...errors)}
        onInput={(event) => onValue(event.currentTarget.value)}
      />
    </span>
  );
}
