import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { collectHistory, countEvents, type HistoryBundle } from '@/utils/history/bundle';
import { dayKey, ROLLUP_KEY } from '@/utils/history/keys';
import { totalsOf } from '@/utils/history/totals';
import { localInstant } from '@/utils/time/clock';
import { stamp } from '../factories';
import { bootWorker } from '../worker/boot';

const drink = (date: string, minute: number, id?: string) =>
  stamp({ type: 'water', amountMl: 250 }, localInstant(date, minute), id);

describe('history in an export', () => {
  it('collects day lists and the roll-up, leaving out anything invalid', () => {
    const good = drink('2026-11-22', 600);
    const bundle = collectHistory({
      [dayKey('2026-11-22')]: [good, { type: 'water', amountMl: 'lots' }],
      [dayKey('2026-11-21')]: 'not a list',
      'day:garbage': [good],
      [ROLLUP_KEY]: { '2026-08-01': totalsOf([good]), '2026-08-02': { waterMl: -1 } },
      settings: {},
    });
    expect(bundle).toEqual({ days: { '2026-11-22': [good] }, rollup: { '2026-08-01': totalsOf([good]) } });
    expect(countEvents(bundle)).toBe(1);
  });
});

describe('importing history through the worker', () => {
  it('adds only what is not stored yet, in one write, and undo takes exactly that away again', async () => {
    const handlers = createHandlers(bootWorker());
    const mine = drink('2026-11-22', 600, 'mine');
    const shared = drink('2026-11-22', 660, 'shared');
    await fakeBrowser.storage.local.set({
      [dayKey('2026-11-22')]: [mine, shared],
      [ROLLUP_KEY]: { '2026-08-01': totalsOf([mine]) },
    });
    const bundle: HistoryBundle = {
      days: {
        '2026-11-22': [shared, drink('2026-11-22', 480, 'early')],
        '2026-11-20': [drink('2026-11-20', 480, 'other-day')],
      },
      rollup: { '2026-08-01': totalsOf([]), '2026-07-01': totalsOf([mine, mine]) },
    };
    const added = await handlers.importHistory(bundle);
    expect(added).toEqual({ days: { '2026-11-22': ['early'], '2026-11-20': ['other-day'] }, rollup: ['2026-07-01'] });
    const stored = await fakeBrowser.storage.local.get(null);
    expect((stored[dayKey('2026-11-22')] as { id: string }[]).map((e) => e.id)).toEqual(['early', 'mine', 'shared']);
    expect(stored[ROLLUP_KEY]).toEqual({ '2026-08-01': totalsOf([mine]), '2026-07-01': totalsOf([mine, mine]) });

    // Something logged after the import stays when it is undone.
    const later = drink('2026-11-22', 700, 'later');
    await createHandlers(bootWorker()).importHistory({ days: { '2026-11-22': [later] }, rollup: {} });
    await expect(handlers.undoHistoryImport(added)).resolves.toEqual({ removed: 3 });
    const after = await fakeBrowser.storage.local.get(null);
    expect((after[dayKey('2026-11-22')] as { id: string }[]).map((e) => e.id)).toEqual(['mine', 'shared', 'later']);
    expect(after[dayKey('2026-11-20')]).toBeUndefined();
    expect(after[ROLLUP_KEY]).toEqual({ '2026-08-01': totalsOf([mine]) });
  });

  it('the worker checks what it is sent: an invalid bundle writes nothing', async () => {
    const handlers = createHandlers(bootWorker());
    const before = await fakeBrowser.storage.local.get(null);
    await expect(
      handlers.importHistory({ days: { '2026-11-22': [{ id: 'x' }] }, rollup: {} } as unknown as HistoryBundle),
    ).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});
