import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { isHistoryEvent, type NewEvent, stampEvent } from '@/utils/history/events';
import { dayKey, RAW_DAYS, ROLLUP_KEY, totalsKey } from '@/utils/history/keys';
import { createHistoryStore } from '@/utils/history/store';
import { KEPT_TOTALS_VERSION, totalsOf } from '@/utils/history/totals';
import { journalCsv } from '@/utils/journal/csv';
import { addDays, DAY, HOUR, localInstant } from '@/utils/time/clock';
import { stamp } from './factories';

const water = (amountMl = 250): NewEvent => ({ type: 'water', amountMl });

/** A realistic busy day: 9 drinks, 3 breaks, 3 meals, 18 reminders each shown and answered. */
function busyDay(date: string): ReturnType<typeof stampEvent>[] {
  const base = localInstant(date, 9 * 60);
  const events = [];
  for (let i = 0; i < 9; i++) events.push(stamp(water(), base + i * HOUR));
  for (let i = 0; i < 3; i++)
    events.push(stamp({ type: 'breathing', pattern: 'box', seconds: 120 }, base + i * 3 * HOUR));
  for (let i = 0; i < 3; i++) {
    events.push(
      stamp({ type: 'meal', hunger: 6, fullness: 7, minutes: 20, note: 'Ate slowly, felt calm.' }, base + i * 4 * HOUR),
    );
  }
  for (let i = 0; i < 18; i++) {
    const occurrence = `h-${(base + i).toString(36)}`;
    for (const outcome of ['shown', 'done'] as const) {
      events.push(
        stamp(
          { type: 'reminder', kind: 'hydration', outcome, occurrence, scheduledAt: base + i * 30 * 60_000 },
          base + i * 30 * 60_000,
        ),
      );
    }
  }
  return events;
}

const storedBytes = async () =>
  new TextEncoder().encode(JSON.stringify(await fakeBrowser.storage.local.get(null))).length;

describe('history store', () => {
  it('case 8: concurrent writes — 100 simultaneous logs from popup, new tab and worker → 100 events', async () => {
    // Three contexts' requests all reach the worker, the single writer, interleaved.
    const store = createHistoryStore();
    const now = localInstant('2026-11-24', 10 * 60);
    await Promise.all(Array.from({ length: 100 }, (_, i) => store.append([stamp(water(100 + i), now + i)])));
    const day = (await store.readDays(['2026-11-24']))['2026-11-24'] ?? [];
    expect(day).toHaveLength(100);
    expect(new Set(day.map((e) => e.id)).size).toBe(100);
    expect(totalsOf(day).waterMl).toBe(Array.from({ length: 100 }, (_, i) => 100 + i).reduce((a, b) => a + b));
  });

  it('appending an event twice (a retried operation) stores it once', async () => {
    const store = createHistoryStore();
    const event = stamp(water(), localInstant('2026-11-24', 600), 'fixed-id');
    await store.append([event]);
    await store.append([event]);
    expect((await store.readDays(['2026-11-24']))['2026-11-24']).toEqual([event]);
  });

  it('refuses an invalid event and writes nothing', async () => {
    const store = createHistoryStore();
    const bad = { ...stamp(water(), 1_000), amountMl: -5 };
    await expect(store.append([bad])).rejects.toThrow(/valid history event/);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('undo removes exactly the chosen event', async () => {
    const store = createHistoryStore();
    const at = localInstant('2026-11-24', 600);
    const [a, b] = [stamp(water(), at), stamp(water(300), at + 1)];
    await store.append([a, b]);
    expect(await store.remove('2026-11-24', b.id)).toBe(true);
    expect(await store.remove('2026-11-24', b.id)).toBe(false);
    expect((await store.readDays(['2026-11-24']))['2026-11-24']).toEqual([a]);
  });

  it('reads skip corrupted entries without deleting them', async () => {
    const good = stamp(water(), localInstant('2026-11-24', 600));
    await fakeBrowser.storage.local.set({ [dayKey('2026-11-24')]: [good, { type: 'water', amountMl: 'many' }] });
    const store = createHistoryStore();
    expect((await store.readDays(['2026-11-24']))['2026-11-24']).toEqual([good]);
    await store.append([stamp(water(), localInstant('2026-11-24', 700))]);
    const raw = (await fakeBrowser.storage.local.get(dayKey('2026-11-24')))[dayKey('2026-11-24')] as unknown[];
    expect(raw).toHaveLength(3);
  });

  it('case 26: a year of history stays well under the local quota by rolling up old events', async () => {
    const store = createHistoryStore();
    const today = '2026-11-24';
    for (let back = 364; back >= 0; back--) {
      const date = addDays(today, -back);
      await store.append(busyDay(date));
      await store.compact(date);
    }
    const keys = Object.keys(await fakeBrowser.storage.local.get(null));
    expect(keys.filter((k) => k.startsWith('day:'))).toHaveLength(RAW_DAYS);
    const bytes = await storedBytes();
    console.info(`A simulated year of busy days: ${Math.round(bytes / 1024)} KB in storage.local`);
    expect(bytes).toBeLessThan(1024 * 1024);
    // Old days keep their totals; recent days keep every event.
    const old = addDays(today, -300);
    const totals = await store.totals([old, today]);
    expect(totals[old]).toEqual(totalsOf(busyDay(old)));
    expect(totals[today]).toEqual(totalsOf(busyDay(today)));
    expect(((await fakeBrowser.storage.local.get(ROLLUP_KEY))[ROLLUP_KEY] as object)[old as never]).toBeDefined();
  });

  it('case 26: a quota error never drops the newest events', async () => {
    const store = createHistoryStore();
    const today = '2026-11-24';
    for (let back = 80; back >= 1; back--) await store.append(busyDay(addDays(today, -back)));
    const realSet = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let failures = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items) => {
      // Full until older raw days have been rolled up.
      const rawDays = Object.keys(await fakeBrowser.storage.local.get(null)).filter((k) => k.startsWith('day:')).length;
      if (rawDays > 20 && Object.keys(items).some((k) => k === dayKey(today))) {
        failures++;
        throw new Error('QUOTA_BYTES quota exceeded');
      }
      return realSet(items);
    });
    const newest = stamp(water(400), localInstant(today, 600));
    await store.append([newest]);
    expect(failures).toBe(1);
    expect((await store.readDays([today]))[today]).toEqual([newest]);
    // What was rolled up is still counted.
    const older = addDays(today, -60);
    expect((await store.totals([older]))[older]).toEqual(totalsOf(busyDay(older)));
  });

  it('an import never hides or replaces the totals of a day already rolled up here', async () => {
    const store = createHistoryStore();
    const old = '2026-08-01';
    const mine = totalsOf(busyDay(old));
    await fakeBrowser.storage.local.set({ [ROLLUP_KEY]: { [old]: mine } });
    const added = await store.importBundle({
      days: { [old]: [stamp(water(), localInstant(old, 600))] },
      rollup: {},
    });
    expect(added).toEqual({ days: {}, rollup: [] });
    await store.compact('2026-11-24');
    expect((await store.totals([old]))[old]).toEqual(mine);
  });

  it('a date with neither raw events nor a roll-up counts as empty', async () => {
    const store = createHistoryStore();
    expect((await store.totals(['2020-01-01']))['2020-01-01']).toEqual(totalsOf([]));
    expect(DAY).toBe(86_400_000);
  });
});

