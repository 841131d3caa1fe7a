/**
 * How Glow Within says each recurring thing, once, for the worker and every page: when a reminder
 * is next due, a pause, the kinds of a merged prompt, when a waiting reminder fell due, a journal
 * day, a difference and a pattern. Catalog text through t(); times, dates, numbers and lists in the
 * person's locale.
 */
import { formatNumber, t, uiLocale } from './i18n';
import type { MessageKey } from './i18n-keys';
import type { View as PatternView, ReadyCell } from './journal/patterns';
import type { NextState } from './messaging/snapshot';
import { KINDS, type ReminderKind } from './reminder-kinds';
import { PAUSE_FOREVER, type Pause, type PausePreset, pauseUntil } from './schedule/pause';
import { addDays, type DateKey, dateKeyOf, HOUR, localInstant, MINUTE, parseClock } from './time/clock';

/**
 * The time of an instant as the person's locale writes it ("12:30", "12:30 PM"): the same clock,
 * 12- or 24-hour, as the browser's own time inputs show.
 */
export const clockTime = (at: number, locale: string = uiLocale()): string =>
  new Date(at).toLocaleTimeString(locale, { hour: '2-digit', minute: '2-digit' });

/** A clock time given as minutes after midnight; 2026-01-05 has no daylight-saving change to get in the way. */
export const timeOfDay = (minutes: number, locale?: string): string =>
  clockTime(localInstant('2026-01-05', minutes), locale);

/** An hour of the day as a time ("04:00", "4:00 AM"). */
export const hourOfDay = (hour: number, locale?: string): string => timeOfDay(hour * 60, locale);

/** A stored "HH:MM" as the person's locale writes it; anything else as it is. */
export const storedTime = (text: string, locale?: string): string => {
  const minutes = parseClock(text);
  return minutes === null ? text : timeOfDay(minutes, locale);
};

/** When something is due: "in 23 min", "at 12:30", "tomorrow at 08:00", "on Friday at 08:00". */
export function dueAt(at: number, now: number, locale?: string): string {
  const inMs = Math.max(0, at - now);
  if (inMs < HOUR) return t('dueInMinutes', formatNumber(Math.max(1, Math.round(inMs / MINUTE)), locale));
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
 * A pause in force: "Paused, back in 25 min", "Paused for the rest of today" (until the person's
 * next day starts), "Paused until you resume". By `clock`, always a clock time ("Paused, back at
 * 15:30"): for the toolbar's title, which is not redrawn each minute.
 */
export function pauseText(
  pause: Exclude<Pause, null>,
  now: number,
  dayStartHour: number,
  locale?: string,
  when: 'relative' | 'clock' = 'relative',
): string {
  if (pause === PAUSE_FOREVER) return t('pausedForever');
  if (pause === pauseUntil('today', now, dayStartHour)) return t('pausedRestOfDay');
  return t('pausedBack', when === 'clock' ? dueAtClock(pause, now, locale) : dueAt(pause, now, locale));
}

/** A kind's next reminder: when it is due, or why none is coming ("off", "paused until you resume"). */
export function nextText(next: NextState, now: number, dayStartHour: number, locale?: string): string {
  switch (next.state) {
    case 'off':
      return t('dueOff');
    case 'setup':
      return t('dueAfterSetup');
    case 'none':
      return t('dueNone');
    case 'paused':
      return pauseText(next.until, now, dayStartHour, locale);
    case 'due':
      return dueAt(next.at, now, locale);
  }
}

/** The kinds of a prompt as a list: "Hydration", "Hydration and Stress break". */
export const kindNames = (kinds: readonly ReminderKind[], locale?: string): string =>
  new Intl.ListFormat(locale, { type: 'conjunction' }).format(kinds.map((kind) => t(KINDS[kind].name)));

/** When a waiting reminder fell due: "since 18:35". */
export const dueSince = (at: number, locale?: string): string => t('dueSince', clockTime(at, locale));

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** "Mon 23 Nov": a calendar date, in the person's locale (the date itself, whatever the time zone). */
export function dayLabel(date: DateKey, locale?: string): string {
  const key = locale ?? '';
  let format = dayFormats.get(key);
  if (!format) {
    // One formatter per locale: a year of days is labelled at once (the skin calendar).
    format = new Intl.DateTimeFormat(locale, { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });
    dayFormats.set(key, format);
  }
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return format.format(new Date(Date.UTC(y, m - 1, d)));
}

/** "+0.4", "−0.1", "0.0": a difference with its sign, one decimal. */
export function signed(value: number, locale?: string): string {
  const text = Math.abs(value).toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  if (text === (0).toLocaleString(locale, { minimumFractionDigits: 1 })) return text;
  return `${value < 0 ? '\u2212' : '+'}${text}`;
}

/** "3.6": an average score, one decimal. */
export const average = (value: number, locale?: string): string =>
  value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

const PATTERN_START: Record<PatternView, MessageKey> = {
  0: 'patternSame',
  1: 'patternAfter1',
  2: 'patternAfter2',
  3: 'patternAfter3',
  week: 'patternWeek',
};

/**
 * One pattern in words that never claim a cause: "On days after fermented food your skin averaged
 * 3.6, other days 3.2; the likely range of the difference, −0.1 to +0.9, includes none: not clear yet."
 */
export function patternSentence(
  view: PatternView,
  result: ReadyCell,
  names: { factor: string; outcome: string },
  locale?: string,
): string {
  const start = t(PATTERN_START[view], [
    names.factor,
    names.outcome,
    average(result.withMean, locale),
    average(result.withoutMean, locale),
  ]);
  const end = t(result.likely ? 'patternLikely' : 'patternUnclear', [
    signed(result.low, locale),
    signed(result.high, locale),
  ]);
  return t('patternJoin', [start, end]);
}
