import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { NewEvent, stampEvent } from '@/utils/history/events';
import { dayKey, RAW_DAYS, ROLLUP_KEY } from '@/utils/history/keys';
import { createHistoryStore } from '@/utils/history/store';
import { totalsOf } from '@/utils/history/totals';
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
