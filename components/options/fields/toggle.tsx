import { fieldId } from '@/components/options/model/paths';
import { FieldError } from './field-error';
import { Hint } from './hint';
import { useField } from './use-field';

interface Props {
  path: string;
  label: string;
  hint?: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function Toggle({ path, label, hint, checked, onChange }: Props) {
  const id = fieldId(path);
  const field = useField(path, { hint: hint !== undefined });
  return (
    <div class="field field-check">
      <input
        id={id}
        data-path={path}
        type="checkbox"
        checked={checked}
        aria-invalid={field.invalid}
        aria-describedby={field.describedBy}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <div>
        <label for={id}>{label}</label>
        {hint && <Hint path={path}>{hint}</Hint>}
        <FieldError path={path} problems={field.problems} />
      </div>
    </div>
  );
}
