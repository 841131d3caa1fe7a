/** How "next up" reads: "in 23 min", "at 12:30", "tomorrow at 08:00", "off", "paused until 15:00". */
import type { NextState } from './messaging/snapshot';
import { addDays, dateKeyOf, HOUR, MINUTE } from './time/clock';

export type DueText =
  | { key: 'dueOff' }
  | { key: 'dueNone' }
  | { key: 'duePausedForever' }
  | { key: 'duePausedUntil'; time: string }
  | { key: 'dueInMinutes'; minutes: number }
  | { key: 'dueAt'; time: string }
  | { key: 'dueTomorrowAt'; time: string }
  | { key: 'dueOnDayAt'; day: string; time: string };

/** "12:30": a time of day on the 24-hour clock, in the person's locale. */
export const clockTime = (at: number, locale?: string): string =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Pure: which phrase and which values; the page turns it into catalog text. */
export function describeNext(next: NextState, now: number, locale?: string): DueText {
  switch (next.state) {
    case 'off':
      return { key: 'dueOff' };
    case 'none':
      return { key: 'dueNone' };
    case 'paused':
      return next.until === 'forever'
        ? { key: 'duePausedForever' }
        : { key: 'duePausedUntil', time: clockTime(next.until, locale) };
    case 'due': {
      const inMs = Math.max(0, next.at - now);
      if (inMs < HOUR) return { key: 'dueInMinutes', minutes: Math.max(1, Math.round(inMs / MINUTE)) };
      const day = dateKeyOf(next.at);
      if (day === dateKeyOf(now)) return { key: 'dueAt', time: clockTime(next.at, locale) };
      if (day === addDays(dateKeyOf(now), 1)) return { key: 'dueTomorrowAt', time: clockTime(next.at, locale) };
      return {
        key: 'dueOnDayAt',
        day: new Date(next.at).toLocaleDateString(locale, { weekday: 'long' }),
        time: clockTime(next.at, locale),
      };
    }
  }
}
