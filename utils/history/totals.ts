/**
 * Daily totals: what the popup and new tab show, and what old raw events are rolled up into. A
 * day's mindful-meal checks are kept whole with them (hunger, fullness, length, note: what the
 * person wrote), so the journal can show them and use them long after the raw events are gone.
 */
import * as v from 'valibot';
import { type HistoryEvent, isHistoryEvent, MealCheckSchema, OUTCOMES, type Outcome } from './events';

export type MealCheck = v.InferOutput<typeof MealCheckSchema>;

export interface DayTotals {
  waterMl: number;
  drinks: number;
  breaks: number;
  meals: number;
  /** Reminder outcomes counted by kind of outcome. */
  outcomes: Partial<Record<Outcome, number>>;
  /** The day's meal checks, oldest first; absent on days without one (and in older roll-ups). */
  mealChecks?: MealCheck[];
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

/** More meal checks than a day has meals; the cap keeps an imported roll-up small. */
const MAX_MEAL_CHECKS = 20;

/** What a stored or imported day of totals must look like. */
export const DayTotalsSchema = v.strictObject({
  waterMl: Count,
  drinks: Count,
  breaks: Count,
  meals: Count,
  outcomes: v.record(v.picklist(OUTCOMES), Count),
  mealChecks: v.optional(v.pipe(v.array(MealCheckSchema), v.maxLength(MAX_MEAL_CHECKS))),
});

export const isDayTotals = (value: unknown): value is DayTotals => v.is(DayTotalsSchema, value);

export const emptyTotals = (): DayTotals => ({ waterMl: 0, drinks: 0, breaks: 0, meals: 0, outcomes: {} });

export function addEvent(totals: DayTotals, event: HistoryEvent): DayTotals {
  switch (event.type) {
    case 'water':
      return { ...totals, waterMl: totals.waterMl + event.amountMl, drinks: totals.drinks + 1 };
    case 'breathing':
      return { ...totals, breaks: totals.breaks + 1 };
    case 'meal': {
      const { at, hunger, fullness, minutes, note } = event;
      const check = { at, hunger, fullness, minutes, note };
      return { ...totals, meals: totals.meals + 1, mealChecks: [...(totals.mealChecks ?? []), check] };
    }
    case 'reminder':
      return {
        ...totals,
        outcomes: { ...totals.outcomes, [event.outcome]: (totals.outcomes[event.outcome] ?? 0) + 1 },
      };
  }
}

export function totalsOf(events: readonly HistoryEvent[]): DayTotals {
  return events.reduce(addEvent, emptyTotals());
}

/**
 * Raised whenever totalsOf counts differently. Totals kept beside a day's events (`totals:DATE`)
 * carry the version that counted them: another version's are not used (the day's events are read
 * instead) and are counted again at the next compaction.
 */
export const KEPT_TOTALS_VERSION = 1;

const KeptTotalsSchema = v.strictObject({ v: v.literal(KEPT_TOTALS_VERSION), totals: DayTotalsSchema });
export type KeptTotals = v.InferOutput<typeof KeptTotalsSchema>;

/** A day's totals as kept beside its events: only its valid events count, as when they are read. */
export const keptTotalsOf = (stored: readonly unknown[]): KeptTotals => ({
  v: KEPT_TOTALS_VERSION,
  totals: totalsOf(stored.filter(isHistoryEvent)),
});

/** Kept totals this version counted, else undefined (damaged, or another version's). */
export const readKeptTotals = (stored: unknown): DayTotals | undefined =>
  v.is(KeptTotalsSchema, stored) ? stored.totals : undefined;
