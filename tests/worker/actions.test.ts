import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { FIREFOX, type Platform } from '@/utils/platform';
import { MINUTE } from '@/utils/time/clock';
import { onlyKinds } from '../factories';
import { environment } from '../fakes';
import {
  alarms,
  at,
  badge,
  bootWorker,
  fire,
  history,
  hourly,
  outcomes,
  runBackgroundMain,
  shownNotifications,
  threeKinds,
  useClock,
  withSettings,
} from './boot';

afterEach(() => {
  vi.useRealTimers();
});

async function deliveredHydration(options: { platform?: Platform } = {}) {
  useClock(at('09:30'));
  await withSettings(threeKinds());
  const worker = bootWorker(options);
  await worker.reconcile();
  await fire(worker, 'glow:due:hydration');
  const [id] = Object.keys(shownNotifications());
  return id as string;
}

/** URLs of the small windows the worker opened (the fake keeps no URL, so watch the calls). */
function watchWindows() {
  const create = vi.spyOn(fakeBrowser.windows, 'create');
  return () => create.mock.calls.map(([options]) => String(options?.url ?? ''));
}

describe('acting from the notification', () => {
  it('case 7: Done / Snooze after the worker died; double clicks — each recorded once, one alarm at the snooze end', async () => {
    const id = await deliveredHydration();
    vi.setSystemTime(at('10:02'));
    // The worker was killed after showing it; two fresh instances get the same double click.
    await Promise.all([bootWorker().onButton(id, 1), bootWorker().onButton(id, 1)]);
    await bootWorker().onButton(id, 1);
    expect(await outcomes()).toEqual(['hydration:shown', 'hydration:snoozed']);
    // The kind's one alarm moves to the end of the snooze; no other alarm is added.
    expect((await alarms())['glow:due:hydration']).toBe(at('10:02') + 10 * MINUTE);
    expect(Object.keys(await alarms()).sort()).toEqual(['glow:due:hydration', 'glow:due:meal', 'glow:due:stress']);
    expect(shownNotifications()).toEqual({});
  });

  it('case 7: "Drank a glass" twice logs one cup and one done', async () => {
    const id = await deliveredHydration();
    const worker = bootWorker();
    await Promise.all([worker.onButton(id, 0), worker.onButton(id, 0)]);
    const events = await history();
    expect(events.filter((e) => e.type === 'water').map((e) => e.type === 'water' && e.amountMl)).toEqual([250]);
    expect(await outcomes()).toEqual(['hydration:shown', 'hydration:done']);
    // Drinking restarts the countdown.
    expect((await alarms())['glow:due:hydration']).toBe(at('10:00') + 60 * MINUTE);
  });

  it('a snoozed reminder comes back once at now + snooze length', async () => {
    const id = await deliveredHydration();
    const worker = bootWorker();
    await worker.onButton(id, 1);
    await fire(worker, 'glow:due:hydration');
    const shown = Object.keys(shownNotifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]).not.toBe(id);
    expect(await outcomes()).toEqual(['hydration:shown', 'hydration:snoozed', 'hydration:shown']);
    // The countdown restarts from the snooze's prompt.
    expect((await alarms())['glow:due:hydration']).toBe(at('10:10') + 60 * MINUTE);
  });

  it('doing the thing ends a snooze of it: the countdown restarts from the drink', async () => {
    const id = await deliveredHydration();
    const worker = bootWorker();
    await worker.onButton(id, 1);
    vi.setSystemTime(at('10:04'));
    await createHandlers(worker).logWater({});
    expect((await alarms())['glow:due:hydration']).toBe(at('11:04'));
    expect(await outcomes()).toEqual(['hydration:shown', 'hydration:snoozed']);
  });

  it('"Breathe now" records done and opens the guided breathing view in a small window', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ stress: hourly }));
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:stress');
    const [id] = Object.keys(shownNotifications());
    const windowsOpened = watchWindows();
    await worker.onButton(id as string, 0);
    expect(await outcomes()).toEqual(['stress:shown', 'stress:done']);
    expect(windowsOpened()).toContainEqual(expect.stringMatching(/popup\.html#breathe$/));
  });

  it('a body click opens the matching view; closing by the person records dismissed once', async () => {
    const id = await deliveredHydration();
    const worker = bootWorker();
    const windowsOpened = watchWindows();
    await worker.onClick(id);
    expect(windowsOpened()).toContainEqual(expect.stringMatching(new RegExp(`popup\\.html#reminder/${id}$`)));
    await worker.onClosed(id, true);
    await worker.onClosed(id, true);
    expect(await outcomes()).toEqual(['hydration:shown', 'hydration:dismissed']);
  });

  it('a close by the system is not a decision', async () => {
    const id = await deliveredHydration();
    await bootWorker().onClosed(id, false);
    expect(await outcomes()).toEqual(['hydration:shown']);
  });

  it('case 19: Firefox — no buttons offered; the body click opens the actions; onClosed(byUser) not taken as a decision', async () => {
    const id = await deliveredHydration({ platform: FIREFOX });
    const [options] = Object.values(shownNotifications());
    expect(options?.buttons).toBeUndefined();
    expect(options?.requireInteraction).toBeUndefined();
    const worker = bootWorker({ platform: FIREFOX });
    await worker.onClosed(id, true);
    expect(await outcomes()).toEqual(['hydration:shown']);
    const windowsOpened = watchWindows();
    await worker.onClick(id);
    expect(windowsOpened()).toContainEqual(expect.stringMatching(new RegExp(`popup\\.html#reminder/${id}$`)));
    const done = { type: 'done', kind: 'hydration' } as const;
    expect(await worker.act(id, done)).toEqual({ recorded: true, opens: null });
    expect(await worker.act(id, done)).toEqual({ recorded: false, opens: null });
    expect(await outcomes()).toEqual(['hydration:shown', 'hydration:done']);
  });
});

