/**
 * How Glow Within says each recurring thing, once, for the worker and every page: when a reminder
 * is next due, a pause, the kinds of a merged prompt, when a waiting reminder fell due. Catalog text
 * through t(); times and lists in the person's locale.
 */
import { t } from './i18n';
import type { MessageKey } from './i18n-keys';
import type { NextState } from './messaging/snapshot';
import { KINDS, type ReminderKind } from './reminder-kinds';
import { PAUSE_FOREVER, type Pause, type PausePreset, pauseUntil } from './schedule/pause';
import { addDays, dateKeyOf, HOUR, MINUTE } from './time/clock';

/** "12:30": a time of day on the 24-hour clock, in the person's locale. */
export const clockTime = (at: number, locale?: string): string =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** When something is due: "in 23 min", "at 12:30", "tomorrow at 08:00", "on Friday at 08:00". */
export function dueAt(at: number, now: number, locale?: string): string {
  const inMs = Math.max(0, at - now);
  if (inMs < HOUR) return t('dueInMinutes', String(Math.max(1, Math.round(inMs / MINUTE))));
  return dueAtClock(at, now, locale);
}

/** The same by the clock only ("at 12:30" even in 20 minutes): for text that is not redrawn each minute. */
export function dueAtClock(at: number, now: number, locale?: string): string {
  const day = dateKeyOf(at);
  const time = clockTime(at, locale);
  if (day === dateKeyOf(now)) return t('dueAt', time);
  if (day === addDays(dateKeyOf(now), 1)) return t('dueTomorrowAt', time);
  return t('dueOnDayAt', [new Date(at).toLocaleDateString(locale, { weekday: 'long' }), time]);
}

/** How long a pause lasts, as the pause choices name it: "30 minutes", "Until I resume". */
export const PAUSE_LENGTH: Record<PausePreset, MessageKey> = {
  '30m': 'popupPause30m',
  '1h': 'popupPause1h',
  '2h': 'popupPause2h',
  today: 'popupPauseToday',
  forever: 'popupPauseForever',
};

/**
 * A pause in force: "Paused, back in 25 min", "Paused for the rest of today", "Paused until you
 * resume". By `clock`, always a clock time ("Paused, back at 15:30"): for the toolbar's title,
 * which is not redrawn each minute.
 */
export function pauseText(
  pause: Exclude<Pause, null>,
  now: number,
  locale?: string,
  when: 'relative' | 'clock' = 'relative',
): string {
  if (pause === PAUSE_FOREVER) return t('pausedForever');
  if (pause === pauseUntil('today', now)) return t('pausedRestOfDay');
  return t('pausedBack', when === 'clock' ? dueAtClock(pause, now, locale) : dueAt(pause, now, locale));
}

/** A kind's next reminder: when it is due, or why none is coming ("off", "paused until you resume"). */
export function nextText(next: NextState, now: number, locale?: string): string {
  switch (next.state) {
    case 'off':
      return t('dueOff');
    case 'setup':
      return t('dueAfterSetup');
    case 'none':
      return t('dueNone');
    case 'paused':
      return pauseText(next.until, now, locale);
    case 'due':
      return dueAt(next.at, now, locale);
  }
}

/** The kinds of a prompt as a list: "Hydration", "Hydration and Stress break". */
export const kindNames = (kinds: readonly ReminderKind[], locale?: string): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(kinds.map((kind) => t(KINDS[kind].name)));

/** When a waiting reminder fell due: "since 18:35". */
export const dueSince = (at: number, locale?: string): string => t('dueSince', clockTime(at, locale));
