import { useEffect, useRef, useState } from 'preact/hooks';
import { fieldId } from '@/components/options/model/paths';
import type { SettingsProblem } from '@/utils/settings/schema';
import { FieldError } from './field-error';
import { Hint } from './hint';
import { useField } from './use-field';

interface Props {
  path: string;
  label: string;
  /** Shown after the input ("minutes") and read with it. */
  unit?: string;
  hint?: string;
  value: number;
  min: number;
  max: number;
  onValue(value: number): void;
  errorText?: (problem: SettingsProblem) => string;
}

const show = (value: number): string => (Number.isFinite(value) ? String(value) : '');

/**
 * A whole number. While the field has focus it shows what the person typed (even "1" on the way
 * to "15"); the model gets every change at once, so validation and the preview follow typing.
 */
export function NumberField({ path, label, unit, hint, value, min, max, onValue, errorText }: Props) {
  const id = fieldId(path);
  const unitId = `${id}-unit`;
  const field = useField(path, { hint: hint !== undefined, extra: unit && unitId });
  const [text, setText] = useState(show(value));
  const focused = useRef(false);
  useEffect(() => {
    if (!focused.current) setText(show(value));
  }, [value]);

  return (
    <div class="field">
      <label for={id}>{label}</label>
      <div class="field-row">
        <input
          id={id}
          data-path={path}
          class="number"
          type="number"
          inputMode="numeric"
          step={1}
          min={min}
          max={max}
          value={text}
          aria-invalid={field.invalid}
          aria-describedby={field.describedBy}
          onFocus={() => {
            focused.current = true;
          }}
          onBlur={() => {
            focused.current = false;
            setText(show(value));
          }}
          onInput={(event) => {
            const raw = event.currentTarget.value;
            setText(raw);
            onValue(raw.trim() === '' ? Number.NaN : Number(raw));
          }}
        />
        {unit && (
          <span id={unitId} class="unit">
            {unit}
          </span>
        )}
      </div>
      {hint && <Hint path={path}>{hint}</Hint>}
      <FieldError path={path} problems={field.problems} text={errorText} />
    </div>
  );
}
