import { fieldId } from '@/components/options/model/paths';
import { FieldError } from './field-error';
import { useField } from './use-field';

interface Option<T extends string> {
  value: T;
  label: string;
  /** A plain-words explanation under the option. */
  hint?: string;
}

interface Props<T extends string> {
  path: string;
  legend: string;
  options: readonly Option<T>[];
  value: T;
  onChange(value: T): void;
  /** Options side by side (short labels) rather than stacked. */
  inline?: boolean;
}

/** A radio group: a fieldset with a legend, arrow keys move between options. */
export function Choice<T extends string>({ path, legend, options, value, onChange, inline }: Props<T>) {
  const name = fieldId(path);
  const field = useField(path);
  return (
    <fieldset class={inline ? 'choice choice-inline' : 'choice'} aria-describedby={field.describedBy}>
      <legend>{legend}</legend>
      {options.map((option) => {
        const id = `${name}-${option.value}`;
        return (
          <div class="choice-option" key={option.value}>
            <input
              id={id}
              type="radio"
              name={name}
              data-path={path}
              value={option.value}
              checked={option.value === value}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              onChange={() => onChange(option.value)}
            />
            <label for={id}>{option.label}</label>
            {option.hint && (
              <p id={`${id}-hint`} class="hint">
                {option.hint}
              </p>
            )}
          </div>
        );
      })}
      <FieldError path={path} problems={field.problems} />
    </fieldset>
  );
}
