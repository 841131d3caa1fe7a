/**
 * Case 32: journal writes lose nothing. Check-ins from the popup and the new tab at the same
 * moment, edits of past days, and a corrupted entry repaired field by field with a copy kept.
 */
import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { emptyEntry, entryFromStored } from '@/utils/journal/entry';
import { journalKey } from '@/utils/journal/keys';
import { createJournalStore } from '@/utils/journal/store';
import { addDays } from '@/utils/time/clock';
import { at, bootWorker, MONDAY, useClock } from '../worker/boot';

const stored = async (date: string) => (await fakeBrowser.storage.local.get(journalKey(date)))[journalKey(date)];

describe('case 32: journal writes', () => {
  it('check-ins from popup and new tab at the same moment both land, each answer kept', async () => {
    useClock(at('21:00'));
    const handlers = createHandlers(bootWorker());
    // Popup and new tab answer different questions of the same day at once, each through the worker.
    await Promise.all([
      handlers.saveCheckin({ date: MONDAY, patch: { skin: 4, skinTags: ['dryness'] } }),
      handlers.saveCheckin({ date: MONDAY, patch: { gut: 2, own: [{ name: 'probiotic', on: true }] } }),
      handlers.saveCheckin({ date: MONDAY, patch: { sleepHours: 7.5, note: '=SUM(A1)' } }),
      handlers.saveCheckin({ date: MONDAY, patch: { own: [{ name: 'period', on: false }] } }),
    ]);
    expect(await stored(MONDAY)).toMatchObject({
      v: 1,
      date: MONDAY,
      skin: 4,
      skinTags: ['dryness'],
      gut: 2,
      sleepHours: 7.5,
      note: '=SUM(A1)',
      own: [
        { name: 'probiotic', on: true },
        { name: 'period', on: false },
      ],
    });
  });

  it('100 simultaneous check-in taps on one day: the last answer of each question stands, nothing lost', async () => {
    useClock(at('21:00'));
    const handlers = createHandlers(bootWorker());
    await Promise.all(
      Array.from({ length: 100 }, (_, i) =>
        handlers.saveCheckin({
          date: MONDAY,
          patch: i % 2 ? { plants: i % 40 } : { stress: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5 },
        }),
      ),
    );
    expect(await stored(MONDAY)).toMatchObject({ plants: 99 % 40, stress: (98 % 5) + 1 });
  });

  it('a past day is edited without touching today, and a day after today is refused', async () => {
    useClock(at('21:00'));
    const handlers = createHandlers(bootWorker());
    const yesterday = addDays(MONDAY, -1);
    await handlers.saveCheckin({ date: MONDAY, patch: { skin: 5 } });
    await handlers.saveCheckin({ date: yesterday, patch: { skin: 2 } });
    await handlers.saveCheckin({ date: yesterday, patch: { gut: 3 } });
    expect(await stored(yesterday)).toMatchObject({ skin: 2, gut: 3, date: yesterday });
    expect(await stored(MONDAY)).toMatchObject({ skin: 5 });
    await expect(handlers.saveCheckin({ date: addDays(MONDAY, 1), patch: { skin: 3 } })).rejects.toThrow();
    await expect(handlers.saveCheckin({ date: MONDAY, patch: { skin: 9 } as never })).rejects.toThrow();
    await expect(handlers.saveCheckin({ date: MONDAY, patch: { note: '<img src=x>' } })).rejects.toThrow();
    expect(await stored(addDays(MONDAY, 1))).toBeUndefined();
  });

  it('a corrupted entry is repaired field by field, with a copy of what was there kept', async () => {
    useClock(at('21:00'));
    const broken = { ...emptyEntry(MONDAY, 5), skin: 'glowing', gut: 4, sleepHours: 99, note: 'kept', extra: true };
    await fakeBrowser.storage.local.set({ [journalKey(MONDAY)]: broken });
    const read = entryFromStored(broken, MONDAY);
    expect(read?.replaced.sort()).toEqual(['extra', 'skin', 'sleepHours']);
    const handlers = createHandlers(bootWorker());
    await handlers.saveCheckin({ date: MONDAY, patch: { stress: 2 } });
    expect(await stored(MONDAY)).toMatchObject({ skin: null, gut: 4, sleepHours: null, note: 'kept', stress: 2 });
    expect((await stored(MONDAY)) as object).not.toHaveProperty('extra');
    const { journalRepairs } = await fakeBrowser.storage.local.get('journalRepairs');
    expect(journalRepairs).toEqual([
      { savedAt: at('21:00'), date: MONDAY, raw: broken, replaced: expect.arrayContaining(['skin', 'sleepHours']) },
    ]);
  });

  it('the daily sweep repairs every damaged day and leaves sound ones untouched', async () => {
    const sound = { ...emptyEntry('2026-11-20', 1), skin: 3 };
    await fakeBrowser.storage.local.set({
      [journalKey('2026-11-20')]: sound,
      [journalKey('2026-11-21')]: { skin: 4, gut: 'x' },
      [journalKey('2026-11-22')]: 'not an entry',
    });
    expect(await createJournalStore().repairAll(1000)).toBe(2);
    expect(await stored('2026-11-20')).toEqual(sound);
    expect(await stored('2026-11-21')).toMatchObject({ skin: 4, gut: null, v: 1 });
    expect(await stored('2026-11-22')).toMatchObject({ date: '2026-11-22', skin: null });
    const { journalRepairs } = await fakeBrowser.storage.local.get('journalRepairs');
    expect((journalRepairs as { raw: unknown }[]).map((c) => c.raw)).toEqual([{ skin: 4, gut: 'x' }, 'not an entry']);
  });

  it('an import adds missing days, replaces only older ones, and undo takes exactly that back', async () => {
    const store = createJournalStore();
    const mine = { ...emptyEntry('2026-11-20', 100), skin: 3 };
    const newerHere = { ...emptyEntry('2026-11-21', 900), skin: 5 };
    await fakeBrowser.storage.local.set({ [journalKey('2026-11-20')]: mine, [journalKey('2026-11-21')]: newerHere });
    const file = {
      entries: {
        '2026-11-19': { ...emptyEntry('2026-11-19', 50), gut: 2 as const },
        '2026-11-20': { ...emptyEntry('2026-11-20', 200), skin: 4 as const },
        '2026-11-21': { ...emptyEntry('2026-11-21', 300), skin: 1 as const },
      },
    };
    const added = await store.importBundle(file);
    expect(Object.keys(added.added)).toEqual(['2026-11-19']);
    expect(Object.keys(added.replaced)).toEqual(['2026-11-20']);
    expect(await stored('2026-11-20')).toMatchObject({ skin: 4 });
    expect(await stored('2026-11-21')).toEqual(newerHere);
    expect(await store.undoImport(added)).toBe(2);
    expect(await stored('2026-11-19')).toBeUndefined();
    expect(await stored('2026-11-20')).toEqual(mine);
  });

  it('today’s check-in answers an open check-in reminder and shows in the snapshot', async () => {
    useClock(at('21:00'));
    const worker = bootWorker();
    const handlers = createHandlers(worker);
    expect((await handlers.getSnapshot(undefined)).checkin).toBeNull();
    await handlers.saveCheckin({ date: MONDAY, patch: { skin: 4 } });
    expect((await handlers.getSnapshot(undefined)).checkin).toMatchObject({ skin: 4, date: MONDAY });
    const view = await handlers.getJournal({ days: 7 });
    expect(view.dates).toHaveLength(7);
    expect(view.dates.at(-1)).toBe(MONDAY);
    expect(view.entries[MONDAY]).toMatchObject({ skin: 4 });
  });
});
