import { useEffect, useRef, useState } from 'preact/hooks';
import type { SettingsProblem } from '@/utils/settings/schema';
import { fieldId, type PathTo } from '../model/paths';
import { FieldError } from './field-error';
import { Hint } from './hint';
import { useField } from './use-field';

interface Props {
  path: PathTo<number>;
  label: string;
  /** Shown after the input ("minutes") and read with it. */
  unit?: string;
  hint?: string;
  min: number;
  max: number;
  /** A stored value shown in another unit (millilitres as ounces): how to show it and store it back. */
  convert?: { shown(stored: number): number; stored(shown: number): number };
  errorText?: (problem: SettingsProblem) => string;
}

const same = { shown: (n: number) => n, stored: (n: number) => n };

const show = (value: number): string => (Number.isFinite(value) ? String(value) : '');

/**
 * A whole number. While the field has focus it shows what the person typed (even "1" on the way
 * to "15"); the model gets every change at once, so validation and the preview follow typing.
 */
export function NumberField({ path, label, unit, hint, min, max, convert = same, errorText }: Props) {
  const id = fieldId(path);
  const unitId = `${id}-unit`;
  const field = useField(path, { hint: hint !== undefined, extra: unit && unitId });
  const stored = field.value ?? Number.NaN;
  const value = Number.isFinite(stored) ? convert.shown(stored) : Number.NaN;
  const [text, setText] = useState(show(value));
  const focused = useRef(false);
  /** The stored value when the person began typing: typing back what it showed restores it exactly. */
  const before = useRef<number | null>(null);
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
            before.current = stored;
          }}
          onBlur={() => {
            focused.current = false;
            before.current = null;
            setText(show(value));
          }}
          onInput={(event) => {
            const raw = event.currentTarget.value;
            setText(raw);
            const typed = raw.trim() === '' ? Number.NaN : Number(raw);
            // Typing what the value showed keeps it exactly: 68 oz typed over 2,000 ml stays 2,000 ml.
            const original = before.current ?? stored;
            field.set(
              Number.isFinite(original) && typed === convert.shown(original) ? original : convert.stored(typed),
            );
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
