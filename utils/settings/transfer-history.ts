/**
 * History in an export file, and how an imported one joins the stored history. An import only
 * adds: events whose id is already stored and roll-up dates already stored are left alone, so
 * nothing is overwritten, and undoing an import removes exactly what it added. The storage area
 * is passed in; the background worker (the only history writer) calls these in its queue.
 */
import * as v from 'valibot';
import { type HistoryEvent, HistoryEventSchema, isHistoryEvent, OUTCOMES } from '../history/events';
import { dayKey, ROLLUP_KEY } from '../history/store';
import type { DayTotals } from '../history/totals';
import type { DateKey } from '../time/clock';

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;
const DAY_STORAGE_KEY = /^day:(\d{4}-\d{2}-\d{2})$/;

/** Events in one day of a file; far more than a person logs, far less than a 1 MB file holds. */
const MAX_EVENTS_PER_DAY = 1_000;

const Count = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(1_000_000));

const DateKeySchema = v.pipe(
  v.string(),
  v.regex(DATE_KEY),
  v.check((key) => !Number.isNaN(Date.parse(key)), 'errInvalidValue'),
);

const DayTotalsSchema = v.strictObject({
  waterMl: Count,
  drinks: Count,
  breaks: Count,
  meals: Count,
  outcomes: v.record(v.picklist(OUTCOMES), Count),
});

export const HistoryBundleSchema = v.strictObject({
  days: v.record(DateKeySchema, v.pipe(v.array(HistoryEventSchema), v.maxLength(MAX_EVENTS_PER_DAY))),
  rollup: v.record(DateKeySchema, DayTotalsSchema),
});

export interface HistoryBundle {
  days: Record<DateKey, HistoryEvent[]>;
  rollup: Record<DateKey, DayTotals>;
}

/** What an import added, so that undo can take exactly that away again. */
export interface HistoryAdded {
  days: Record<DateKey, string[]>;
  rollup: DateKey[];
}

export const HistoryAddedSchema = v.strictObject({
  days: v.record(DateKeySchema, v.array(v.pipe(v.string(), v.maxLength(64)))),
  rollup: v.array(DateKeySchema),
});

const isDayTotals = (value: unknown): value is DayTotals => v.is(DayTotalsSchema, value);

/** The history held in storage.local (everything it holds, read once), keeping only valid entries. */
export function collectHistory(stored: Record<string, unknown>): HistoryBundle {
  const days: HistoryBundle['days'] = {};
  for (const [key, list] of Object.entries(stored)) {
    const date = DAY_STORAGE_KEY.exec(key)?.[1];
    if (!date || !Array.isArray(list)) continue;
    const events = list.filter(isHistoryEvent);
    if (events.length > 0) days[date] = events;
  }
  const rawRollup = stored[ROLLUP_KEY];
  const rollup: HistoryBundle['rollup'] = {};
  if (typeof rawRollup === 'object' && rawRollup !== null) {
    for (const [date, totals] of Object.entries(rawRollup)) {
      if (DATE_KEY.test(date) && isDayTotals(totals)) rollup[date] = totals;
    }
  }
  return { days, rollup };
}

export const countEvents = (bundle: HistoryBundle): number =>
  Object.values(bundle.days).reduce((sum, list) => sum + list.length, 0);

interface Area {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

const idOf = (event: unknown): unknown => (event as { id?: unknown } | null)?.id;

/** Add an imported history to storage in one write; returns what was added. */
export async function addHistory(area: Area, input: HistoryBundle): Promise<HistoryAdded> {
  // Checked again here, where it is written: a message is only as good as its sender.
  const bundle = v.parse(HistoryBundleSchema, input);
  const dates = Object.keys(bundle.days);
  const stored = await area.get([...dates.map(dayKey), ROLLUP_KEY]);
  const writes: Record<string, unknown> = {};
  const added: HistoryAdded = { days: {}, rollup: [] };
  for (const date of dates) {
    const existing = Array.isArray(stored[dayKey(date)]) ? (stored[dayKey(date)] as unknown[]) : [];
    const known = new Set(existing.map(idOf));
    const fresh = (bundle.days[date] ?? []).filter((event) => !known.has(event.id));
    if (fresh.length === 0) continue;
    writes[dayKey(date)] = [...existing, ...fresh].sort(
      (a, b) => ((a as HistoryEvent).at ?? 0) - ((b as HistoryEvent).at ?? 0),
    );
    added.days[date] = fresh.map((event) => event.id);
  }
  const rollup = { ...(stored[ROLLUP_KEY] as Record<DateKey, DayTotals> | undefined) };
  for (const [date, totals] of Object.entries(bundle.rollup)) {
    if (date in rollup) continue;
    rollup[date] = totals;
    added.rollup.push(date);
  }
  if (added.rollup.length > 0) writes[ROLLUP_KEY] = rollup;
  // One set for every key: it is applied whole or not at all.
  if (Object.keys(writes).length > 0) await area.set(writes);
  return added;
}

/** Take away what an import added (events logged since then stay); returns how many entries went. */
export async function removeAddedHistory(area: Area, input: HistoryAdded): Promise<number> {
  const added = v.parse(HistoryAddedSchema, input);
  const dates = Object.keys(added.days);
  const stored = await area.get([...dates.map(dayKey), ROLLUP_KEY]);
  const writes: Record<string, unknown> = {};
  const emptied: string[] = [];
  let removed = 0;
  for (const date of dates) {
    const existing = stored[dayKey(date)];
    if (!Array.isArray(existing)) continue;
    const ids = new Set(added.days[date]);
    const kept = existing.filter((event) => !ids.has(idOf(event) as string));
    removed += existing.length - kept.length;
    // A day the import created goes away again rather than staying as an empty list.
    if (kept.length === 0) emptied.push(dayKey(date));
    else writes[dayKey(date)] = kept;
  }
  const rollup = { ...(stored[ROLLUP_KEY] as Record<DateKey, DayTotals> | undefined) };
  for (const date of added.rollup) {
    if (!(date in rollup)) continue;
    delete rollup[date];
    removed += 1;
  }
  if (added.rollup.length > 0) writes[ROLLUP_KEY] = rollup;
  if (Object.keys(writes).length > 0) await area.set(writes);
  if (emptied.length > 0) await area.remove(emptied);
  return removed;
}
