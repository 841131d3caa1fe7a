/**
 * Weeks of active time ranges and which weekdays a schedule runs on. Pure and browser-free; weekday
 * numbers are Date#getDay's (0 = Sunday).
 */
import type { Schedule, TimeWindow } from '../settings/schema';
import { parseClock } from '../time/clock';

export const EVERY_DAY: readonly number[] = [0, 1, 2, 3, 4, 5, 6];
export const WORKDAYS: readonly number[] = [1, 2, 3, 4, 5];

/** One range as a day's list: `range('09:00', '18:00')`. */
export const range = (start: string, end: string): TimeWindow[] => [{ start, end }];

/** Sunday-first week: weekend days get `weekend`, Monday to Friday get `workday`; no day shares a list. */
export function weekOf(workday: readonly TimeWindow[], weekend: readonly TimeWindow[]): TimeWindow[][] {
  return EVERY_DAY.map((day) => structuredClone(WORKDAYS.includes(day) ? [...workday] : [...weekend]));
}

/** Minutes a window covers on its own day, [start, end) with end past 1440 when it crosses midnight. */
export function windowSpan(w: TimeWindow): [number, number] {
  const start = parseClock(w.start) ?? 0;
  const end = parseClock(w.end) ?? 0;
  return [start, end > start ? end : end + 1440];
}

/** Whether the schedule in use has anything on this weekday. */
export function scheduledOn(schedule: Schedule, weekday: number): boolean {
  if (schedule.mode === 'fixed') return schedule.fixed.times.length > 0 && schedule.fixed.days.includes(weekday);
  return (schedule.interval.week[weekday]?.length ?? 0) > 0;
}

/** Whether the schedule in use can ever produce a reminder. */
export const scheduleHasTimes = (schedule: Schedule): boolean => EVERY_DAY.some((day) => scheduledOn(schedule, day));
