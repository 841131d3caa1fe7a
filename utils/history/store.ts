/**
 * The history store in storage.local. Raw events live in one key per local date
 * (`day:YYYY-MM-DD`), so a write touches only today's list; days older than RAW_DAYS are rolled
 * up into daily totals under `rollup`. Once a day is over, the daily compaction keeps its totals
 * beside its events (`totals:YYYY-MM-DD`), so reading months of totals reads raw events only for
 * today; every later write of that day's events writes its totals with them, in the same call.
 * Only the background worker writes, through one serial queue, so concurrent logs from popup,
 * new tab and worker all land.
 */
import * as v from 'valibot';
import { isRecord } from '../is-record';
import { createSerial } from '../serial';
import { historyArea } from '../storage/items';
import { addDays, type DateKey } from '../time/clock';
import {
  collectHistory,
  type HistoryAdded,
  HistoryAddedSchema,
  type HistoryBundle,
  HistoryBundleSchema,
  readRollup,
} from './bundle';
import { type HistoryEvent, isHistoryEvent } from './events';
import { DAY_KEY, dayKey, RAW_DAYS, ROLLUP_KEY, TOTALS_KEY, totalsKey } from './keys';
import { type DayTotals, type KeptTotals, keptTotalsOf, readKeptTotals, totalsOf } from './totals';

/** When storage is full, raw events are kept for this many days instead, so new events still fit. */
export const RAW_DAYS_WHEN_FULL = 14;

type Rollup = Record<DateKey, DayTotals>;

/** A raw day as stored (null: none, or not a list) and whether totals are kept beside it. */
interface StoredDay {
  list: unknown[] | null;
  kept: boolean;
}

/**
 * What writing a day's events writes: the events, and their totals where totals are kept beside
 * them, so the two never disagree (one storage call is applied whole or not at all).
 */
const dayWrites = (date: DateKey, list: unknown[], kept: boolean): Record<string, unknown> => ({
  [dayKey(date)]: list,
  ...(kept ? { [totalsKey(date)]: keptTotalsOf(list) } : {}),
});

/** JSON with every object's keys in order: storage may hand an object back with its keys reordered. */
const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, inner: unknown) =>
    isRecord(inner) ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1))) : inner,
  );

const idOf = (entry: unknown): unknown => (entry as { id?: unknown } | null)?.id;

const isQuotaError = (error: unknown): boolean => /quota/i.test(String((error as Error)?.message ?? error));

