import { useEffect } from 'preact/hooks';
import { formatNumber, t } from '@/utils/i18n';
import { type MealDraft, mealPace, untilHalfway } from '@/utils/meal-check';
import { MINUTE } from '@/utils/time/clock';
import { usePopup } from './env';

interface Props {
  draft: MealDraft;
  onFinish(): void;
}

/** During the meal: an optional gentle timer and, halfway through, a cue to slow down. */
export function MealDuring({ draft, onFinish }: Props) {
  const env = usePopup();
  const { clock } = env;

  // The minutes shown follow the page clock (a pace, not a stopwatch); the halfway cue comes on time.
  useEffect(() => {
    const wait = untilHalfway(draft.startedAt, draft.timerMinutes, clock.read());
    if (wait === null) return;
    const cue = setTimeout(() => {
      clock.refresh();
      env.status.announce(t('popupMealHalfway'));
    }, wait);
    return () => clearTimeout(cue);
  }, [draft.startedAt, draft.timerMinutes]);

  const pace = mealPace(draft.startedAt, draft.timerMinutes, clock.now.value);
  const minutes = formatNumber(Math.floor(pace.elapsedMs / MINUTE));
  return (
    <section class="stack" aria-labelledby="meal-step-title">
      <h2 id="meal-step-title" tabIndex={-1}>
        {t('popupMealDuring')}
      </h2>
      <p>{t('popupMealEnjoy')}</p>
      {draft.timerMinutes === null ? (
        <p class="muted">{t('popupMealElapsed', minutes)}</p>
      ) : (
        <div class="meal-timer">
          <progress max={1} value={pace.ratio} aria-labelledby="meal-timer-text" />
          <p id="meal-timer-text" class="muted">
            {t('popupMealElapsedOf', [minutes, formatNumber(draft.timerMinutes)])}
          </p>
        </div>
      )}
      {pace.halfway && !pace.over && <p class="cue">{t('popupMealHalfway')}</p>}
      {pace.over && <p class="cue">{t('popupMealTimerOver')}</p>}
      <button type="button" class="primary" onClick={onFinish}>
        {t('popupMealFinished')}
      </button>
    </section>
  );
}
