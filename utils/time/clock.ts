/**
 * Local-time arithmetic for schedules. Everything is pure: instants are epoch milliseconds and
 * the local zone is the runtime's (the browser's) zone at the moment of the call.
 *
 * DST policy (also in the README):
 * - A clock time that does not exist on a day (inside the spring-forward gap, e.g. 02:30 in
 *   New York on 8 March 2026) happens once, at the first valid minute after the gap (03:00).
 * - A clock time that happens twice (inside the fall-back repeat, e.g. 01:30 in New York on
 *   1 November 2026) happens once, at its first instance.
 * - Intervals ("every 45 minutes") count real elapsed time, so they are not stretched or
 *   shortened by a DST change.
 */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Minutes after local midnight, 0..1439. */
export type MinuteOfDay = number;

/** "YYYY-MM-DD" of a local calendar date. */
export type DateKey = string;

const pad = (n: number): string => String(n).padStart(2, '0');

/** "HH:MM" (24 h) → minutes after midnight, or null when it is not a valid time. */
export function parseClock(text: string): MinuteOfDay | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(text);
  if (!match) return null;
  return Number(match[1]) * 60 + Number(match[2]);
}

export function formatClock(minutes: MinuteOfDay): string {
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}

export function dateKeyOf(instant: number): DateKey {
  const d = new Date(instant);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** Local weekday of an instant, 0 = Sunday … 6 = Saturday. */
export function weekdayOf(instant: number): number {
  return new Date(instant).getDay();
}

/** Weekday of a calendar date, independent of zone. */
export function weekdayOfKey(key: DateKey): number {
  const [y, m, d] = splitKey(key);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The calendar date `days` after `key` (negative for before). */
export function addDays(key: DateKey, days: number): DateKey {
  const [y, m, d] = splitKey(key);
  const shifted = new Date(Date.UTC(y, m - 1, d + days));
  return `${shifted.getUTCFullYear()}-${pad(shifted.getUTCMonth() + 1)}-${pad(shifted.getUTCDate())}`;
}

function splitKey(key: DateKey): [number, number, number] {
  const [y = '1970', m = '1', d = '1'] = key.split('-');
  return [Number(y), Number(m), Number(d)];
}

/** Sortable "YYYY-MM-DD HH:MM" of an instant in local time. */
function localStamp(instant: number): string {
  const d = new Date(instant);
  return `${dateKeyOf(instant)} ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/**
 * The instant at which local clock time `minutes` happens on date `key`, following the DST
 * policy above.
 */
export function localInstant(key: DateKey, minutes: MinuteOfDay): number {
  const [y, m, d] = splitKey(key);
  const wanted = `${key} ${formatClock(minutes)}`;
  const guess = new Date(y, m - 1, d, Math.floor(minutes / 60), minutes % 60).getTime();
  if (localStamp(guess) === wanted) {
    // In a fall-back repeat the same stamp also exists up to two hours earlier: take the first.
    for (const back of [120, 90, 60, 30]) {
      const earlier = guess - back * MINUTE;
      if (localStamp(earlier) === wanted) return earlier;
    }
    return guess;
  }
  // Inside a spring-forward gap: find the first minute whose local stamp is at or after the
  // wanted one. Local time is monotonic around a gap, so a binary search over minutes works.
  let lo = guess - 3 * HOUR;
  let hi = guess + 3 * HOUR;
  while (hi - lo > MINUTE) {
    const mid = lo + Math.floor((hi - lo) / MINUTE / 2) * MINUTE;
    if (localStamp(mid) >= wanted) hi = mid;
    else lo = mid;
  }
  return hi;
}

/**
 * The person's day an instant belongs to. A day starts at `startHour` local time (0: midnight; a
 * night owl may choose 4, so a drink at 01:30 counts for the day before). Read from the local
 * clock, so it holds across DST changes too: 01:30 is before 04:00 on every day of the year.
 */
export function dayOf(instant: number, startHour: number): DateKey {
  const d = new Date(instant);
  const beforeStart = d.getHours() * 60 + d.getMinutes() < startHour * 60;
  return beforeStart ? addDays(dateKeyOf(instant), -1) : dateKeyOf(instant);
}

/** The instant the person's next day begins (the next `startHour`:00 local after `instant`). */
export function nextDayStart(instant: number, startHour: number): number {
  return localInstant(addDays(dayOf(instant, startHour), 1), startHour * 60);
}
