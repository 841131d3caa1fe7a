/**
 * The last seven days at a glance: water against the goal as bars, with the day's breathing
 * breaks and mindful meals below. A real table, so screen readers can move by day or by row.
 */

import { readsRightToLeft } from '@/components/kit/language';
import { t } from '@/utils/i18n';
import type { Snapshot } from '@/utils/messaging/snapshot';
import type { WaterSettings } from '@/utils/settings/schema';
import type { DateKey } from '@/utils/time/clock';
import { formatAmount } from '@/utils/units';
import './week-chart.css';

interface Props {
  week: Snapshot['week'];
  water: WaterSettings;
  today: DateKey;
  locale?: string;
}

const BAR_HEIGHT = 30;
const BAR_WIDTH = 16;

const noonOf = (date: DateKey): Date => new Date(`${date}T12:00:00`);

export function WeekChart({ week, water, today, locale }: Props) {
  const inOrder = week.map(({ date, totals }) => {
    const ratio = Math.min(1, totals.waterMl / water.goalMl);
    return {
      date,
      totals,
      isToday: date === today,
      met: totals.waterMl >= water.goalMl,
      // A day with some water always shows a sliver, so "a little" never looks like "none".
      barHeight: totals.waterMl > 0 ? Math.max(2, Math.round(ratio * BAR_HEIGHT)) : 0,
      short: noonOf(date).toLocaleDateString(locale, { weekday: 'narrow' }),
      long: date === today ? t('today') : noonOf(date).toLocaleDateString(locale, { weekday: 'long' }),
    };
  });
  // A chart's time runs left to right in every language: where the table's columns run right to
  // left (Arabic), the days go in the other way round, so the oldest is still at the left.
  const days = readsRightToLeft() ? [...inOrder].reverse() : inOrder;
  return (
    <table class="week-chart">
      <caption class="sr-only">{t('weekChartCaption')}</caption>
      <thead>
        <tr>
          <td class="week-chart-title" aria-hidden="true">
            {t('weekChartCaption')}
          </td>
          {days.map((day) => (
            <th key={day.date} scope="col" class={day.isToday ? 'is-today' : undefined}>
              <span aria-hidden="true">{day.short}</span>
              <span class="sr-only">{day.long}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr class="week-chart-water">
          <th scope="row">{t('water')}</th>
          {days.map((day) => (
            <td key={day.date} class={day.isToday ? 'is-today' : undefined}>
              <svg width={BAR_WIDTH} height={BAR_HEIGHT} aria-hidden="true" focusable="false">
                <rect class="week-chart-goal" width={BAR_WIDTH} height={BAR_HEIGHT} rx="3" />
                <rect
                  class="week-chart-bar"
                  y={BAR_HEIGHT - day.barHeight}
                  width={BAR_WIDTH}
                  height={day.barHeight}
                  rx="3"
                />
                {/* Goal met: a tick on the full bar, so it does not rest on colour alone. */}
                {day.met && (
                  <text class="week-chart-met" x={BAR_WIDTH / 2} y="11" text-anchor="middle">
                    ✓
                  </text>
                )}
              </svg>
              <span class="sr-only">
                {day.met
                  ? t('weekChartWaterMet', formatAmount(day.totals.waterMl, water.unit, locale))
                  : formatAmount(day.totals.waterMl, water.unit, locale)}
              </span>
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('weekChartBreaks')}</th>
          {days.map((day) => (
            <td key={day.date} class={day.isToday ? 'is-today' : undefined}>
              {day.totals.breaks}
            </td>
          ))}
        </tr>
        <tr>
          <th scope="row">{t('weekChartMeals')}</th>
          {days.map((day) => (
            <td key={day.date} class={day.isToday ? 'is-today' : undefined}>
              {day.totals.meals}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
