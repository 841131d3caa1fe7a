/**
 * The timeline's series: skin, gut, stress, sleep, water, breaks and meals over 4 weeks or 3
 * months day by day, or 12 months week by week (a year of days is too dense to read). Pure.
 */
import type { DayTotals } from '../history/totals';
import type { DateKey } from '../time/clock';
import type { JournalEntry } from './entry';
import { mondayOf } from './streaks';

export const PERIODS = ['4w', '3m', '12m'] as const;
export type Period = (typeof PERIODS)[number];
export const PERIOD_DAYS: Record<Period, number> = { '4w': 28, '3m': 91, '12m': 364 };

export const METRICS = ['skin', 'gut', 'stress', 'sleep', 'water', 'breaks', 'meals'] as const;
export type Metric = (typeof METRICS)[number];

/** The highest value each chart's scale reaches (water: the goal's share, in per cent). */
export const METRIC_MAX: Record<Metric, number> = {
  skin: 5,
  gut: 5,
  stress: 5,
  sleep: 12,
  water: 150,
  breaks: 6,
  meals: 4,
};

export interface Point {
  /** The day, or the Monday of the week. */
  date: DateKey;
  value: number | null;
}

export type Timeline = Record<Metric, Point[]>;

function metricOn(
  metric: Metric,
  entry: JournalEntry | undefined,
  totals: DayTotals | undefined,
  goalMl: number,
): number | null {
  switch (metric) {
    case 'skin':
    case 'gut':
    case 'stress':
      return entry?.[metric] ?? null;
    case 'sleep':
      return entry?.sleepHours ?? null;
    case 'water':
      return totals ? Math.round((totals.waterMl / goalMl) * 100) : null;
    case 'breaks':
    case 'meals':
      return totals ? totals[metric] : null;
  }
}

const mean = (values: number[]): number | null =>
  values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;

export function timeline(
  period: Period,
  dates: readonly DateKey[],
  entries: Readonly<Record<DateKey, JournalEntry>>,
  totals: Readonly<Record<DateKey, DayTotals>>,
  goalMl: number,
): Timeline {
  const shown = dates.slice(-PERIOD_DAYS[period]);
  const out = {} as Timeline;
  for (const metric of METRICS) {
    const daily = shown.map((date) => ({ date, value: metricOn(metric, entries[date], totals[date], goalMl) }));
    if (period !== '12m') {
      out[metric] = daily;
      continue;
    }
    const weeks = new Map<DateKey, number[]>();
    for (const { date, value } of daily) {
      const week = weeks.get(mondayOf(date)) ?? [];
      if (value !== null) week.push(value);
      weeks.set(mondayOf(date), week);
    }
    out[metric] = [...weeks].map(([date, values]) => ({ date, value: mean(values) }));
  }
  return out;
}
