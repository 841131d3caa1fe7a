/**
 * History as a whole, as it travels in an export file: raw day lists and the roll-up. Pure:
 * the history store reads and writes it (utils/history/store.ts), import checks it.
 */
import * as v from 'valibot';
import { HistoryEventSchema, isHistoryEvent } from './events';
import { DAY_KEY, ROLLUP_KEY } from './keys';
import { DayTotalsSchema, isDayTotals } from './totals';

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** Events in one day of a file; far more than a person logs, far less than a 1 MB file holds. */
const MAX_EVENTS_PER_DAY = 1_000;

const DateKeySchema = v.pipe(
  v.string(),
  v.regex(DATE_KEY),
  v.check((key) => !Number.isNaN(Date.parse(key)), 'errInvalidValue'),
);

export const HistoryBundleSchema = v.strictObject({
  days: v.record(DateKeySchema, v.pipe(v.array(HistoryEventSchema), v.maxLength(MAX_EVENTS_PER_DAY))),
  rollup: v.record(DateKeySchema, DayTotalsSchema),
});
export type HistoryBundle = v.InferOutput<typeof HistoryBundleSchema>;

/** What an import added, so that undo can take exactly that away again. */
export const HistoryAddedSchema = v.strictObject({
  days: v.record(DateKeySchema, v.array(v.pipe(v.string(), v.maxLength(64)))),
  rollup: v.array(DateKeySchema),
});
export type HistoryAdded = v.InferOutput<typeof HistoryAddedSchema>;

/** The history in a storage snapshot (everything storage.local holds), keeping only valid entries. */
export function collectHistory(stored: Record<string, unknown>): HistoryBundle {
  const days: HistoryBundle['days'] = {};
  for (const [key, list] of Object.entries(stored)) {
    const date = DAY_KEY.exec(key)?.[1];
    if (!date || !Array.isArray(list)) continue;
    const events = list.filter(isHistoryEvent);
    if (events.length > 0) days[date] = events;
  }
  return { days, rollup: readRollup(stored[ROLLUP_KEY]) };
}

/** The valid days of a stored roll-up; anything else in it is left out. */
export function readRollup(stored: unknown): HistoryBundle['rollup'] {
  const rollup: HistoryBundle['rollup'] = {};
  if (typeof stored === 'object' && stored !== null) {
    for (const [date, totals] of Object.entries(stored)) {
      if (DATE_KEY.test(date) && isDayTotals(totals)) rollup[date] = totals;
    }
  }
  return rollup;
}

export const countEvents = (bundle: HistoryBundle): number =>
  Object.values(bundle.days).reduce((sum, list) => sum + list.length, 0);
