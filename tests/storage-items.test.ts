/**
 * The registry of stored items (utils/storage/items.ts): versions and migrations, run on real old
 * data. The fixtures in tests/fixtures/ were written by earlier versions' own code:
 * - v1 (settings v1, export format 1): a person paused for two hours at 10:00 on a Monday, with
 *   their own schedule, water in ounces and a dark theme;
 * - v2 (settings v2, export format 2): water every 45 minutes in ounces, a dark theme, saved and
 *   hidden tips (tip preferences v1), a drink and a breathing break logged, paused for two hours
 *   at 09:30 on a Monday;
 * - v3 (settings v3, export format 3): a day starting at 04:00, a dark theme, a 2,500 ml goal, meals
 *   at 08:30, 13:00 and 19:30 on workdays, a drink, a delivered reminder, a breathing break and a
 *   one-hour pause on this device;
 * - v4 (settings v4, export format 4): a day starting at 04:00, the evening check-in on at 21:30
 *   with two factors of the person's own and no dairy question, a drink, that day's check-in, a
 *   check-in reminder shown, saved and hidden tips (tip preferences v1) and a one-hour pause; its
 *   history has no totals kept beside the day's events (they came later).
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { SETTINGS_VERSION } from '@/utils/settings/migrate';
import { validateSettings } from '@/utils/settings/schema';
import { EXPORT_VERSION, parseImport } from '@/utils/settings/transfer';
import v1Export from './fixtures/v1-export.json';
import v1Storage from './fixtures/v1-storage-paused.json';
import v2Export from './fixtures/v2-export.json';
import v2Storage from './fixtures/v2-storage.json';
import v3Export from './fixtures/v3-export.json';
import v3Storage from './fixtures/v3-storage.json';
import v4Export from './fixtures/v4-export.json';
import v4Storage from './fixtures/v4-storage.json';
import { at, useClock } from './worker/boot';

afterEach(() => {
  vi.useRealTimers();
});

/** The registry as a worker starting after the update loads it: its items' migrations run now. */
async function startWithStored(stored: { sync: object; local: object }) {
  await fakeBrowser.storage.sync.set(structuredClone(stored.sync));
  await fakeBrowser.storage.local.set(structuredClone(stored.local));
  vi.resetModules();
  const items = await import('@/utils/storage/items');
  // Reading an item waits for its migration.
  await items.settingsItem.getValue();
  return items;
}

const v1Settings = v1Storage.sync.settings;
/** v3 → v4: the check-in and the journal's questions, as a new person gets them (the check-in off). */
const v4Additions = { checkin: DEFAULT_SETTINGS.checkin, journal: DEFAULT_SETTINGS.journal };
const { pausedUntil, ...v1General } = v1Settings.general;

/** A v4 value as today's: the full-screen hold is added, on (v5). */
const fromV4 = <T extends { general: object }>(settings: T) => ({
  ...settings,
  general: { ...settings.general, holdInFullscreen: true },
});
/** A v3 value as today's: v4's additions, then v5's. */
const fromV3 = <T extends { general: object }>(settings: T) => fromV4({ ...settings, ...v4Additions });
/** A v2 value as today's: the day starts at midnight, as it always did (v3), then v4's and v5's additions. */
const fromV2 = <T extends { general: object }>(settings: T) =>
  fromV3({ ...settings, general: { ...settings.general, dayStartHour: 0 } });

describe('settings v1 → today: the pause leaves the synced settings, the day starts at midnight', () => {
  it('migrates a real v1 value: preferences kept, the running pause moved to this device, a copy kept', async () => {
    useClock(at('11:00'));
    const items = await startWithStored(v1Storage);
    const sync = await fakeBrowser.storage.sync.get(null);
    // v1 → … → v5: the pause moved out, the day starts at midnight, the check-in added, the full-screen hold on.
    expect(sync.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(sync.settings).toEqual(fromV2({ ...v1Settings, general: v1General }));
    const checked = validateSettings(sync.settings);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    // Everything the person chose survives.
    expect(checked.value.water).toEqual({ goalMl: 2366, cupMl: 296, unit: 'oz', stopWhenGoalMet: true });
    expect(checked.value.hydration.message).toBe('Sip some water 💧');
    expect(await items.pauseItem.getValue()).toBe(pausedUntil);
    expect(await items.settingsBackupItem.getValue()).toMatchObject({ fromVersion: 1, raw: v1Settings });
    // History and the worker's state are untouched.
    const local = await fakeBrowser.storage.local.get(['day:2026-11-23', 'worker']);
    expect(local).toEqual({ 'day:2026-11-23': v1Storage.local['day:2026-11-23'], worker: v1Storage.local.worker });
  });

  it('a pause that ended before the update is not carried over', async () => {
    useClock(at('13:00'));
    const items = await startWithStored(v1Storage);
    expect(await items.pauseItem.getValue()).toBeNull();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({
      general: { ...v1General, dayStartHour: 0, holdInFullscreen: true },
    });
  });

  it('runs once: a second start finds the current version and writes nothing', async () => {
    useClock(at('11:00'));
    await startWithStored(v1Storage);
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    vi.resetModules();
    await (await import('@/utils/storage/items')).settingsItem.getValue();
    expect(set).not.toHaveBeenCalled();
  });

  it('the worker, started after the update, keeps the pause: no alarm before it ends', async () => {
    useClock(at('11:00'));
    await startWithStored(v1Storage);
    const { bootWorker, alarms } = await import('./worker/boot');
    await bootWorker().reconcile();
    const armed = await alarms();
    expect(armed['glow:resume']).toBe(pausedUntil);
    expect(Object.values(armed).every((when) => when >= pausedUntil)).toBe(true);
  });

  it('a value stamped by a newer version is never clobbered', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const newer = { ...structuredClone(DEFAULT_SETTINGS), extraFromTheFuture: true };
    await startWithStored({ sync: { settings: newer, settings$: { v: 9 } }, local: {} });
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({ settings: newer, settings$: { v: 9 } });
    expect(error).toHaveBeenCalled();
  });

  it('a first write on a new device stamps the current version', async () => {
    const items = await startWithStored({ sync: {}, local: {} });
    await items.settingsItem.setValue(DEFAULT_SETTINGS);
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: SETTINGS_VERSION });
  });
});

