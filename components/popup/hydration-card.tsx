import { ProgressRing } from '@/components/progress-ring';
import { plural, t, uiLocale } from '@/utils/i18n';
import type { Snapshot } from '@/utils/messaging/snapshot';
import { formatAmount } from '@/utils/units';
import { attempt } from './attempt';
import { CustomAmount } from './custom-amount';
import { usePopup } from './env';
import { hydrationSummary } from './hydration';

/** Today's water against the goal, and quick logging: one cup, any amount, undo. */
export function HydrationCard({ snapshot }: { snapshot: Snapshot }) {
  const env = usePopup();
  const { water } = snapshot.settings;
  const drunkMl = snapshot.week.at(-1)?.totals.waterMl ?? 0;
  const summary = hydrationSummary(drunkMl, water, env.locale);
  const amount = (ml: number) => formatAmount(ml, water.unit, env.locale);
  const last = snapshot.lastDrink;

  async function log(amountMl?: number): Promise<boolean> {
    const logged = await attempt(env, () => env.actions.logWater(amountMl));
    if (logged === undefined) return false;
    env.status.announce(t('popupLogged', amount(amountMl ?? water.cupMl)));
    return true;
  }

  async function undo(amountMl: number) {
    const result = await attempt(env, () => env.actions.undoWater());
    if (result) env.status.announce(t(result.removed ? 'popupUndone' : 'popupNothingToUndo', amount(amountMl)));
  }

  return (
    <section class="card hydration" aria-labelledby="water-title">
      <h2 id="water-title">{t('kindHydration')}</h2>
      <div class="water-summary">
        <ProgressRing
          ratio={summary.ratio}
          size={78}
          label={t('popupWaterToday')}
          valueText={t('popupWaterOfGoal', [summary.drunk, summary.goal])}
        >
          <span class="ring-percent" aria-hidden="true">
            {summary.percent}%
          </span>
        </ProgressRing>
        <div class="water-figures">
          <p class="water-amount">
            <strong>{summary.drunk}</strong> <span class="muted">{t('popupOfGoal', summary.goal)}</span>
          </p>
          <p class="muted">
            {plural('popupCups', summary.goalCups, [summary.cups.toLocaleString(uiLocale())])}
            {summary.met && (
              <span class="goal-met">
                {' · '}
                <span aria-hidden="true">✓</span> {t('popupGoalMet')}
              </span>
            )}
          </p>
          <div class="water-actions">
            <button type="button" class="primary" onClick={() => void log()}>
              <span class="button-label">{t('popupAddCup')}</span>{' '}
              <span class="button-detail">{amount(water.cupMl)}</span>
            </button>
            {last && (
              <button
                type="button"
                aria-label={t('popupUndo', amount(last.amountMl))}
                onClick={() => void undo(last.amountMl)}
              >
                <span aria-hidden="true">↶</span> {t('undo')}
              </button>
            )}
          </div>
        </div>
      </div>
      <CustomAmount unit={water.unit} locale={env.locale} onLog={log} />
    </section>
  );
}
