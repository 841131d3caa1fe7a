/**
 * When a reminder is next due. Pure: the instant `after` and the kind's anchor come in, an
 * instant (epoch ms) or null comes out. Local clock times go through localInstant, so the DST
 * policy in utils/time/clock.ts applies; intervals add real elapsed milliseconds.
 */
import type { Schedule } from '../settings/schema';
import { addDays, dateKeyOf, localInstant, MINUTE, parseClock, weekdayOfKey } from '../time/clock';
import { windowSpan } from './week';

/** How far ahead to look; a schedule with nothing in the coming week has nothing due. */
const HORIZON_DAYS = 8;

/**
 * The first occurrence strictly after `after`, or null when the schedule has none.
 * `anchor` is the last time this kind fired or the person acted on it (a drink logged, a
 * breathing break finished): interval reminders count from the later of it and the window's
 * opening. Fixed times ignore it.
 */
export function nextOccurrence(schedule: Schedule, after: number, anchor: number | null): number | null {
  return schedule.mode === 'fixed' ? nextFixed(schedule.fixed, after) : nextInterval(schedule.interval, after, anchor);
}

function nextFixed(fixed: Schedule['fixed'], after: number): number | null {
  const minutes = fixed.times
    .map(parseClock)
    .filter((m): m is number => m !== null)
    .sort((a, b) => a - b);
  const today = dateKeyOf(after);
  for (let offset = 0; offset <= HORIZON_DAYS; offset++) {
    const key = addDays(today, offset);
    if (!fixed.days.includes(weekdayOfKey(key))) continue;
    for (const minute of minutes) {
      const at = localInstant(key, minute);
      if (at > after) return at;
    }
  }
  return null;
}

function nextInterval(interval: Schedule['interval'], after: number, anchor: number | null): number | null {
  const step = interval.everyMinutes * MINUTE;
  const today = dateKeyOf(after);
  let best: number | null = null;
  // Start a day back: yesterday's window may cross midnight into today.
  for (let offset = -1; offset <= HORIZON_DAYS; offset++) {
    const key = addDays(today, offset);
    for (const window of interval.week[weekdayOfKey(key)] ?? []) {
      const [startMinute, endMinute] = windowSpan(window);
      const opens = localInstant(key, startMinute);
      const closes = endMinute < 1440 ? localInstant(key, endMinute) : localInstant(addDays(key, 1), endMinute - 1440);
      if (closes <= after || (best !== null && opens >= best)) continue;
      // An anchor "in the future" (the clock was turned back) counts as now: never a negative delay.
      const last = anchor === null ? null : Math.min(anchor, after);
      const base = last !== null && last > opens ? last : opens;
      const steps = Math.max(1, Math.floor((after - base) / step) + 1);
      const at = base + steps * step;
      if (at <= closes && (best === null || at < best)) best = at;
    }
  }
  return best;
}
