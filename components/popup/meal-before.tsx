import { useSignal } from '@preact/signals';
import { formatNumber, t } from '@/utils/i18n';
import { DEFAULT_TIMER, TIMER_CHOICES, type TimerMinutes } from '@/utils/meal-check';
import { focusRating, RatingScale } from './rating-scale';

interface Props {
  onStart(hunger: number, timerMinutes: TimerMinutes | null): void;
}

/** Before eating: the short start (screens away, three slow breaths) and how hungry. */
export function MealBefore({ onStart }: Props) {
  const hunger = useSignal<number | null>(null);
  const timer = useSignal<TimerMinutes | null>(DEFAULT_TIMER);
  const missing = useSignal(false);

  return (
    <form
      class="stack"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (hunger.value === null) {
          missing.value = true;
          focusRating('hunger');
          return;
        }
        onStart(hunger.value, timer.value);
      }}
    >
      <h2 id="meal-step-title" tabIndex={-1}>
        {t('popupMealBefore')}
      </h2>
      <p class="ritual">{t('popupMealRitual')}</p>
      <RatingScale
        name="hunger"
        legend={t('popupHungerQuestion')}
        low={t('popupHungerLow')}
        high={t('popupHungerHigh')}
        value={hunger.value}
        error={missing.value ? t('popupChooseRating') : null}
        onChange={(value) => {
          hunger.value = value;
          missing.value = false;
        }}
      />
      <p class="field-row">
        <label for="meal-timer">{t('popupMealTimer')}</label>
        <select
          id="meal-timer"
          value={timer.value === null ? 'off' : String(timer.value)}
          onChange={(event) => {
            const chosen = TIMER_CHOICES.find((m) => String(m) === event.currentTarget.value);
            timer.value = chosen ?? null;
          }}
        >
          <option value="off">{t('off')}</option>
          {TIMER_CHOICES.map((minutes) => (
            <option key={minutes} value={String(minutes)}>
              {t('minutesValue', formatNumber(minutes))}
            </option>
          ))}
        </select>
      </p>
      <button type="submit" class="primary">
        {t('popupMealStart')}
      </button>
    </form>
  );
}