describe('settings v2 → today: the hour the day starts, the check-in, the full-screen hold', () => {
  it('migrates a real v2 value: everything kept, the day starting at midnight; the pause and history untouched', async () => {
    useClock(at('09:30'));
    const items = await startWithStored(v2Storage);
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(sync.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(sync.settings).toEqual(fromV2(v2Storage.sync.settings));
    const checked = validateSettings(sync.settings);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.hydration.schedule.interval.everyMinutes).toBe(45);
    expect(checked.value.water).toEqual({ goalMl: 2366, cupMl: 296, unit: 'oz', stopWhenGoalMet: true });
    expect(await items.pauseItem.getValue()).toBe(v2Storage.local.pause);
    // Only fields were added: no backup is written, and this device's pause, state and history are untouched.
    expect(await items.settingsBackupItem.getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(v2Storage.local);
  });

  it('the worker, started after the update, keeps the v2 pause: no alarm before it ends', async () => {
    useClock(at('10:00'));
    await startWithStored(v2Storage);
    const { bootWorker, alarms } = await import('./worker/boot');
    await bootWorker().reconcile();
    const armed = await alarms();
    expect(armed['glow:resume']).toBe(v2Storage.local.pause);
    expect(Object.values(armed).every((when) => when >= v2Storage.local.pause)).toBe(true);
  });
});

describe('settings v3 → today: the check-in and the journal’s questions are added, then the full-screen hold', () => {
  it('migrates a real v3 value: every preference kept (the 04:00 day start too), the new sections as a new person gets them', async () => {
    useClock(at('10:00'));
    await startWithStored(v3Storage);
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(sync.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(sync.settings).toEqual(fromV3(v3Storage.sync.settings));
    const checked = validateSettings(sync.settings);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.general.dayStartHour).toBe(4);
    expect(checked.value.checkin.enabled).toBe(false);
    expect(checked.value.checkin.schedule.fixed.times).toEqual(['21:00']);
    // Nothing replaced, so no copy is made; this device's pause, state and history are untouched.
    expect(await fakeBrowser.storage.local.get(null)).toEqual(v3Storage.local);
  });

  it('runs once, and the worker started after it keeps the pause and arms no check-in', async () => {
    useClock(at('10:00'));
    await startWithStored(v3Storage);
    const { bootWorker, alarms } = await import('./worker/boot');
    await bootWorker().reconcile();
    const armed = await alarms();
    expect(armed['glow:resume']).toBe(v3Storage.local.pause);
    expect(armed).not.toHaveProperty('glow:due:checkin');
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    vi.resetModules();
    await (await import('@/utils/storage/items')).settingsItem.getValue();
    expect(set).not.toHaveBeenCalled();
  });
});

describe('settings v4 → v5: the full-screen hold is added, on', () => {
  it('migrates a real v4 value: every choice kept (the check-in, its factors, the day start), the hold on', async () => {
    useClock(at('21:40'));
    const items = await startWithStored(v4Storage);
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(sync.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(sync.settings).toEqual(fromV4(v4Storage.sync.settings));
    const checked = validateSettings(sync.settings);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.checkin.schedule.fixed.times).toEqual(['21:30']);
    expect(checked.value.journal).toEqual({
      factors: ['probiotic', 'new moisturiser'],
      askDairy: false,
      askAlcohol: true,
    });
    expect(checked.value.general.holdInFullscreen).toBe(true);
    // Only a field was added: no backup, and this device's pause, state, history and journal stay as v4 left them.
    expect(await items.settingsBackupItem.getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(v4Storage.local);
  });

  it('the worker started after it keeps the pause, and the journal reads the v4 check-in', async () => {
    useClock(at('21:40'));
    await startWithStored(v4Storage);
    const { bootWorker, alarms } = await import('./worker/boot');
    await bootWorker().reconcile();
    expect((await alarms())['glow:resume']).toBe(v4Storage.local.pause);
    const { createJournalStore } = await import('@/utils/journal/store');
    const entries = await createJournalStore().readAll();
    expect(entries['2026-11-23']).toMatchObject({ skin: 4, note: 'Calm day; skin a little dry.' });
  });
});

describe('history as v4 stored it: totals come to be kept beside each finished day', () => {
  it('the real v4 day is counted from its events, then its totals are kept at the next day’s compaction; the events and the export stay as they were', async () => {
    const day = '2026-11-23';
    const events = v4Storage.local[`day:${day}`];
    useClock(at('09:00', '2026-11-24'));
    await startWithStored(v4Storage);
    const { bootWorker } = await import('./worker/boot');
    const { createHandlers } = await import('@/entrypoints/background/handlers');
    const { createHistoryStore } = await import('@/utils/history/store');
    const { totalsOf } = await import('@/utils/history/totals');
    const { isHistoryEvent } = await import('@/utils/history/events');
    const expected = totalsOf((events as unknown[]).filter(isHistoryEvent));
    expect(expected).toMatchObject({ waterMl: 250, drinks: 1, outcomes: { shown: 1 } });
    const worker = bootWorker();
    const handlers = createHandlers(worker);
    expect(await fakeBrowser.storage.local.get(`totals:${day}`)).toEqual({});
    expect((await handlers.getJournal({ days: 2 })).totals[day]).toEqual(expected);
    const exported = await createHistoryStore().readAll();
    await worker.reconcile();
    expect((await fakeBrowser.storage.local.get(`totals:${day}`))[`totals:${day}`]).toEqual({ v: 1, totals: expected });
    expect((await handlers.getJournal({ days: 2 })).totals[day]).toEqual(expected);
    expect((await fakeBrowser.storage.local.get(`day:${day}`))[`day:${day}`]).toEqual(events);
    expect(exported).toEqual({ days: { [day]: events }, rollup: {} });
    // The export still carries the day's events, and only them (today's come beside them).
    const after = await createHistoryStore().readAll();
    expect(after.days[day]).toEqual(events);
    expect(after.rollup).toEqual({});
  });
});

describe('tip preferences v1 → v2: topics and the remembered filter join saved and hidden tips', () => {
  it.each([
    ['v2', v2Storage],
    ['v4', v4Storage],
  ])(
    'migrates the real v1 value %s code wrote: saved and hidden kept, the general topics, no filter',
    async (_, stored) => {
      const items = await startWithStored(stored);
      const { loadPrefs } = await import('@/utils/tips/prefs-store');
      const expected = {
        saved: ['thirty-plants-a-week', 'fermented-what-counts'],
        hidden: ['acne-and-dairy'],
        topics: ['glow', 'gut'],
        filter: null,
      };
      expect(await items.tipPrefsItem.getValue()).toEqual(expected);
      expect((await fakeBrowser.storage.sync.get('tipPrefs$')).tipPrefs$).toEqual({ v: 2 });
      expect(await loadPrefs()).toEqual(expected);
    },
  );
});

describe('export files of earlier formats', () => {
  it('format 1 imports: its settings are read as today’s, and its pause does not pause this device', () => {
    const result = parseImport(JSON.stringify(v1Export));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { pausedUntil: _pause, ...general } = v1Export.settings.general;
    expect(result.file.version).toBe(EXPORT_VERSION);
    expect(result.file.settings).toEqual(fromV2({ ...v1Export.settings, general }));
  });

  it('format 2 imports: its settings are read as today’s', () => {
    const result = parseImport(JSON.stringify(v2Export));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.settings).toEqual(fromV2(v2Export.settings));
    expect(result.file.history).toEqual(v2Export.history);
  });

  it('format 3 imports: its settings are read as today’s, its day start kept', () => {
    const result = parseImport(JSON.stringify(v3Export));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.version).toBe(EXPORT_VERSION);
    expect(result.file.settings).toEqual(fromV3(v3Export.settings));
  });

  it('format 4 imports: its settings read as today’s, its history and journal kept, no tips (they stay as they are)', () => {
    const result = parseImport(JSON.stringify(v4Export));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.version).toBe(EXPORT_VERSION);
    expect(result.file.settings).toEqual(fromV4(v4Export.settings));
    expect(result.file.history).toEqual(v4Export.history);
    expect(result.file.journal).toEqual(v4Export.journal);
    expect(result.file.tips).toBeUndefined();
  });
});
