/**
 * Cases 19 and 31 without a browser: the worker as built for Firefox (`import.meta.env.FIREFOX`,
 * so utils/platform.ts gives Firefox's facts) against the Firefox-shaped fake (tests/firefox-fake.ts).
 * The real-Firefox suite (e2e/firefox) checks the same in Firefox ESR; these fail in a second.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { actionsPort } from '@/components/options/model/ports';
import { createHandlers } from '@/entrypoints/background/handlers';
import { FIREFOX, PLATFORM } from '@/utils/platform';
import type { Settings } from '@/utils/settings/schema';
import { onlyKinds } from '../factories';
import { clickBody, refusedOption, toolbarBadge } from '../firefox-fake';
import {
  alarms,
  at,
  bootWorker,
  history,
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

/** Hourly water, "stays until answered" (which Chrome marks requireInteraction and Firefox refuses). */
function persistentWater(): Settings {
  const settings = onlyKinds({ hydration: hourly });
  return { ...settings, hydration: { ...settings.hydration, style: 'persistent' } };
}

/** What the worker reports through its listeners' catch (index.ts): every error lands here. */
function workerErrors() {
  return vi.spyOn(console, 'error').mockImplementation(() => undefined);
}

/** URLs of the windows the worker opened (the fake keeps no URL, so watch the calls). */
function watchWindows() {
  const create = vi.spyOn(fakeBrowser.windows, 'create');
  return () => create.mock.calls.map(([options]) => String(options?.url ?? ''));
}

describe('the fake is Firefox-shaped', () => {
  it('this project builds for Firefox, so the worker uses Firefox’s facts', () => {
    expect(PLATFORM).toBe(FIREFOX);
  });

  it('refuses what Firefox refuses, as Firefox says it', async () => {
    const options = { type: 'basic', iconUrl: '/i.png', title: 't', message: 'm' } as const;
    await expect(fakeBrowser.notifications.create('a', { ...options, buttons: [{ title: 'x' }] })).rejects.toThrow(
      'Type error for parameter options (Property "buttons" is unsupported by Firefox) for notifications.create.',
    );
    await expect(fakeBrowser.notifications.create('b', { ...options, requireInteraction: true })).rejects.toThrow(
      'Unexpected property "requireInteraction"',
    );
    expect(refusedOption(options)).toBeNull();
    expect('getPermissionLevel' in fakeBrowser.notifications).toBe(false);
    expect(Object.keys(fakeBrowser).filter((api) => api === 'action' || api === 'browserAction')).toEqual([
      Number(import.meta.env.MANIFEST_VERSION) === 3 ? 'action' : 'browserAction',
    ]);
  });
});

describe('case 31: the worker in a Firefox-shaped browser', () => {
  it('starting: every listener, the alarms armed, the toolbar badge set, no error', async () => {
    useClock(at('08:00'));
    const errors = workerErrors();
    const setBadge = vi.spyOn(await toolbarApi(), 'setBadgeText');
    await runBackgroundMain();
    await vi.waitFor(() => expect(setBadge).toHaveBeenCalled());
    expect(Object.keys(await alarms()).sort()).toEqual(['glow:due:hydration', 'glow:due:meal', 'glow:due:stress']);
    expect(fakeBrowser.notifications.onClicked.hasListeners()).toBe(true);
    expect(fakeBrowser.notifications.onClosed.hasListeners()).toBe(true);
    expect(errors).not.toHaveBeenCalled();
  });

  it('case 19: a due reminder becomes a notification with no buttons, even one that stays until answered', async () => {
    await hydrationFired(persistentWater());
    const shown = Object.values(shownNotifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ title: 'Time for some water' });
    expect(shown[0]?.buttons).toBeUndefined();
    expect(shown[0]?.requireInteraction).toBeUndefined();
    expect(await outcomes()).toEqual(['hydration:shown']);
    expect(await toolbarBadge()).toBe('');
  });

  it('case 19: the body click opens the reminder view and clears the notification; Firefox’s “by user” close is no decision', async () => {
    useClock(at('09:30'));
    await withSettings(persistentWater());
    const errors = workerErrors();
    await runBackgroundMain();
    const alarm = await vi.waitFor(async () => {
      const found = await fakeBrowser.alarms.get('glow:due:hydration');
      if (!found) throw new Error('not armed yet');
      return found;
    });
    vi.setSystemTime(alarm.scheduledTime);
    await fakeBrowser.alarms.onAlarm.trigger(alarm);
    const id = await vi.waitFor(() => {
      const [shown] = Object.keys(shownNotifications());
      if (!shown) throw new Error('not shown yet');
      return shown;
    });
    const windowsOpened = watchWindows();
    await clickBody(id);
    await vi.waitFor(() =>
      expect(windowsOpened()).toEqual([expect.stringMatching(new RegExp(`popup\\.html#reminder/${id}$`))]),
    );
    expect(shownNotifications()).toEqual({});
    // Whatever Firefox reported on closing, the reminder still waits for an answer.
    const { pending } = await createHandlers(bootWorker()).getSnapshot(undefined);
    expect(pending.map((p) => p.occurrence)).toEqual([id]);
    expect(await outcomes()).toEqual(['hydration:shown']);
    expect(errors).not.toHaveBeenCalled();
  });

  it('answering in that view is recorded once, and the view is told so', async () => {
    const worker = await hydrationFired(persistentWater());
    const [id] = Object.keys(shownNotifications());
    await worker.onClick(id as string);
    const handlers = createHandlers(bootWorker());
    const reply = { type: 'done', kind: 'hydration' } as const;
    expect(await handlers.act({ occurrence: id as string, reply })).toEqual({ recorded: true, opens: null });
    expect(await handlers.act({ occurrence: id as string, reply })).toEqual({ recorded: false, opens: null });
    expect(await outcomes()).toEqual(['hydration:shown', 'hydration:done']);
    expect((await history()).filter((e) => e.type === 'water')).toHaveLength(1);
  });

  it('"+1 cup" is logged and the popup hears that it was', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    const handlers = createHandlers(bootWorker());
    await expect(handlers.logWater({})).resolves.toMatchObject({ type: 'water', amountMl: 250 });
    expect((await history()).filter((e) => e.type === 'water')).toHaveLength(1);
  });

  it('case 17 in Firefox: a create that fails keeps the reminder pending, the toolbar badge shows it, answering clears it', async () => {
    // Firefox has no permission level to ask: a failing create is the only sign of blocking.
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error(''));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const worker = await hydrationFired(onlyKinds({ hydration: hourly }));
    expect(await outcomes()).toEqual(['hydration:pending']);
    expect(await toolbarBadge()).toBe('1');
    const handlers = createHandlers(worker);
    const [pending] = (await handlers.getSnapshot(undefined)).pending;
    const reply = { type: 'done', kind: 'hydration' } as const;
    expect(await handlers.act({ occurrence: pending?.occurrence as string, reply })).toEqual({
      recorded: true,
      opens: null,
    });
    expect(await toolbarBadge()).toBe('');
  });

  it('the options page says it cannot tell whether notifications are allowed', async () => {
    await expect(actionsPort.permission()).resolves.toBe('unknown');
  });
});

/** The toolbar API this build has, for spying on. */
async function toolbarApi() {
  return (fakeBrowser.action ?? Reflect.get(fakeBrowser, 'browserAction')) as typeof fakeBrowser.action;
}
