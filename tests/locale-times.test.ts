/**
 * Times in texts and errors follow the person's locale, as the browser's time inputs do: a 12-hour
 * locale reads "8:30 AM" everywhere, a 24-hour one "08:30" (item 3 of the new-user report).
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { formatValue } from '@/components/options/format-value';
import { problemText } from '@/components/options/text';
import { clockTime, dueAt, timeOfDay } from '@/utils/phrases';
import { localInstant } from '@/utils/time/clock';

const speak = (locale: string) => Object.assign(fakeBrowser.i18n, { getUILanguage: () => locale });

describe('times, the locale’s way', () => {
  it('a 12-hour locale reads AM and PM in every text, error and list', () => {
    speak('en-US');
    expect(clockTime(localInstant('2026-11-23', 19 * 60))).toBe('07:00 PM');
    expect(timeOfDay(8 * 60 + 30)).toBe('08:30 AM');
    expect(problemText({ path: 'meal.schedule.fixed.times.0', message: 'errTimeFormat' })).toBe(
      'Enter a time like 08:30 AM',
    );
    expect(formatValue('meal.schedule.fixed.times', ['08:00', '19:00'], 'ml')).toBe('08:00 AM, 07:00 PM');
    const now = localInstant('2026-11-23', 9 * 60);
    expect(dueAt(localInstant('2026-11-23', 19 * 60), now)).toBe('at 07:00 PM');
  });

  it('a 24-hour locale reads 24-hour times', () => {
    speak('de');
    expect(timeOfDay(19 * 60)).toBe('19:00');
    expect(problemText({ path: 'x', message: 'errTimeFormat' })).toBe('Enter a time like 08:30');
  });
});
