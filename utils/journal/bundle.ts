/**
 * The journal as it travels in an export file, and what an import changed (for undo). Pure: the
 * journal store writes it (utils/journal/store.ts), the import check reads it.
 */
import * as v from 'valibot';
import { DateKeySchema, JournalEntrySchema } from './entry';

/** More days than twenty years of daily check-ins; far less than a 1 MB file holds anyway. */
const MAX_DAYS = 8_000;

export const JournalBundleSchema = v.strictObject({
  entries: v.pipe(
    v.record(DateKeySchema, JournalEntrySchema),
    v.check((entries) => Object.keys(entries).length <= MAX_DAYS),
    v.check((entries) => Object.entries(entries).every(([date, entry]) => entry.date === date)),
  ),
});
export type JournalBundle = v.InferOutput<typeof JournalBundleSchema>;

const Instant = v.pipe(v.number(), v.integer(), v.minValue(0));

/** Days an import added (with the version it wrote) and days it replaced (with what was there). */
export const JournalAddedSchema = v.strictObject({
  added: v.record(DateKeySchema, Instant),
  replaced: v.record(DateKeySchema, v.strictObject({ updatedAt: Instant, previous: JournalEntrySchema })),
});
export type JournalAdded = v.InferOutput<typeof JournalAddedSchema>;

export const countDays = (bundle: JournalBundle): number => Object.keys(bundle.entries).length;
