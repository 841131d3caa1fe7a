import { fieldId, type PathTo } from '../model/paths';
import { describedBy, useField } from './use-field';

interface Props {
  path: PathTo<string>;
  label: string;
  /** Visible label text that a screen reader reads differently (with its range or position). */
  srLabel?: string;
  /** ids of the messages about this time (its own error, its row's error). */
  errors: (string | false)[];
  invalid: boolean;
}

/** A 24-hour clock time bound by its path; the browser's time input gives "HH:MM", or "" while incomplete. */
export function TimeField({ path, label, srLabel, errors, invalid }: Props) {
  const id = fieldId(path);
  const field = useField(path);
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
        value={field.value ?? ''}
        required
        aria-invalid={invalid}
        aria-describedby={describedBy(...errors)}
        onInput={(event) => field.set(event.currentTarget.value)}
      />
    </span>
  );
}
