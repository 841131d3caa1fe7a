/**
 * Case 35, full screen: a reminder due while the window the person uses is full screen (a film,
 * slides) waits, as it does while away, and comes as one prompt when the window leaves full
 * screen. A setting, on by default; no permission asked.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { everyDay, fixedSchedule, intervalSchedule, onlyKinds } from '../factories';
import { environment } from '../fakes';
import {
  alarms,
  at,
  bootWorker,
  fire,
  hourly,
  hydrationFired,
  outcomes,
  runBackgroundMain,
  shownNotifications,
  useClock,
  withSettings,
} from './boot';

afterEach(() => {
  vi.useRealTimers();
});

const waterAndLunch = (hold = true) =>
  onlyKinds(
    { hydration: hourly, meal: fixedSchedule(['12:30']) },
    { general: { mergeMinutes: 0, holdInFullscreen: hold } },
  );

describe('case 35: full screen', () => {
  it('a reminder due in full screen waits; leaving full screen brings everything held as one prompt', async () => {
    useClock(at('11:50'));
    await withSettings(waterAndLunch());
    const worker = bootWorker();
    await worker.reconcile();
    environment.windowState = 'fullscreen';
    await fire(worker, 'glow:due:hydration');
    await fire(worker, 'glow:due:meal');
    await fire(worker, 'glow:due:hydration');
    expect(shownNotifications()).toEqual({});
    expect(await outcomes()).toEqual(['hydration:deferred', 'meal:deferred', 'hydration:deferred']);
    // Held: a check every minute, in case the browser does not say when full screen ends.
    expect((await fakeBrowser.alarms.get('glow:held'))?.periodInMinutes).toBe(1);
    // A window event while still in full screen changes nothing (index.ts calls onWindowChange for each).
    await worker.onWindowChange();
    expect(shownNotifications()).toEqual({});

    vi.setSystemTime(at('13:20'));
    environment.windowState = 'normal';
    await worker.onWindowChange();
    expect(Object.values(shownNotifications())).toHaveLength(1);
    expect(Object.values(shownNotifications())[0]?.title).toBe('Gentle reminders: Hydration and Mindful eating');
    expect(await fakeBrowser.alarms.get('glow:held')).toBeUndefined();
    // Counted from the prompt: water next at 14:20, and nothing again for what was held.
    expect((await alarms())['glow:due:hydration']).toBe(at('14:20'));
    await worker.onWindowChange();
    expect(Object.values(shownNotifications())).toHaveLength(1);
  });

  it('in Chrome the window event itself brings them, the moment full screen ends', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    await runBackgroundMain();
    await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('glow:due:hydration')).toBeTruthy());
    environment.windowState = 'fullscreen';
    await fire(bootWorker(), 'glow:due:hydration');
    expect(shownNotifications()).toEqual({});
    environment.windowState = 'normal';
    await environment.boundsEvent.trigger({ state: 'normal' });
    await vi.waitFor(() => expect(Object.keys(shownNotifications())).toHaveLength(1));
  });

  it('the held check brings them when the window left full screen without telling anyone', async () => {
    environment.windowState = 'fullscreen';
    const worker = await hydrationFired(onlyKinds({ hydration: hourly }));
    const check = await fakeBrowser.alarms.get('glow:held');
    if (!check) throw new Error('no held check');
    vi.setSystemTime(at('10:01'));
    await worker.onAlarm(check);
    expect(shownNotifications()).toEqual({});
    environment.windowState = 'maximized';
    vi.setSystemTime(at('10:02'));
    await worker.onAlarm(check);
    expect(Object.keys(shownNotifications())).toHaveLength(1);
    expect(await outcomes()).toEqual(['hydration:deferred', 'hydration:shown']);
  });

  it('back at the keyboard while a window is still full screen: still held', async () => {
    environment.idleState = 'idle';
    const worker = await hydrationFired(onlyKinds({ hydration: hourly }));
    environment.idleState = 'active';
    environment.windowState = 'fullscreen';
    await worker.onIdleState('active');
    expect(shownNotifications()).toEqual({});
    environment.windowState = 'normal';
    await worker.onWindowChange();
    expect(Object.keys(shownNotifications())).toHaveLength(1);
  });

  it('with the setting off, a reminder shows in full screen', async () => {
    useClock(at('11:50'));
    await withSettings(waterAndLunch(false));
    const worker = bootWorker();
    await worker.reconcile();
    environment.windowState = 'fullscreen';
    await fire(worker, 'glow:due:hydration');
    expect(Object.keys(shownNotifications())).toHaveLength(1);
    expect(await fakeBrowser.alarms.get('glow:held')).toBeUndefined();
  });

  it('reminders held into a pause are dropped with it: nothing comes while paused, the check stops', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: intervalSchedule(30, everyDay({ start: '09:00', end: '18:00' })) }));
    const worker = bootWorker();
    await worker.reconcile();
    environment.windowState = 'fullscreen';
    await fire(worker, 'glow:due:hydration');
    await createHandlers(worker).pause({ preset: 'forever' });
    environment.windowState = 'normal';
    await worker.onWindowChange();
    expect(shownNotifications()).toEqual({});
    expect(await alarms()).toEqual({});
  });
});
