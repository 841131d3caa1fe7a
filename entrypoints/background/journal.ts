/** The worker's side of the journal: a check-in written, and the journal page's read model. */
import * as v from 'valibot';
import { DateKeySchema, type JournalEntry, type Patch, PatchSchema } from '@/utils/journal/entry';
import { JOURNAL_VIEW_MAX_DAYS, type JournalView } from '@/utils/messaging/journal-view';
import { addDays, type DateKey } from '@/utils/time/clock';
import type { Tx } from './transaction';

/** The earliest day a check-in may be written for: anything before is a mistake, not a memory. */
const FIRST_DAY = '2000-01-01';

/**
 * Apply a check-in's changed answers to its day. Any past day may be edited; a day after today
 * may not. Checked here, where it is written: a message is only as good as its sender.
 */
export function checkInOn(tx: Tx, date: DateKey, patch: Patch): Promise<JournalEntry> {
  const day = v.parse(DateKeySchema, date);
  if (day > tx.today || day < FIRST_DAY) throw new Error(`No check-in can be written for ${day}`);
  return tx.deps.journal.patch(day, v.parse(PatchSchema, patch), tx.now);
}

export async function buildJournalView(tx: Tx, days: number): Promise<JournalView> {
  const count = Math.min(JOURNAL_VIEW_MAX_DAYS, Math.max(1, Math.floor(days)));
  const dates = Array.from({ length: count }, (_, i) => addDays(tx.today, i - count + 1));
  const [entries, totals] = await Promise.all([tx.deps.journal.readDays(dates), tx.deps.history.totals(dates)]);
  return { today: tx.today, dates, entries, totals };
}