describe('totals kept beside a finished day’s events', () => {
  const today = '2026-11-24';
  const yesterday = addDays(today, -1);
  const local = async (key: string): Promise<unknown> => (await fakeBrowser.storage.local.get(key))[key];

  /** The day's kept totals are those of its events as stored, and totals() says the same. */
  async function expectKeptRight(date: string, store = createHistoryStore()) {
    const events = ((await local(dayKey(date))) as unknown[]).filter(isHistoryEvent);
    expect(await local(totalsKey(date))).toEqual({ v: KEPT_TOTALS_VERSION, totals: totalsOf(events) });
    expect((await store.totals([date]))[date]).toEqual(totalsOf(events));
  }

  /** The keys storage.local was asked for while `read` ran. */
  async function keysRead(read: () => Promise<unknown>): Promise<string[]> {
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    await read();
    const keys = get.mock.calls.flatMap(([asked]) => (Array.isArray(asked) ? asked : [String(asked)]));
    get.mockRestore();
    return keys;
  }

  it('the daily compaction keeps each finished day’s totals; reading totals then reads raw events only for today', async () => {
    const store = createHistoryStore();
    const dates = [addDays(today, -2), yesterday, today];
    for (const date of dates) await store.append(busyDay(date));
    await store.compact(today);
    for (const date of dates.slice(0, 2)) await expectKeptRight(date, store);
    // Today is still being logged: its totals come from its events.
    expect(await local(totalsKey(today))).toBeUndefined();
    const keys = await keysRead(async () => {
      const totals = await store.totals(dates);
      for (const date of dates) expect(totals[date]).toEqual(totalsOf(busyDay(date)));
    });
    expect(keys.filter((key) => key.startsWith('day:'))).toEqual([dayKey(today)]);
    // Every date had totals or events: the roll-up of the whole year is not read.
    expect(keys).not.toContain(ROLLUP_KEY);
  });

  it('a day without kept totals (not compacted since it ended) is counted from its events, and a rolled-up one from the roll-up', async () => {
    const store = createHistoryStore();
    const old = addDays(today, -200);
    await store.append([...busyDay(old), ...busyDay(yesterday)]);
    await store.compact(addDays(old, RAW_DAYS + 1));
    expect(await local(ROLLUP_KEY)).toHaveProperty(old);
    const totals = await store.totals([old, yesterday, today]);
    expect(totals).toEqual({
      [old]: totalsOf(busyDay(old)),
      [yesterday]: totalsOf(busyDay(yesterday)),
      [today]: totalsOf([]),
    });
  });

  it('a past day’s kept totals change with its events, in the same write: a late event, an undo, an import and its undo', async () => {
    const store = createHistoryStore();
    await store.append(busyDay(yesterday));
    await store.compact(today);
    const late = stampEvent(water(400), localInstant(today, 30), yesterday);
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.append([late]);
    expect(set.mock.calls.map(([items]) => Object.keys(items).sort())).toEqual([
      [dayKey(yesterday), totalsKey(yesterday)],
    ]);
    set.mockRestore();
    await expectKeptRight(yesterday, store);
    expect(await store.remove(yesterday, late.id)).toBe(true);
    await expectKeptRight(yesterday, store);
    const imported = [stampEvent(water(150), localInstant(yesterday, 23 * 60), yesterday)];
    const added = await store.importBundle({ days: { [yesterday]: imported }, rollup: {} });
    await expectKeptRight(yesterday, store);
    expect((await store.totals([yesterday]))[yesterday]).toEqual(totalsOf([...busyDay(yesterday), ...imported]));
    expect(await store.removeAdded(added)).toBe(1);
    await expectKeptRight(yesterday, store);
    expect((await store.totals([yesterday]))[yesterday]).toEqual(totalsOf(busyDay(yesterday)));
  });

  it('undoing an import that made a day takes the day’s kept totals away with its events', async () => {
    const store = createHistoryStore();
    const added = await store.importBundle({ days: { [yesterday]: busyDay(yesterday) }, rollup: {} });
    await store.compact(today);
    await expectKeptRight(yesterday, store);
    await store.removeAdded(added);
    expect(await local(dayKey(yesterday))).toBeUndefined();
    expect(await local(totalsKey(yesterday))).toBeUndefined();
    expect((await store.totals([yesterday]))[yesterday]).toEqual(totalsOf([]));
  });

  it('totals another version counted, or damaged ones, are not used, and are counted again at the next compaction', async () => {
    const store = createHistoryStore();
    const before = addDays(today, -2);
    await store.append([...busyDay(before), ...busyDay(yesterday)]);
    const wrong = { ...totalsOf([]), waterMl: 99_999 };
    await fakeBrowser.storage.local.set({
      [totalsKey(before)]: { v: KEPT_TOTALS_VERSION + 1, totals: wrong },
      [totalsKey(yesterday)]: { v: KEPT_TOTALS_VERSION, totals: { ...wrong, waterMl: -1 } },
    });
    expect(await store.totals([before, yesterday])).toEqual({
      [before]: totalsOf(busyDay(before)),
      [yesterday]: totalsOf(busyDay(yesterday)),
    });
    await store.compact(today);
    await expectKeptRight(before, store);
    await expectKeptRight(yesterday, store);
  });

  it('rolling a day up takes its kept totals with it; totals left without events (an older version’s) go', async () => {
    const store = createHistoryStore();
    const edge = addDays(today, -RAW_DAYS);
    const orphan = addDays(today, -3);
    await store.append([...busyDay(edge), ...busyDay(yesterday)]);
    await store.compact(yesterday);
    await expectKeptRight(edge, store);
    await fakeBrowser.storage.local.set({ [totalsKey(orphan)]: { v: KEPT_TOTALS_VERSION, totals: totalsOf([]) } });
    await store.compact(today);
    const keys = Object.keys(await fakeBrowser.storage.local.get(null)).sort();
    expect(keys).toEqual([dayKey(yesterday), ROLLUP_KEY, totalsKey(yesterday)].sort());
    expect((await store.totals([edge]))[edge]).toEqual(totalsOf(busyDay(edge)));
  });

  it('a compaction that finds every kept total right writes nothing, whatever order storage gives their fields in', async () => {
    const store = createHistoryStore();
    await store.append(busyDay(yesterday));
    await store.compact(today);
    // Chrome hands objects back with their keys sorted.
    const sorted = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(sorted)
        : typeof value === 'object' && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .sort(([a], [b]) => (a < b ? -1 : 1))
                .map(([k, v]) => [k, sorted(v)]),
            )
          : value;
    await fakeBrowser.storage.local.set({ [totalsKey(yesterday)]: sorted(await local(totalsKey(yesterday))) });
    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await store.compact(today);
    expect(set).not.toHaveBeenCalled();
  });

  it('the export and the CSV carry exactly what they carried before totals were kept', async () => {
    const store = createHistoryStore();
    for (let back = RAW_DAYS + 5; back >= 0; back--) await store.append(busyDay(addDays(today, -back)));
    await store.compact(today);
    const keptKeys = async () =>
      Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith('totals:'));
    expect(await keptKeys()).toHaveLength(RAW_DAYS - 1);
    const withKept = await store.readAll();
    // The same store as the previous version left it: no totals beside the events.
    await fakeBrowser.storage.local.remove(await keptKeys());
    const without = await store.readAll();
    expect(Object.keys(without.days)).toHaveLength(RAW_DAYS);
    expect(Object.keys(without.rollup)).toHaveLength(6);
    expect(withKept).toEqual(without);
    expect(journalCsv(withKept, {})).toBe(journalCsv(without, {}));
  });
});
