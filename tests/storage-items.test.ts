/**
 * The registry of stored items (utils/storage/items.ts): versions and migrations, run on real old
 * data. The fixtures in tests/fixtures/ were written by the previous version's own code (settings
 * v1, export format 1): a person paused for two hours at 10:00 on a Monday, with their own
 * schedule, water in ounces and a dark theme.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { SETTINGS_VERSION } from '@/utils/settings/migrate';
import { validateSettings } from '@/utils/settings/schema';
import { EXPORT_VERSION, parseImport } from '@/utils/settings/transfer';
import v1Export from './fixtures/v1-export.json';
import v1Storage from './fixtures/v1-storage-paused.json';
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
/** What v3 adds to every earlier value: the sections a new person gets, the check-in off. */
const v3Additions = { checkin: DEFAULT_SETTINGS.checkin, journal: DEFAULT_SETTINGS.journal };
const { pausedUntil, ...v1General } = v1Settings.general;

describe('settings v1 → v2: the pause leaves the synced settings', () => {
  it('migrates a real v1 value: preferences kept, the running pause moved to this device, a copy kept', async () => {
    useClock(at('11:00'));
    const items = await startWithStored(v1Storage);
    const sync = await fakeBrowser.storage.sync.get(null);
    // v1 → v2 → v3: the pause moved out, then the check-in and the journal's questions added.
    expect(sync.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(sync.settings).toEqual({ ...v1Settings, general: v1General, ...v3Additions });
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
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toMatchObject({ general: v1General });
  });

  it('runs once: a second start finds v2 and writes nothing', async () => {
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

describe('settings v2 → v3: the check-in and the journal’s questions are added', () => {
  // Written by the v2 code: its own settings (dark, 2,500 ml goal, meals at 08:30, 13:00, 19:30), a
  // drink, a meal check, a delivered reminder and a one-hour pause on this device.
  it('migrates a real v2 value: every preference kept, the new sections as a new person gets them', async () => {
    useClock(at('09:30'));
    await startWithStored(v2Storage);
    const sync = await fakeBrowser.storage.sync.get(null);
    expect(sync.settings$).toEqual({ v: SETTINGS_VERSION });
    expect(sync.settings).toEqual({ ...v2Storage.sync.settings, ...v3Additions });
    const checked = validateSettings(sync.settings);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.value.checkin.enabled).toBe(false);
    expect(checked.value.checkin.schedule.fixed.times).toEqual(['21:00']);
    // Nothing replaced, so no copy is made (a v1 copy from the step before would stay).
    expect(await fakeBrowser.storage.local.get('settingsBackup')).toEqual({});
    // This device's pause, state and history are untouched.
    const local = await fakeBrowser.storage.local.get(null);
    expect(local).toEqual(v2Storage.local);
  });

  it('runs once, and the worker started after it keeps the pause and arms no check-in', async () => {
    useClock(at('09:30'));
    await startWithStored(v2Storage);
    const { bootWorker, alarms } = await import('./worker/boot');
    await bootWorker().reconcile();
    const armed = await alarms();
    expect(armed['glow:resume']).toBe(v2Storage.local.pause);
    expect(armed).not.toHaveProperty('glow:due:checkin');
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    vi.resetModules();
    await (await import('@/utils/storage/items')).settingsItem.getValue();
    expect(set).not.toHaveBeenCalled();
  });
});

describe('an export file of format 1', () => {
  it('imports: its settings are read as today’s, and its pause does not pause this device', () => {
    const result = parseImport(JSON.stringify(v1Export));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { pausedUntil: _pause, ...general } = v1Export.settings.general;
    expect(result.file.version).toBe(EXPORT_VERSION);
    expect(result.file.settings).toEqual({ ...v1Export.settings, general, ...v3Additions });
  });
});
