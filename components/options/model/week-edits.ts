/**
 * Editing a week of active windows and a list of fixed times: presets, copying a day, what a new
 * window or time should default to. Pure: every function returns a new value.
 */
import { weekOf } from '@/utils/schedule/week';
import { LIMITS, type TimeWindow } from '@/utils/settings/schema';
import { formatClock, parseClock } from '@/utils/time/clock';

type Week = TimeWindow[][];

const WEEK_PRESETS = {
  workdays: weekOf([{ start: '09:00', end: '17:00' }], []),
  everyDay: weekOf([{ start: '08:00', end: '22:00' }], [{ start: '08:00', end: '22:00' }]),
} as const;
export type WeekPreset = keyof typeof WEEK_PRESETS;

export const presetWeek = (preset: WeekPreset): Week => structuredClone(WEEK_PRESETS[preset]) as Week;

/** A window whose end is before its start runs past midnight into the next day. */
export function endsNextDay(window: TimeWindow): boolean {
  const start = parseClock(window.start);
  const end = parseClock(window.end);
  return start !== null && end !== null && end < start;
}

/** The day `from`'s windows copied onto each of `to`. */
export function copyDay(week: Week, from: number, to: readonly number[]): Week {
  const source = week[from] ?? [];
  return week.map((day, i) => (to.includes(i) && i !== from ? structuredClone(source) : day));
}

const HOUR = 60;

/** A new window for a day: the hour after its last window, or 09:00-17:00 on an empty day. */
export function nextWindow(day: readonly TimeWindow[]): TimeWindow | null {
  if (day.length >= LIMITS.windowsPerDay) return null;
  const last = day.at(-1);
  const lastEnd = last ? parseClock(last.end) : null;
  if (lastEnd === null) return { start: '09:00', end: '17:00' };
  const start = (lastEnd + HOUR) % 1440;
  return { start: formatClock(start), end: formatClock((start + HOUR) % 1440) };
}

/** A new fixed time: an hour after the latest one that is not already listed, or 12:00. */
export function nextTime(times: readonly string[]): string | null {
  if (times.length >= LIMITS.fixedTimes) return null;
  const minutes = times.map(parseClock).filter((m): m is number => m !== null);
  let candidate = minutes.length === 0 ? 12 * HOUR : (Math.max(...minutes) + HOUR) % 1440;
  while (times.includes(formatClock(candidate))) candidate = (candidate + HOUR) % 1440;
  return formatClock(candidate);
}
