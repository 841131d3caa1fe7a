/** The keyboard shortcuts (utils/commands.ts), as the worker's listener handles them. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { onCommand, SHORTCUT_NOTE } from '@/entrypoints/background/commands';
import { createHandlers } from '@/entrypoints/background/handlers';
import { COMMAND_NAMES, COMMANDS, manifestCommands } from '@/utils/commands';
import { onlyKinds } from '../factories';
import { environment } from '../fakes';
import {
  alarms,
  at,
  badge,
  bootWorker,
  history,
  hourly,
  runBackgroundMain,
  shownNotifications,
  useClock,
  withSettings,
} from './boot';

afterEach(() => {
  vi.useRealTimers();
});

describe('keyboard shortcuts', () => {
  it('log a cup: one drink of the person’s cup, the countdown restarted, and a note saying so', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }, { water: { cupMl: 300 } }));
    const worker = bootWorker();
    await worker.reconcile();
    await onCommand(worker, 'log-cup');
    expect((await history()).filter((e) => e.type === 'water').map((e) => e.type === 'water' && e.amountMl)).toEqual([
      300,
    ]);
    expect((await alarms())['glow:due:hydration']).toBe(at('10:30'));
    expect(shownNotifications()[SHORTCUT_NOTE]?.message).toBe('Logged 300 ml of water: 300 ml of 2,000 ml today.');
    await onCommand(worker, 'log-cup');
    // One note at a time: the second replaces the first.
    expect(Object.keys(shownNotifications())).toEqual([SHORTCUT_NOTE]);
    expect(shownNotifications()[SHORTCUT_NOTE]?.message).toBe('Logged 300 ml of water: 600 ml of 2,000 ml today.');
  });

  it('pause or resume: an hour’s pause, then resumed, each said on the toolbar and in a note', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    const worker = bootWorker();
    await onCommand(worker, 'toggle-pause');
    expect((await fakeBrowser.storage.local.get('pause')).pause).toBe(at('10:30'));
    expect(await badge()).toBe('❚❚');
    expect(shownNotifications()[SHORTCUT_NOTE]?.message).toBe('Paused, back at 10:30');
    await onCommand(worker, 'toggle-pause');
    expect((await fakeBrowser.storage.local.get('pause')).pause).toBeUndefined();
    expect(await badge()).toBe('');
    expect(shownNotifications()[SHORTCUT_NOTE]?.message).toBe('Reminders are back on.');
  });

  it('start a breathing break: the last pattern and length start now, and the view opens in a small window', async () => {
    useClock(at('09:30'));
    await fakeBrowser.storage.local.set({ breathingPrefs: { pattern: 'sigh', minutes: 2, tones: false } });
    const create = vi.spyOn(fakeBrowser.windows, 'create');
    const worker = bootWorker();
    await onCommand(worker, 'start-breathing');
    expect(create).toHaveBeenCalledWith(
      expect.objectContaining({ type: 'popup', url: expect.stringMatching(/popup\.html#breathe$/) }),
    );
    const { breathing } = await createHandlers(worker).getSnapshot(undefined);
    expect(breathing).toMatchObject({ pattern: 'sigh', minutes: 2, startedAt: at('09:30') });
  });

  it('with notifications blocked, the shortcut still works and no note is tried', async () => {
    useClock(at('09:30'));
    environment.permission = 'denied';
    const create = vi.spyOn(fakeBrowser.notifications, 'create');
    await onCommand(bootWorker(), 'log-cup');
    expect((await history()).filter((e) => e.type === 'water')).toHaveLength(1);
    expect(create).not.toHaveBeenCalled();
  });

  it('the worker listens from its first moment, and ignores commands that are not its own', async () => {
    useClock(at('09:30'));
    await runBackgroundMain();
    await environment.commandEvent.trigger('_execute_action');
    await environment.commandEvent.trigger('log-cup');
    await vi.waitFor(async () => expect((await history()).filter((e) => e.type === 'water')).toHaveLength(1));
  });

  it('the manifest declares each shortcut with its suggested keys and a catalog description', () => {
    expect(manifestCommands()).toEqual(
      Object.fromEntries(
        COMMAND_NAMES.map((name) => [
          name,
          {
            suggested_key: { default: COMMANDS[name].suggestedKey },
            description: `__MSG_${COMMANDS[name].description}__`,
          },
        ]),
      ),
    );
    // Chrome allows at most four suggested keys, each with Ctrl or Alt.
    expect(COMMAND_NAMES.length).toBeLessThanOrEqual(4);
    for (const name of COMMAND_NAMES) expect(COMMANDS[name].suggestedKey).toMatch(/^(Ctrl|Alt)\+/);
  });
});
