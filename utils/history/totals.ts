/** Daily totals: what the popup and new tab show, and what old raw events are rolled up into. */
import type { HistoryEvent, Outcome } from './events';

export interface DayTotals {
  waterMl: number;
  drinks: number;
  breaks: number;
  meals: number;
  /** Reminder outcomes counted by kind of outcome. */
  outcomes: Partial<Record<Outcome, number>>;
}

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
