/**
 * A simulated year of history, as the worker would have stored it by the time of today's first
 * compaction: the last RAW_DAYS days as raw events (`day:YYYY-MM-DD`, about 50 events a day), each
 * finished one with its totals beside it (`totals:YYYY-MM-DD`), and the 305 days before them rolled
 * up into daily totals (`rollup`). Deterministic, so every run measures the same data.
 */
import { occurrenceId } from '@/entrypoints/background/notification';
import { type HistoryEvent, type NewEvent, stampEvent } from '@/utils/history/events';
// Pure modules only: the bench runs in Node, where the registry of stored items has no browser.
import { dayKey, RAW_DAYS, ROLLUP_KEY, totalsKey } from '@/utils/history/keys';
import { type DayTotals, type KeptTotals, keptTotalsOf, totalsOf } from '@/utils/history/totals';
import { seededRandom } from '@/utils/random';
import type { ReminderKind } from '@/utils/reminder-kinds';
import { addDays, type DateKey, HOUR, localInstant, MINUTE } from '@/utils/time/clock';

export const YEAR_DAYS = 365;

const NOTES = ['Ate slowly, felt calm.', 'Lunch at my desk again.', 'Soup with friends.', '', 'Too hungry, ate fast.'];
const PATTERNS = ['box', '4-7-8', 'sigh', 'coherent'];
const ANSWERS = ['done', 'done', 'done', 'snoozed', 'dismissed'] as const;

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;

/** One realistic day: about 9 drinks, 3 breathing breaks, 3 meals and 15 reminders, each shown and answered. */
export function dayOfEvents(date: DateKey, dayIndex: number): HistoryEvent[] {
  const random = seededRandom(dayIndex + 1);
  const morning = localInstant(date, 8 * 60);
  const events: HistoryEvent[] = [];
  const add = (event: NewEvent, at: number) => events.push(stampEvent(event, at, date, `${date}-${events.length}`));

  const drinks = 8 + Math.floor(random() * 3);
  for (let i = 0; i < drinks; i++)
    add({ type: 'water', amountMl: pick([200, 250, 250, 300], random) }, morning + i * HOUR);
  for (let i = 0; i < 3; i++) {
    add(
      { type: 'breathing', pattern: pick(PATTERNS, random), seconds: pick([60, 120, 180], random) },
      morning + (i * 3 + 2) * HOUR,
    );
  }
  for (const [i, hour] of [0, 4.5, 11].entries()) {
    const note = pick(NOTES, random);
    add(
      { type: 'meal', hunger: 4 + Math.floor(random() * 5), fullness: i === 1 ? null : 7, minutes: 15 + i * 5, note },
      morning + hour * HOUR,
    );
  }
  const kinds: ReminderKind[] = ['hydration', 'hydration', 'stress', 'meal'];
  for (let i = 0; i < 15; i++) {
    const kind = kinds[i % kinds.length] as ReminderKind;
    const scheduledAt = morning + HOUR + i * 40 * MINUTE;
    const occurrence = occurrenceId([kind], scheduledAt);
    add({ type: 'reminder', kind, outcome: 'shown', occurrence, scheduledAt }, scheduledAt);
    const outcome = pick(ANSWERS, random);
    add({ type: 'reminder', kind, outcome, occurrence, scheduledAt }, scheduledAt + 2 * MINUTE);
    if (outcome === 'snoozed') {
      add({ type: 'reminder', kind, outcome: 'shown', occurrence, scheduledAt }, scheduledAt + 12 * MINUTE);
      add({ type: 'reminder', kind, outcome: 'done', occurrence, scheduledAt }, scheduledAt + 13 * MINUTE);
    }
  }
  return events;
}

/** storage.local contents for a year of history ending `today`. */
export function yearOfHistory(
  today: DateKey,
): Record<string, HistoryEvent[] | KeptTotals | Record<DateKey, DayTotals>> {
  const items: Record<string, HistoryEvent[] | KeptTotals | Record<DateKey, DayTotals>> = {};
  const rollup: Record<DateKey, DayTotals> = {};
  for (let back = 0; back < YEAR_DAYS; back++) {
    const date = addDays(today, -back);
    const events = dayOfEvents(date, back);
    if (back >= RAW_DAYS) {
      rollup[date] = totalsOf(events);
      continue;
    }
    items[dayKey(date)] = events;
    // Today is still being logged: its totals are kept once it is over.
    if (back > 0) items[totalsKey(date)] = keptTotalsOf(events);
  }
  items[ROLLUP_KEY] = rollup;
  return items;
}
