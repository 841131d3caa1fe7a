/**
 * The registry of stored items (utils/storage/items.ts): versions and migrations, run on real old
 * data. The fixtures in tests/fixtures/ were written by earlier versions' own code. v1 (settings
 * v1, export format 1): a person paused for two hours at 10:00 on a Monday, with their own
 * schedule, water in ounces and a dark theme. v2 (settings v2, export format 2): a person with
 * water every 45 minutes in ounces, a dark theme, saved and hidden tips, a drink and a breathing
 * break logged, paused for two hours at 09:30 on a Monday.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { validateSettings } from '@/utils/settings/schema';
import { parseImport } from '@/utils/settings/transfer';
import v1Export from './fixtures/v1-export.json';
import v1Storage from './fixtures/v1-storage-paused.json';
import v2Export from './fixtures/v2-export.json';
import v2Storage from './fixtures/v2-storage.json';
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
const { pausedUntil, ...v1General } = v1Settings.general;

describe('settings v1 → v2: the pause leaves the synced settings', () => {
  it('migrates a real v1 value: preferences kept, the running pause moved to this device, a copy kept', async () => {
    useClock(at('11:00'));
    const items = await startWithStored(v1Storage);
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(sync.settings$).toEqual({ v: 3 });
    // …and on to v3 in the same start: the full-screen hold is added, on.
    expect(sync.settings).toEqual({ ...v1Settings, general: { ...v1General, holdInFullscreen: true } });
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
      general: { ...v1General, holdInFullscreen: true },
    });
  });

  it('runs once: a second start finds v3 and writes nothing', async () => {
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
    expect((await fakeBrowser.storage.sync.get('settings$')).settings$).toEqual({ v: 3 });
  });
});

const v2Settings = v2Storage.sync.settings;

describe('settings v2 → v3: the full-screen hold is added, on', () => {
  it('migrates a real v2 value: every choice kept, the hold on, nothing else touched', async () => {
    useClock(at('10:00'));
    const items = await startWithStored(v2Storage);
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(sync.settings$).toEqual({ v: 3 });
    expect(sync.settings).toEqual({ ...v2Settings, general: { ...v2Settings.general, holdInFullscreen: true } });
    const checked = validateSettings(sync.settings);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.hydration.schedule.interval.everyMinutes).toBe(45);
    expect(checked.value.water).toEqual({ goalMl: 2366, cupMl: 296, unit: 'oz', stopWhenGoalMet: true });
    // Only a field was added: no backup is written, and this device's pause, history, worker
    // state and tips stay as v2 left them.
    expect(await items.settingsBackupItem.getValue()).toBeNull();
    expect(await fakeBrowser.storage.local.get(null)).toEqual(v2Storage.local);
  });

  it('the worker, started after the update, keeps the v2 pause and the v2 schedule', async () => {
    useClock(at('10:00'));
    await startWithStored(v2Storage);
    const { bootWorker, alarms } = await import('./worker/boot');
    await bootWorker().reconcile();
    const armed = await alarms();
    expect(armed['glow:resume']).toBe(v2Storage.local.pause);
    expect(Object.values(armed).every((when) => when >= v2Storage.local.pause)).toBe(true);
  });
});

describe('tip preferences v1 → v2: topics and the remembered filter join saved and hidden tips', () => {
  it('migrates the real v1 value v2 code wrote: saved and hidden kept, the general topics, no filter', async () => {
    const items = await startWithStored(v2Storage);
    const { loadPrefs } = await import('@/utils/tips/prefs-store');
    expect(await items.tipPrefsItem.getValue()).toEqual({
      ...v2Storage.sync.tipPrefs,
      topics: ['glow', 'gut'],
      filter: null,
    });
    expect((await fakeBrowser.storage.sync.get('tipPrefs$')).tipPrefs$).toEqual({ v: 2 });
    expect(await loadPrefs()).toEqual({
      saved: ['thirty-plants-a-week', 'fermented-what-counts'],
      hidden: ['acne-and-dairy'],
      topics: ['glow', 'gut'],
      filter: null,
    });
  });
});

describe('old export files', () => {
  it('format 1 imports: its settings are read as v3, and its pause does not pause this device', () => {
    const result = parseImport(JSON.stringify(v1Export));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { pausedUntil: _pause, ...general } = v1Export.settings.general;
    expect(result.file.version).toBe(3);
    expect(result.file.settings).toEqual({ ...v1Export.settings, general: { ...general, holdInFullscreen: true } });
  });

  it('format 2 imports: its settings are read as v3 and its history is kept', () => {
    const result = parseImport(JSON.stringify(v2Export));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.file.version).toBe(3);
    expect(result.file.settings).toEqual({
      ...v2Export.settings,
      general: { ...v2Export.settings.general, holdInFullscreen: true },
    });
    expect(result.file.history).toEqual(v2Export.history);
  });
});
