/**
 * The first run: a first install holds every reminder and opens the welcome page; finishing or
 * skipping it ends the hold; an update never opens it, and keeps what someone from before the
 * welcome page has been living with.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { keepEarlierDefaults } from '@/entrypoints/background/install';
import { buildSnapshot } from '@/entrypoints/background/snapshot';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { firstVersionDefaults } from '@/utils/settings/earlier-defaults';
import { alarms, at, bootWorker, fire, runBackgroundMain, shownNotifications, useClock } from './boot';

afterEach(() => {
  vi.useRealTimers();
});

const tabUrls = async () => (await fakeBrowser.tabs.query({})).map((tab) => tab.url);
const WELCOME = 'chrome-extension://test-extension-id/welcome.html';

describe('a first install', () => {
  it('opens the welcome page and arms no reminder until it is finished', async () => {
    useClock(at('10:55'));
    await runBackgroundMain();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'install' });
    await vi.waitFor(async () => expect(await tabUrls()).toContain(WELCOME));
    expect((await fakeBrowser.storage.local.get('setup')).setup).toBe('pending');
    expect(await alarms()).toEqual({});
    // The defaults' first prompt (water at 11:00) passes: nothing comes.
    vi.setSystemTime(at('11:30'));
    await bootWorker().reconcile();
    expect(await alarms()).toEqual({});
    expect(shownNotifications()).toEqual({});
  });

  it('its pages say why nothing is due', async () => {
    useClock(at('10:55'));
    const worker = bootWorker();
    await worker.beginSetup();
    const snapshot = await worker.transact.inspect(buildSnapshot);
    expect(snapshot.plan.setupPending).toBe(true);
    // The evening check-in is off until the person turns it on, setup or not.
    expect(Object.values(snapshot.next)).toEqual([
      { state: 'setup' },
      { state: 'setup' },
      { state: 'setup' },
      { state: 'off' },
    ]);
  });

  it('finishing (or skipping) the welcome page arms the reminders, counted from then', async () => {
    useClock(at('10:55'));
    const worker = bootWorker();
    await worker.beginSetup();
    vi.setSystemTime(at('12:10'));
    await createHandlers(worker).finishSetup(undefined);
    expect((await fakeBrowser.storage.local.get('setup')).setup).toBe('done');
    // Water every 2 hours from 09:00 (13:00), the 12:30 lunch check, a break every 4 hours (13:00).
    expect(await alarms()).toEqual({
      'glow:due:hydration': at('13:00'),
      'glow:due:stress': at('13:00'),
      'glow:due:meal': at('12:30'),
    });
    await fire(worker, 'glow:due:meal');
    expect(Object.keys(shownNotifications())).toHaveLength(1);
  });

  it('a stale alarm from before the hold fires nothing', async () => {
    useClock(at('10:55'));
    const worker = bootWorker();
    await worker.reconcile();
    const armed = await fakeBrowser.alarms.get('glow:due:hydration');
    await worker.beginSetup();
    if (!armed) throw new Error('no alarm armed before the hold');
    vi.setSystemTime(armed.scheduledTime);
    await worker.onAlarm(armed);
    expect(shownNotifications()).toEqual({});
  });
});

describe('an update', () => {
  it('never opens the welcome page or holds reminders', async () => {
    useClock(at('10:00'));
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS, settings$: { v: 3 } });
    await runBackgroundMain();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.1.0' });
    await vi.waitFor(async () => expect(Object.keys(await alarms())).toHaveLength(3));
    expect(await tabUrls()).not.toContain(WELCOME);
    expect((await fakeBrowser.storage.local.get('setup')).setup).toBeUndefined();
  });

  it('from before the welcome page, with no saved settings: the first version’s defaults are stored', async () => {
    await fakeBrowser.storage.local.set({ worker: { kinds: {} }, worker$: { v: 1 } });
    expect(await keepEarlierDefaults()).toBe(true);
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(firstVersionDefaults());
    // Once: the next update finds settings and leaves them.
    expect(await keepEarlierDefaults()).toBe(false);
  });

  it('saved settings, or a device that had the welcome page, are left as they are', async () => {
    await fakeBrowser.storage.sync.set({ settings: DEFAULT_SETTINGS, settings$: { v: 3 } });
    expect(await keepEarlierDefaults()).toBe(false);
    await fakeBrowser.storage.sync.clear();
    await fakeBrowser.storage.local.set({ setup: 'done' });
    expect(await keepEarlierDefaults()).toBe(false);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
