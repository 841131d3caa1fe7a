/** The journal page's read model: computed by the worker, sent whole (like the snapshot). */
import type { DayTotals } from '../history/totals';
import type { JournalEntry } from '../journal/entry';
import type { DateKey } from '../time/clock';

/** How many days the journal page asks for at most: twelve months and the week that starts them. */
export const JOURNAL_VIEW_MAX_DAYS = 371;

export interface JournalView {
  /** The person's day the worker read this on. */
  today: DateKey;
  /** Every date asked for, oldest first; the last one is today. */
  dates: DateKey[];
  /** Check-ins by date; a date without one is absent. */
  entries: Record<DateKey, JournalEntry>;
  /** Each date's totals (water, breaks, meals and their meal checks). */
  totals: Record<DateKey, DayTotals>;
}
