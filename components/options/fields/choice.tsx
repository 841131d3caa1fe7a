import type { Settings } from '@/utils/settings/schema';
import { fieldId, type PathTo, type ValueAt } from '../model/paths';
import { FieldError } from './field-error';
import { useField } from './use-field';

interface Option<T extends string> {
  value: T;
  label: string;
  /** A plain-words explanation under the option. */
  hint?: string;
}

interface Props<P extends PathTo<string>> {
  path: P;
  legend: string;
  options: readonly Option<ValueAt<Settings, P>>[];
  /** Options side by side (short labels) rather than stacked. */
  inline?: boolean;
}

/** A radio group bound by its path: a fieldset with a legend, arrow keys move between options. */
export function Choice<P extends PathTo<string>>({ path, legend, options, inline }: Props<P>) {
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
              checked={option.value === field.value}
              aria-describedby={option.hint ? `${id}-hint` : undefined}
              onChange={() => field.set(option.value)}
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
