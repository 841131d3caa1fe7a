/** The period's mindful-meal checks, newest first: hunger before, fullness after, length, the note as text. */
import { useSignal } from '@preact/signals';
import type { DayTotals } from '@/utils/history/totals';
import { formatNumber, t } from '@/utils/i18n';
import { clockTime, dayLabel } from '@/utils/phrases';
import type { DateKey } from '@/utils/time/clock';

const FIRST_SHOWN = 10;

export function MealChecks({
  dates,
  totals,
  locale,
}: {
  dates: readonly DateKey[];
  totals: Readonly<Record<DateKey, DayTotals>>;
  locale: string;
}) {
  const all = useSignal(false);
  const checks = [...dates]
    .reverse()
    .flatMap((date) => [...(totals[date]?.mealChecks ?? [])].reverse().map((check) => ({ date, check })));
  if (checks.length === 0) return <p class="hint">{t('mealsNone')}</p>;
  const shown = all.value ? checks : checks.slice(0, FIRST_SHOWN);
  return (
    <>
      <ul class="meal-list">
        {shown.map(({ date, check }) => (
          <li key={`${date}-${check.at}`}>
            <p>
              <strong>
                {dayLabel(date, locale)} {clockTime(check.at, locale)}
              </strong>{' '}
              {check.fullness === null
                ? t('mealLineNoFullness', formatNumber(check.hunger))
                : t('mealLine', [formatNumber(check.hunger), formatNumber(check.fullness)])}
              {check.minutes !== null && <> · {t('minutesValue', formatNumber(check.minutes))}</>}
            </p>
            {check.note && <p class="meal-note">{check.note}</p>}
          </li>
        ))}
      </ul>
      {!all.value && checks.length > FIRST_SHOWN && (
        <button type="button" onClick={() => (all.value = true)}>
          {t('mealsShowAll', formatNumber(checks.length))}
        </button>
      )}
    </>
  );
}
