/**
 * A simulated year of daily check-ins, as the worker stores them (`journal:YYYY-MM-DD`): every
 * answer given on most days, tags, own factors and a note on some. Deterministic, so every run
 * measures the same data. Pure modules only (the bench runs in Node).
 */
import { AMOUNTS, emptyEntry, GUT_TAGS, type JournalEntry, SKIN_TAGS } from '@/utils/journal/entry';
import { journalKey } from '@/utils/journal/keys';
import { seededRandom } from '@/utils/random';
import { addDays, type DateKey, localInstant } from '@/utils/time/clock';

const NOTES = [
  'Slept badly, chin breakout again.',
  'Kefir with breakfast, skin felt calm by evening.',
  'Long day at the desk, forgot to drink much.',
  'Tried the new moisturiser; a little redness.',
  'Dinner with friends, wine and dessert.',
];
const OWN = ['probiotic', 'new moisturiser', 'period'];

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;
const score = (random: () => number) => (1 + Math.floor(random() * 5)) as 1 | 2 | 3 | 4 | 5;

export function checkinOf(date: DateKey, dayIndex: number): JournalEntry {
  const random = seededRandom(10_000 + dayIndex);
  const entry = emptyEntry(date, localInstant(date, 21 * 60));
  return {
    ...entry,
    skin: score(random),
    skinTags: SKIN_TAGS.filter(() => random() < 0.2),
    gut: score(random),
    gutTags: GUT_TAGS.filter(() => random() < 0.15),
    stress: score(random),
    sleepHours: 5 + Math.floor(random() * 8) / 2,
    fermented: random() < 0.5,
    plants: Math.floor(random() * 12),
    sugar: pick(AMOUNTS, random),
    processed: pick(AMOUNTS, random),
    dairy: random() < 0.6,
    alcohol: random() < 0.25,
    own: OWN.map((name) => ({ name, on: random() < 0.4 })),
    note: random() < 0.4 ? pick(NOTES, random) : '',
  };
}

/** storage.local contents for `days` days of check-ins ending `today`; `missEvery` 7: one day a week skipped. */
export function journalDays(today: DateKey, days: number, missEvery = 0): Record<string, JournalEntry> {
  const items: Record<string, JournalEntry> = {};
  for (let back = 0; back < days; back++) {
    if (missEvery > 0 && back % missEvery === 3) continue;
    const date = addDays(today, -back);
    items[journalKey(date)] = checkinOf(date, back);
  }
  return items;
}

/** What a value costs in storage.local, roughly as Chrome counts it: key plus JSON value, in bytes. */
export const storedBytes = (items: Record<string, unknown>): number =>
  Object.entries(items).reduce((sum, [key, value]) => sum + key.length + JSON.stringify(value).length, 0);
