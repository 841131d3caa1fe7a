/** A count with − and + buttons (sleep in half hours, plants eaten), its value announced as it changes. */
import { t } from '@/utils/i18n';

interface Props {
  id: string;
  label: string;
  value: number | null;
  /** What the first press of + gives when nothing is answered yet. */
  start: number;
  step: number;
  min: number;
  max: number;
  format(value: number): string;
  onChange(value: number): void;
  hint?: string;
}

export function Stepper({ id, label, value, start, step, min, max, format, onChange, hint }: Props) {
  const labelId = `${id}-label`;
  const set = (next: number) => onChange(Math.min(max, Math.max(min, Math.round(next / step) * step)));
  return (
    <fieldset class="stepper" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend id={labelId} class="stepper-label">
        {label}
      </legend>
      <div class="stepper-row">
        <button
          type="button"
          aria-label={t('checkinLess', label)}
          disabled={value !== null && value <= min}
          onClick={() => set(value === null ? start : value - step)}
        >
          −
        </button>
        <output id={id} aria-live="polite" class="stepper-value">
          {value === null ? t('checkinNotAnswered') : format(value)}
        </output>
        <button
          type="button"
          aria-label={t('checkinMoreOf', label)}
          disabled={value !== null && value >= max}
          onClick={() => set(value === null ? start : value + step)}
        >
          +
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} class="chip-hint">
          {hint}
        </p>
      )}
    </fieldset>
  );
}
