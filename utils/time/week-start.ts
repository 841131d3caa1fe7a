/**
 * The first day of the week as the person's language and region count it (Monday in most of
 * Europe, Sunday in the US, Brazil and Japan, Saturday in much of the Arabic-speaking world), from
 * Intl.Locale's week information. Weekday lists and the journal's calendar start there. Pure.
 */
import { addDays, type DateKey, weekdayOfKey } from './clock';

/** Intl.Locale's week information: a method in current browsers, a getter in some older ones. */
type WithWeekInfo = Intl.Locale & { getWeekInfo?(): { firstDay: number }; weekInfo?: { firstDay: number } };

/** The weekday a week starts on, 0 Sunday to 6 Saturday as in Date#getDay; Monday where the browser does not say. */
export function firstDayOfWeek(locale: string): number {
  try {
    const place = new Intl.Locale(locale) as WithWeekInfo;
    const info = place.getWeekInfo?.() ?? place.weekInfo;
    // Intl counts Monday 1 to Sunday 7.
    return info ? info.firstDay % 7 : 1;
  } catch {
    return 1;
  }
}

/** The seven weekdays (0 Sunday … 6 Saturday) in the order the locale lists them. */
export const weekOrder = (locale: string): number[] =>
  Array.from({ length: 7 }, (_, i) => (firstDayOfWeek(locale) + i) % 7);

/** The first day of the week `date` is in, the locale's way. */
export const weekStartOf = (date: DateKey, locale: string): DateKey =>
  addDays(date, -((weekdayOfKey(date) - firstDayOfWeek(locale) + 7) % 7));
