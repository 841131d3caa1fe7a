/**
 * The history store in storage.local. Raw events live in one key per local date
 * (`day:YYYY-MM-DD`), so a write touches only today's list; days older than RAW_DAYS are rolled
 * up into daily totals under `rollup`. Only the background worker writes, through one serial
 * queue, so concurrent logs from popup, new tab and worker all land.
 */
import { browser } from 'wxt/browser';
import { createSerial } from '../serial';
import { addDays, type DateKey } from '../time/clock';
import { type HistoryEvent, isHistoryEvent } from './events';
import { type DayTotals, totalsOf } from './totals';

/** Days of raw events kept (about 8 KB a busy day); older days keep only their daily totals. */
export const RAW_DAYS = 60;
/** When storage is full, raw events are kept for this many days instead, so new events still fit. */
export const RAW_DAYS_WHEN_FULL = 14;

export const dayKey = (date: DateKey): string => `day:${date}`;
export const ROLLUP_KEY = 'rollup';
const DAY_KEY = /^day:(\d{4}-\d{2}-\d{2})$/;

type Rollup = Record<DateKey, DayTotals>;
type Area = typeof browser.storage.local;

const isQuotaError = (error: unknown): boolean => /quota/i.test(String((error as Error)?.message ?? error));

export function createHistoryStore(area: Area = browser.storage.local) {
  const serial = createSerial();

  async function rawDay(date: DateKey): Promise<unknown[]> {
    const stored = (await area.get(dayKey(date)))[dayKey(date)];
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

  async function readRollup(): Promise<Rollup> {
    const stored = (await area.get(ROLLUP_KEY))[ROLLUP_KEY];
    return typeof stored === 'object' && stored !== null ? (stored as Rollup) : {};
  }

  /** Totals per date, from raw events where they are kept and from the roll-up before that. */
  async function totals(dates: readonly DateKey[]): Promise<Record<DateKey, DayTotals>> {
    const [days, rollup] = await Promise.all([readDays(dates), readRollup()]);
    return Object.fromEntries(
      dates.map((date) => [date, days[date]?.length ? totalsOf(days[date]) : (rollup[date] ?? totalsOf([]))]),
    );
  }

  /** Keep raw events for the last `keepDays` dates (today included); roll older ones into totals. */
  async function compactUnqueued(today: DateKey, keepDays: number): Promise<void> {
    const everything = await area.get(null);
    const oldest = addDays(today, -(keepDays - 1));
    const rollup = await readRollup();
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
          const known = new Set(existing.map((e) => (e as { id?: unknown })?.id));
          await writeDay(date, [...existing, ...added.filter((e) => !known.has(e.id))], date);
        }
      });
    },

    /** Remove one event (undo); true when it was there. */
    remove(date: DateKey, id: string): Promise<boolean> {
      return serial(async () => {
        const existing = await rawDay(date);
        const kept = existing.filter((e) => (e as { id?: unknown })?.id !== id);
        if (kept.length === existing.length) return false;
        await area.set({ [dayKey(date)]: kept });
        return true;
      });
    },

    compact(today: DateKey, keepDays: number = RAW_DAYS): Promise<void> {
      return serial(() => compactUnqueued(today, keepDays));
    },
  };
}

export type HistoryStore = ReturnType<typeof createHistoryStore>;
