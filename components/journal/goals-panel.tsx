/** This week's gentle goals and the best runs so far; a run that ended is simply not mentioned. */

import type { DayTotals } from '@/utils/history/totals';
import { formatNumber, t } from '@/utils/i18n';
import { hasAnswers } from '@/utils/journal/answered';
import type { JournalEntry } from '@/utils/journal/entry';
import { type Run, runOf, weekGoals } from '@/utils/journal/streaks';
import type { DateKey } from '@/utils/time/clock';

interface Props {
  today: DateKey;
  dates: readonly DateKey[];
  entries: Readonly<Record<DateKey, JournalEntry>>;
  totals: Readonly<Record<DateKey, DayTotals>>;
  goalMl: number;
}

const runText = (run: Run) =>
  run.current > 0 ? plural('goalsRun', run.best, [formatNumber(run.current)]) : plural('goalsRunBest', run.best);

export function GoalsPanel({ today, dates, entries, totals, goalMl }: Props) {
  const week = weekGoals(today, entries, totals, goalMl);
  const of = (count: number) => plural('goalsOfDays', week.daysSoFar, [formatNumber(count)]);
  const checkins = runOf(dates, (d) => entries[d] !== undefined && hasAnswers(entries[d] as JournalEntry));
  const water = runOf(dates, (d) => (totals[d]?.waterMl ?? 0) >= goalMl);
  return (
    <dl class="goals">
      <div>
        <dt>{t('goalsCheckins')}</dt>
        <dd>{of(week.checkins)}</dd>
      </div>
      <div>
        <dt>{t('goalsWater')}</dt>
        <dd>{of(week.waterDays)}</dd>
      </div>
      <div>
        <dt>{t('goalsFermented')}</dt>
        <dd>{of(week.fermentedDays)}</dd>
      </div>
      <div>
        <dt>{t('goalsPlants')}</dt>
        <dd>
          {t('goalsOfThirty', formatNumber(week.plants))}
          <span class="goal-bar" aria-hidden="true">
            <span style={{ transform: `scaleX(${Math.min(1, week.plants / 30)})` }} />
          </span>
        </dd>
      </div>
      {checkins.best > 0 && (
        <div>
          <dt>{t('goalsBestCheckins')}</dt>
          <dd>{runText(checkins)}</dd>
        </div>
      )}
      {water.best > 0 && (
        <div>
          <dt>{t('goalsBestWater')}</dt>
          <dd>{runText(water)}</dd>
        </div>
      )}
    </dl>
  );
}
