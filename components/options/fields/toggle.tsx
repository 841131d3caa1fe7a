import { fieldId, type PathTo } from '../model/paths';
import { FieldError } from './field-error';
import { Hint } from './hint';
import { useField } from './use-field';

interface Props {
  path: PathTo<boolean>;
  label: string;
  hint?: string;
}

/** An on/off setting, bound by its path. */
export function Toggle({ path, label, hint }: Props) {
  const id = fieldId(path);
  const field = useField(path, { hint: hint !== undefined });
  return (
    <div class="field field-check">
      <input
        id={id}
        data-path={path}
        type="checkbox"
        checked={field.value === true}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        onChange={(event) => field.set(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && <Hint path={path}>{hint}</Hint>}
        <FieldError path={path} problems={field.problems} />
      </div>
    </div>
  );
}