export function createHistoryStore() {
  const area = historyArea;
  const serial = createSerial();

  /** The given dates' raw days as stored, read in one call; returns each date's. */
  async function storedDays(dates: readonly DateKey[]): Promise<(date: DateKey) => StoredDay> {
    const stored = await area.get(dates.flatMap((date) => [dayKey(date), totalsKey(date)]));
    return (date) => {
      const list = stored[dayKey(date)];
      return { list: Array.isArray(list) ? list : null, kept: stored[totalsKey(date)] !== undefined };
    };
  }

  const storedDay = async (date: DateKey): Promise<StoredDay> => (await storedDays([date]))(date);

  /** Events of the given dates; stored entries that fail validation are left out, not deleted. */
  async function readDays(dates: readonly DateKey[]): Promise<Record<DateKey, HistoryEvent[]>> {
    const stored = await area.get(dates.map(dayKey));
    return Object.fromEntries(
      dates.map((date) => {
        const list = stored[dayKey(date)];
        return [date, Array.isArray(list) ? list.filter(isHistoryEvent) : []];
      }),
    );
  }

  /** The roll-up as stored, for read-modify-write: entries that fail validation are kept, not dropped. */
  async function storedRollup(): Promise<Rollup> {
    const stored = (await area.get([ROLLUP_KEY]))[ROLLUP_KEY];
    return typeof stored === 'object' && stored !== null ? { ...(stored as Rollup) } : {};
  }

  /**
   * Totals per date: those kept beside a finished day's events, else counted from the day's
   * events, else from the roll-up, else none. Each source is read only for the dates the one
   * before left open: raw events for today and a day not compacted since it ended (and the dates
   * rolled up, which have none left), the roll-up (a few hundred bytes a day of the whole year)
   * only when some date has neither.
   */
  async function totals(dates: readonly DateKey[]): Promise<Record<DateKey, DayTotals>> {
    const found = new Map<DateKey, DayTotals>();
    const stored = await area.get(dates.map(totalsKey));
    for (const date of dates) {
      const kept = readKeptTotals(stored[totalsKey(date)]);
      if (kept) found.set(date, kept);
    }
    const days = await readDays(dates.filter((date) => !found.has(date)));
    for (const [date, events] of Object.entries(days)) if (events.length > 0) found.set(date, totalsOf(events));
    const open = dates.filter((date) => !found.has(date));
    const rollup = open.length > 0 ? readRollup((await area.get([ROLLUP_KEY]))[ROLLUP_KEY]) : {};
    return Object.fromEntries(dates.map((date) => [date, found.get(date) ?? rollup[date] ?? totalsOf([])]));
  }

  /**
   * Keep raw events for the last `keepDays` dates (today included) and roll older ones into
   * totals; keep each finished day's totals beside its events, counted again from them, so totals
   * another version counted (or that went wrong) are right again by the next day.
   */
  async function compactUnqueued(today: DateKey, keepDays: number): Promise<void> {
    const everything = await area.all();
    const oldest = addDays(today, -(keepDays - 1));
    const rollup = await storedRollup();
    const rolled: string[] = [];
    const kept: Record<string, KeptTotals> = {};
    for (const [key, value] of Object.entries(everything)) {
      const date = DAY_KEY.exec(key)?.[1];
      if (!date || date >= today || !Array.isArray(value)) continue;
      if (date < oldest) {
        rollup[date] = totalsOf(value.filter(isHistoryEvent));
        rolled.push(key);
        continue;
      }
      const fresh = keptTotalsOf(value);
      if (canonical(everything[totalsKey(date)]) !== canonical(fresh)) kept[totalsKey(date)] = fresh;
    }
    // Totals kept for a day whose events are gone: rolled up below, or left by an older version.
    const orphans = Object.keys(everything).filter((key) => {
      const date = TOTALS_KEY.exec(key)?.[1];
      return date !== undefined && (date < oldest || !Array.isArray(everything[dayKey(date)]));
    });
    // Totals first, raw days after: a failure between the two keeps both, never neither.
    if (rolled.length > 0) await area.set({ [ROLLUP_KEY]: rollup });
    if (rolled.length + orphans.length > 0) await area.remove([...rolled, ...orphans]);
    // Last, once rolling up has made room when storage is full.
    if (Object.keys(kept).length > 0) await area.set(kept);
  }

  async function writeDay(date: DateKey, list: unknown[], kept: boolean, today: DateKey): Promise<void> {
    try {
      await area.set(dayWrites(date, list, kept));
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // Full: make room by rolling up older raw days, then write the newest events again.
      await compactUnqueued(today, RAW_DAYS_WHEN_FULL);
      await area.set(dayWrites(date, list, kept));
    }
  }

  return {
    readDays,
    totals,

    append(events: readonly HistoryEvent[]): Promise<void> {
      const invalid = events.find((event) => !isHistoryEvent(event));
      if (invalid) return Promise.reject(new Error(`Not a valid history event: ${JSON.stringify(invalid)}`));
      return serial(async () => {
        const byDate = new Map<DateKey, HistoryEvent[]>();
        for (const event of events) byDate.set(event.date, [...(byDate.get(event.date) ?? []), event]);
        for (const [date, added] of byDate) {
          const { list, kept } = await storedDay(date);
          const existing = list ?? [];
          const known = new Set(existing.map(idOf));
          await writeDay(date, [...existing, ...added.filter((e) => !known.has(e.id))], kept, date);
        }
      });
    },

    /** Remove one event (undo); true when it was there. */
    remove(date: DateKey, id: string): Promise<boolean> {
      return serial(async () => {
        const { list, kept } = await storedDay(date);
        const existing = list ?? [];
        const rest = existing.filter((e) => idOf(e) !== id);
        if (rest.length === existing.length) return false;
        await area.set(dayWrites(date, rest, kept));
        return true;
      });
    },

    compact(today: DateKey, keepDays: number = RAW_DAYS): Promise<void> {
      return serial(() => compactUnqueued(today, keepDays));
    },

    /** Everything kept, valid entries only (for export). */
    async readAll(): Promise<HistoryBundle> {
      return collectHistory(await area.all());
    },

    /**
     * Add an imported history in one write; returns what was added. Only adds: events already
     * stored and roll-up days already stored stay as they are, and raw events for a day this
     * device has already rolled up are left out (they would hide its totals, and the next
     * compaction would replace them).
     */
    importBundle(input: HistoryBundle): Promise<HistoryAdded> {
      return serial(async () => {
        // Checked again here, where it is written: a message is only as good as its sender.
        const bundle = v.parse(HistoryBundleSchema, input);
        const dates = Object.keys(bundle.days);
        const stored = await storedDays(dates);
        const rollup = await storedRollup();
        const writes: Record<string, unknown> = {};
        const added: HistoryAdded = { days: {}, rollup: [] };
        for (const date of dates) {
          if (date in rollup) continue;
          const { list, kept } = stored(date);
          const existing = list ?? [];
          const known = new Set(existing.map(idOf));
          const fresh = (bundle.days[date] ?? []).filter((event) => !known.has(event.id));
          if (fresh.length === 0) continue;
          const merged = [...existing, ...fresh].sort(
            (a, b) => ((a as HistoryEvent).at ?? 0) - ((b as HistoryEvent).at ?? 0),
          );
          Object.assign(writes, dayWrites(date, merged, kept));
          added.days[date] = fresh.map((event) => event.id);
        }
        for (const [date, dayTotals] of Object.entries(bundle.rollup) as [DateKey, DayTotals][]) {
          if (date in rollup) continue;
          rollup[date] = dayTotals;
          added.rollup.push(date);
        }
        if (added.rollup.length > 0) writes[ROLLUP_KEY] = rollup;
        // One set for every key: it is applied whole or not at all.
        if (Object.keys(writes).length > 0) await area.set(writes);
        return added;
      });
    },

    /** Take away what an import added (events logged since then stay); returns how many entries went. */
    removeAdded(input: HistoryAdded): Promise<number> {
      return serial(async () => {
        const added = v.parse(HistoryAddedSchema, input);
        const dates = Object.keys(added.days);
        const stored = await storedDays(dates);
        const rollup = await storedRollup();
        const writes: Record<string, unknown> = {};
        const emptied: string[] = [];
        let removed = 0;
        for (const date of dates) {
          const { list: existing, kept } = stored(date);
          if (!existing) continue;
          const ids = new Set<unknown>(added.days[date]);
          const rest = existing.filter((event) => !ids.has(idOf(event)));
          removed += existing.length - rest.length;
          // A day the import created goes away again (with any totals kept beside it) rather
          // than staying as an empty list.
          if (rest.length === 0) emptied.push(dayKey(date), totalsKey(date));
          else Object.assign(writes, dayWrites(date, rest, kept));
        }
        for (const date of added.rollup) {
          if (!(date in rollup)) continue;
          delete rollup[date];
          removed += 1;
        }
        if (added.rollup.length > 0) writes[ROLLUP_KEY] = rollup;
        if (Object.keys(writes).length > 0) await area.set(writes);
        if (emptied.length > 0) await area.remove(emptied);
        return removed;
      });
    },
  };
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
