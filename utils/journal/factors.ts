/**
 * The factors the journal compares skin and gut across: the check-in's own quick taps, the
 * person's named factors, and what the tool already knows from history (water against the goal,
 * breathing breaks, mindful meals, the meal check's hunger and fullness). Each is a yes/no per
 * day, null when not known. Pure: check-ins, daily totals and settings in, day series out.
 */
import type { DayTotals } from '../history/totals';
import type { Settings } from '../settings/schema';
import { type DateKey, weekdayOfKey } from '../time/clock';
import type { JournalEntry } from './entry';
import type { DaySeries, FactorSeries } from './patterns';

/** A day "on track" for 30 plants a week. */
export const PLANTS_A_DAY = 5;
export const STRESSFUL_FROM = 4;
export const SHORT_SLEEP_UNDER = 7;
/** Hunger before, or fullness after, a meal from 8 of 10: very hungry, very full. */
export const VERY_FROM = 8;

/** Factor ids with fixed words; a person's own factor's id is `own:<name>`. */
export const FIXED_FACTORS = [
  'fermented',
  'plants',
  'sugar',
  'processed',
  'dairy',
  'alcohol',
  'stress',
  'sleep',
  'water',
  'breaks',
  'meals',
  'hungry',
  'full',
] as const;
export type FixedFactor = (typeof FIXED_FACTORS)[number];

export const ownFactorId = (name: string): string => `own:${name}`;
export const ownFactorName = (id: string): string | null => (id.startsWith('own:') ? id.slice(4) : null);

type Day = { entry: JournalEntry | undefined; totals: DayTotals | undefined };

const fromEntry =
  <T>(read: (entry: JournalEntry) => T | null, test: (value: T) => boolean) =>
  ({ entry }: Day): boolean | null => {
    const value = entry ? read(entry) : null;
    return value === null ? null : test(value);
  };

type Rule = readonly [id: string, (day: Day) => boolean | null];

function factorRules(settings: Settings): Rule[] {
  const checks = ({ totals }: Day, pick: (check: NonNullable<DayTotals['mealChecks']>[number]) => number | null) => {
    const values = (totals?.mealChecks ?? []).map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : values.some((v) => v >= VERY_FROM);
  };
  const rules: Rule[] = [
    ['fermented', fromEntry((e) => e.fermented, Boolean)],
    [
      'plants',
      fromEntry(
        (e) => e.plants,
        (n) => n >= PLANTS_A_DAY,
      ),
    ],
    [
      'sugar',
      fromEntry(
        (e) => e.sugar,
        (a) => a !== 'none',
      ),
    ],
    [
      'processed',
      fromEntry(
        (e) => e.processed,
        (a) => a !== 'none',
      ),
    ],
    ...(settings.journal.askDairy ? [['dairy', fromEntry((e) => e.dairy, Boolean)] as Rule] : []),
    ...(settings.journal.askAlcohol ? [['alcohol', fromEntry((e) => e.alcohol, Boolean)] as Rule] : []),
    [
      'stress',
      fromEntry(
        (e) => e.stress,
        (s) => s >= STRESSFUL_FROM,
      ),
    ],
    [
      'sleep',
      fromEntry(
        (e) => e.sleepHours,
        (h) => h < SHORT_SLEEP_UNDER,
      ),
    ],
    ...settings.journal.factors.map(
      (name) => [ownFactorId(name), fromEntry((e) => e.own.find((a) => a.name === name)?.on ?? null, Boolean)] as Rule,
    ),
    ['water', ({ totals }) => (totals ? totals.waterMl >= settings.water.goalMl : null)],
    ['breaks', ({ totals }) => (totals ? totals.breaks > 0 : null)],
    ['meals', ({ totals }) => (totals ? totals.meals > 0 : null)],
    ['hungry', (day) => checks(day, (c) => c.hunger)],
    ['full', (day) => checks(day, (c) => c.fullness)],
  ];
  return rules;
}

/** Day-by-day series for the patterns, over consecutive `dates` (oldest first). */
export function daySeries(
  dates: readonly DateKey[],
  entries: Readonly<Record<DateKey, JournalEntry>>,
  totals: Readonly<Record<DateKey, DayTotals>>,
  settings: Settings,
): DaySeries {
  const days: Day[] = dates.map((date) => ({ entry: entries[date], totals: totals[date] }));
  const factors: FactorSeries[] = factorRules(settings).map(([id, rule]) => ({ id, values: days.map(rule) }));
  const first = dates[0];
  return {
    // Weeks start on Monday: Monday is 0.
    firstWeekday: first ? (weekdayOfKey(first) + 6) % 7 : 0,
    outcomes: {
      skin: days.map(({ entry }) => entry?.skin ?? null),
      gut: days.map(({ entry }) => entry?.gut ?? null),
    },
    factors,
  };
}
