/**
 * The history store in storage.local. Raw events live in one key per local date
 * (`day:YYYY-MM-DD`), so a write touches only today's list; days older than RAW_DAYS are rolled
 * up into daily totals under `rollup`. Only the background worker writes, through one serial
 * queue, so concurrent logs from popup, new tab and worker all land.
 */
import * as v from 'valibot';
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
import { DAY_KEY, dayKey, RAW_DAYS, ROLLUP_KEY } from './keys';
import { type DayTotals, totalsOf } from './totals';

export { RAW_DAYS };
/** When storage is full, raw events are kept for this many days instead, so new events still fit. */
export const RAW_DAYS_WHEN_FULL = 14;

type Rollup = Record<DateKey, DayTotals>;

const idOf = (entry: unknown): unknown => (entry as { id?: unknown } | null)?.id;

const isQuotaError = (error: unknown): boolean => /quota/i.test(String((error as Error)?.message ?? error));

export function createHistoryStore() {
  const area = historyArea;
  const serial = createSerial();

  async function rawDay(date: DateKey): Promise<unknown[]> {
    const stored = (await area.get([dayKey(date)]))[dayKey(date)];
    return Array.isArray(stored) ? stored : [];
  }

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

  /** Totals per date, from raw events where they are kept and from the roll-up before that. */
  async function totals(dates: readonly DateKey[]): Promise<Record<DateKey, DayTotals>> {
    const [days, rollup] = await Promise.all([
      readDays(dates),
      area.get([ROLLUP_KEY]).then((s) => readRollup(s[ROLLUP_KEY])),
    ]);
    return Object.fromEntries(
      dates.map((date) => [date, days[date]?.length ? totalsOf(days[date]) : (rollup[date] ?? totalsOf([]))]),
    );
  }

  /** Keep raw events for the last `keepDays` dates (today included); roll older ones into totals. */
  async function compactUnqueued(today: DateKey, keepDays: number): Promise<void> {
    const everything = await area.all();
    const oldest = addDays(today, -(keepDays - 1));
    const rollup = await storedRollup();
    const stale: string[] = [];
    for (const [key, value] of Object.entries(everything)) {
      const date = DAY_KEY.exec(key)?.[1];
      if (!date || date >= oldest || !Array.isArray(value)) continue;
      rollup[date] = totalsOf(value.filter(isHistoryEvent));
      stale.push(key);
    }
    if (stale.length === 0) return;
    // Totals first, raw days after: a failure between the two keeps both, never neither.
    await area.set({ [ROLLUP_KEY]: rollup });
    await area.remove(stale);
  }

  async function writeDay(date: DateKey, list: unknown[], today: DateKey): Promise<void> {
    try {
      await area.set({ [dayKey(date)]: list });
    } catch (error) {
      if (!isQuotaError(error)) throw error;
      // Full: make room by rolling up older raw days, then write the newest events again.
      await compactUnqueued(today, RAW_DAYS_WHEN_FULL);
      await area.set({ [dayKey(date)]: list });
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
          const existing = await rawDay(date);
          const known = new Set(existing.map(idOf));
          await writeDay(date, [...existing, ...added.filter((e) => !known.has(e.id))], date);
        }
      });
    },

    /** Remove one event (undo); true when it was there. */
    remove(date: DateKey, id: string): Promise<boolean> {
      return serial(async () => {
        const existing = await rawDay(date);
        const kept = existing.filter((e) => idOf(e) !== id);
        if (kept.length === existing.length) return false;
        await area.set({ [dayKey(date)]: kept });
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
        const stored = await area.get(dates.map(dayKey));
        const rollup = await storedRollup();
        const writes: Record<string, unknown> = {};
        const added: HistoryAdded = { days: {}, rollup: [] };
        for (const date of dates) {
          if (date in rollup) continue;
          const existing = Array.isArray(stored[dayKey(date)]) ? (stored[dayKey(date)] as unknown[]) : [];
          const known = new Set(existing.map(idOf));
          const fresh = (bundle.days[date] ?? []).filter((event) => !known.has(event.id));
          if (fresh.length === 0) continue;
          writes[dayKey(date)] = [...existing, ...fresh].sort(
            (a, b) => ((a as HistoryEvent).at ?? 0) - ((b as HistoryEvent).at ?? 0),
          );
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
        const stored = await area.get(dates.map(dayKey));
        const rollup = await storedRollup();
        const writes: Record<string, unknown> = {};
        const emptied: string[] = [];
        let removed = 0;
        for (const date of dates) {
          const existing = stored[dayKey(date)];
          if (!Array.isArray(existing)) continue;
          const ids = new Set<unknown>(added.days[date]);
          const kept = existing.filter((event) => !ids.has(idOf(event)));
          removed += existing.length - kept.length;
          // A day the import created goes away again rather than staying as an empty list.
          if (kept.length === 0) emptied.push(dayKey(date));
          else writes[dayKey(date)] = kept;
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
