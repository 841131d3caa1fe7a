import { useSignal } from '@preact/signals';
import { useRef } from 'preact/hooks';
import { t } from '@/utils/i18n';
import type { WaterSettings } from '@/utils/settings/schema';
import { AMOUNT_LIMITS, parseAmount } from './hydration';

interface Props {
  unit: WaterSettings['unit'];
  locale: string;
  /** Resolves true once logged, so the field is cleared only then. */
  onLog(amountMl: number): Promise<boolean>;
}

/** Log a drink of any size, typed in the person's unit. */
export function CustomAmount({ unit, locale, onLog }: Props) {
  const text = useSignal('');
  const invalid = useSignal(false);
  const input = useRef<HTMLInputElement>(null);
  const { min, max } = AMOUNT_LIMITS[unit];

  async function submit(event: Event) {
    event.preventDefault();
    const parsed = parseAmount(text.value, unit);
    invalid.value = !parsed.ok;
    if (!parsed.ok) {
      input.current?.focus();
      return;
    }
    if (await onLog(parsed.ml)) text.value = '';
  }

  return (
    <form class="custom-amount" onSubmit={(event) => void submit(event)} noValidate>
      <label for="custom-amount">{t('popupOtherAmount', unit)}</label>
      <input
        id="custom-amount"
        ref={input}
        type="text"
        inputMode="decimal"
        autoComplete="off"
        size={5}
        value={text.value}
        aria-invalid={invalid.value}
        aria-describedby={invalid.value ? 'custom-amount-error' : undefined}
        onInput={(event) => {
          text.value = event.currentTarget.value;
        }}
      />
      <button type="submit">{t('popupLogAmount')}</button>
      {invalid.value && (
        <p id="custom-amount-error" class="error">
          {t('popupAmountError', [min.toLocaleString(locale), max.toLocaleString(locale), unit])}
        </p>
      )}
    </form>
  );
}