describe('the worker at start', () => {
  it('case 1: listeners at start — alarms, notification click/button/close, install, startup, idle, storage, messages', async () => {
    useClock(at('08:00'));
    await runBackgroundMain();
    expect(fakeBrowser.alarms.onAlarm.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onButtonClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClosed.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onInstalled.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onStartup.hasListeners()).toBe(true);
    expect(environment.idleEvent.hasListeners()).toBe(true);
    expect(environment.boundsEvent.hasListeners()).toBe(true);
    expect(fakeBrowser.storage.sync.onChanged.hasListeners()).toBe(true);
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(true);
  });

  it('reading a snapshot writes nothing and arms nothing', async () => {
    await deliveredHydration();
    const before = {
      local: await fakeBrowser.storage.local.get(null),
      sync: await fakeBrowser.storage.sync.get(null),
      alarms: await alarms(),
    };
    const setLocal = vi.spyOn(fakeBrowser.storage.local, 'set');
    const create = vi.spyOn(fakeBrowser.alarms, 'create');
    const snapshot = await createHandlers(bootWorker()).getSnapshot(undefined);
    expect(snapshot.pending).toHaveLength(1);
    expect(setLocal).not.toHaveBeenCalled();
    expect(create).not.toHaveBeenCalled();
    expect({
      local: await fakeBrowser.storage.local.get(null),
      sync: await fakeBrowser.storage.sync.get(null),
      alarms: await alarms(),
    }).toEqual(before);
  });

  it('a new worker shows the pending count on the badge even when nothing changed', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    environment.permission = 'denied';
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:hydration');
    await fakeBrowser.action.setBadgeText({ text: '' }); // the browser restarted
    await bootWorker().reconcile();
    expect(await badge()).toBe('1');
  });

  it('an alarm that is not ours is ignored', async () => {
    useClock(at('08:00'));
    const worker = bootWorker();
    await worker.onAlarm({ name: 'another-extension-part', scheduledTime: at('08:00') });
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });
});
