/** Daily totals: what the popup and new tab show, and what old raw events are rolled up into. */
import * as v from 'valibot';
import { type HistoryEvent, OUTCOMES, type Outcome } from './events';

export interface DayTotals {
  waterMl: number;
  drinks: number;
  breaks: number;
  meals: number;
  /** Reminder outcomes counted by kind of outcome. */
  outcomes: Partial<Record<Outcome, number>>;
}

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

/** What a stored or imported day of totals must look like. */
export const DayTotalsSchema = v.strictObject({
  waterMl: Count,
  drinks: Count,
  breaks: Count,
  meals: Count,
  outcomes: v.record(v.picklist(OUTCOMES), Count),
});

export const isDayTotals = (value: unknown): value is DayTotals => v.is(DayTotalsSchema, value);

export const emptyTotals = (): DayTotals => ({ waterMl: 0, drinks: 0, breaks: 0, meals: 0, outcomes: {} });

export function addEvent(totals: DayTotals, event: HistoryEvent): DayTotals {
  switch (event.type) {
    case 'water':
      return { ...totals, waterMl: totals.waterMl + event.amountMl, drinks: totals.drinks + 1 };
    case 'breathing':
      return { ...totals, breaks: totals.breaks + 1 };
    case 'meal':
      return { ...totals, meals: totals.meals + 1 };
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
