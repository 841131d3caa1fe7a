/**
 * Gentle streaks and weekly goals: this week's days at the water goal, fermented-food days and
 * plants toward 30, and the best run so far. Only what went well is counted: a run that ended is
 * simply not mentioned, and the best one stays. Pure.
 */
import type { DayTotals } from '../history/totals';
import { addDays, type DateKey, weekdayOfKey } from '../time/clock';
import { hasAnswers } from './answered';
import type { JournalEntry } from './entry';

export const PLANTS_A_WEEK = 30;

export interface WeekGoals {
  /** Monday of this week. */
  since: DateKey;
  daysSoFar: number;
  checkins: number;
  waterDays: number;
  fermentedDays: number;
  plants: number;
}

export interface Run {
  /** The longest run of days in a row so far, and the one going on now (up to today or yesterday). */
  best: number;
  current: number;
}

/** Monday of the week `date` is in. */
export const mondayOf = (date: DateKey): DateKey => addDays(date, -((weekdayOfKey(date) + 6) % 7));

export function weekGoals(
  today: DateKey,
  entries: Readonly<Record<DateKey, JournalEntry>>,
  totals: Readonly<Record<DateKey, DayTotals>>,
  goalMl: number,
): WeekGoals {
  const since = mondayOf(today);
  const dates: DateKey[] = [];
  for (let date = since; date <= today; date = addDays(date, 1)) dates.push(date);
  const count = (test: (date: DateKey) => boolean) => dates.filter(test).length;
  return {
    since,
    daysSoFar: dates.length,
    checkins: count((d) => entries[d] !== undefined && hasAnswers(entries[d] as JournalEntry)),
    waterDays: count((d) => (totals[d]?.waterMl ?? 0) >= goalMl),
    fermentedDays: count((d) => entries[d]?.fermented === true),
    plants: dates.reduce((sum, d) => sum + (entries[d]?.plants ?? 0), 0),
  };
}

/** How many of the last `dates` in a row pass `test`. */
function trailing(dates: readonly DateKey[], test: (date: DateKey) => boolean): number {
  let count = 0;
  for (let i = dates.length - 1; i >= 0 && test(dates[i] as DateKey); i--) count++;
  return count;
}

/** Runs of consecutive `dates` (oldest first) that pass `test`; today not done yet does not end one. */
export function runOf(dates: readonly DateKey[], test: (date: DateKey) => boolean): Run {
  let best = 0;
  let streak = 0;
  for (const date of dates) {
    streak = test(date) ? streak + 1 : 0;
    best = Math.max(best, streak);
  }
  // A day still under way has not broken anything: the run up to yesterday is still going on. One
  // that ended before yesterday is not current (and the page never says it was lost).
  const current = streak > 0 ? streak : trailing(dates.slice(0, -1), test);
  return { best, current };
}
