import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createHandlers } from '@/entrypoints/background/handlers';
import { HOUR, localInstant, MINUTE } from '@/utils/time/clock';
import { everyDay, fixedSchedule, intervalSchedule, onlyKinds } from '../factories';
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
  shownNotifications,
  threeKinds,
  useClock,
  withSettings,
} from './boot';

afterEach(() => {
  vi.useRealTimers();
});

describe('delivering', () => {
  it.each([
    ['skip', 0, at('14:00')],
    ['catch-up', 1, at('13:20') + HOUR],
    ['resume', 0, at('13:20') + HOUR],
  ] as const)(
    'case 6: sleep across three periods with "%s" — one prompt per kind at most, next due time sensible',
    async (policy, prompts, next) => {
      useClock(at('09:30'));
      await withSettings(onlyKinds({ hydration: hourly }, { general: { afterSleep: policy } }));
      const worker = bootWorker();
      await worker.reconcile();
      // Asleep from before 10:00 until 13:20: the one-shot alarm fires once, on wake.
      await fire(worker, 'glow:due:hydration', at('13:20') - at('10:00'));
      expect(Object.keys(shownNotifications())).toHaveLength(prompts);
      expect(await outcomes()).toEqual([prompts ? 'hydration:shown' : 'hydration:skipped']);
      expect((await alarms())['glow:due:hydration']).toBe(next);
    },
  );

  it('case 15: clock jumps forward three hours — no burst, at most one catch-up, alarms re-armed', async () => {
    useClock(at('09:30'));
    await withSettings(
      onlyKinds(
        { hydration: hourly, meal: fixedSchedule(['10:15']) },
        { general: { afterSleep: 'catch-up', mergeMinutes: 0 } },
      ),
    );
    const worker = bootWorker();
    await worker.reconcile();
    // Both one-shot alarms fire as soon as the clock has jumped past them.
    await fire(worker, 'glow:due:hydration', at('13:00') - at('10:00'));
    await fire(worker, 'glow:due:meal', at('13:00') - at('10:15'));
    await worker.reconcile();
    expect(Object.keys(shownNotifications())).toHaveLength(2);
    expect(Object.values(await alarms()).every((when) => when > at('13:00'))).toBe(true);
  });

  it('case 13: away — idle or locked when due: no notification; one prompt per kind on return', async () => {
    useClock(at('11:50'));
    await withSettings(
      onlyKinds({ hydration: hourly, meal: fixedSchedule(['12:30']) }, { general: { mergeMinutes: 0 } }),
    );
    const worker = bootWorker();
    await worker.reconcile();
    environment.idleState = 'locked';
    await fire(worker, 'glow:due:hydration');
    await fire(worker, 'glow:due:meal');
    await fire(worker, 'glow:due:hydration');
    expect(shownNotifications()).toEqual({});
    expect(await outcomes()).toEqual(['hydration:deferred', 'meal:deferred', 'hydration:deferred']);
    environment.idleState = 'active';
    await worker.onIdleState('active');
    await worker.onIdleState('active');
    const shown = Object.values(shownNotifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('Gentle reminders: Hydration and Mindful eating');
  });

  it('away off: reminders show even while idle', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }, { general: { away: { enabled: false, idleMinutes: 5 } } }));
    const worker = bootWorker();
    await worker.reconcile();
    environment.idleState = 'idle';
    await fire(worker, 'glow:due:hydration');
    expect(Object.keys(shownNotifications())).toHaveLength(1);
  });

  it('merges kinds due within the merge window into one notification that names both, at the fixed time', async () => {
    useClock(at('11:30'));
    await withSettings(
      onlyKinds({ hydration: hourly, meal: fixedSchedule(['12:05']) }, { general: { mergeMinutes: 10 } }),
    );
    const worker = bootWorker();
    await worker.reconcile();
    // Water (12:00) waits for the meal's fixed 12:05: both alarms are armed for it.
    expect(await alarms()).toEqual({ 'glow:due:hydration': at('12:05'), 'glow:due:meal': at('12:05') });
    await fire(worker, 'glow:due:hydration');
    // The meal's alarm went off at the same moment; its event comes after the prompt was handled.
    await worker.onAlarm({ name: 'glow:due:meal', scheduledTime: at('12:05') });
    const shown = Object.values(shownNotifications());
    expect(shown).toHaveLength(1);
    expect(shown[0]?.title).toBe('Gentle reminders: Hydration and Mindful eating');
    // One click never answers a kind for another: the first button opens the view that answers each.
    expect(shown[0]?.buttons?.map((b) => b.title)).toEqual(['Open', 'Snooze']);
    expect(await outcomes()).toEqual(['hydration:shown', 'meal:shown']);
    expect(await alarms()).toEqual({
      'glow:due:hydration': at('13:05'),
      'glow:due:meal': at('12:05', '2026-11-24'),
    });
  });

  it('goal met: the hydration reminder is skipped quietly', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }, { water: { goalMl: 500, stopWhenGoalMet: true } }));
    const worker = bootWorker();
    await worker.reconcile();
    const handlers = createHandlers(worker);
    await handlers.logWater({ amountMl: 500 });
    await fire(worker, 'glow:due:hydration');
    expect(shownNotifications()).toEqual({});
    expect(await outcomes()).toEqual(['hydration:skipped']);
  });

  it('pause and resume: paused reminders are skipped, resuming re-arms at once', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    const worker = bootWorker();
    await worker.reconcile();
    const fired = { name: 'glow:due:hydration', scheduledTime: at('10:00') };
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    expect(await worker.pause('1h')).toEqual({ pause: at('10:30') });
    expect(await fakeBrowser.storage.local.get('pause')).toEqual({ pause: at('10:30') });
    expect(await alarms()).toEqual({ 'glow:resume': at('10:30'), 'glow:due:hydration': at('11:00') });
    vi.setSystemTime(at('10:00'));
    await worker.onAlarm(fired); // an alarm already in flight when the pause began
    expect(shownNotifications()).toEqual({});
    await worker.pause('forever');
    expect(await alarms()).toEqual({});
    await worker.resume();
    expect(Object.keys(await alarms())).toEqual(['glow:due:hydration']);
    expect(await fakeBrowser.storage.local.get('pause')).toEqual({});
    // The pause is this device's state: the synced settings were never written.
    expect(syncSet).not.toHaveBeenCalled();
  });

  it('a log restarts the countdown; the wording varies with no immediate repeat', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: intervalSchedule(30, everyDay({ start: '09:00', end: '18:00' })) }));
    const worker = bootWorker();
    await worker.reconcile();
    await createHandlers(worker).logWater({});
    expect((await alarms())['glow:due:hydration']).toBe(at('10:00'));
    const messages: string[] = [];
    for (let i = 0; i < 8; i++) {
      await fire(worker, 'glow:due:hydration');
      const [note] = Object.values(shownNotifications());
      messages.push(note?.message ?? '');
    }
    expect(new Set(messages).size).toBeGreaterThan(2);
    expect(messages.every((m, i) => i === 0 || m !== messages[i - 1])).toBe(true);
  });

  it('a wording that names a part of the day is used only then: no "afternoon slump" in the evening', async () => {
    const slump = 'A glass of water now keeps the afternoon slump away.';
    const messagesFrom = async (start: string, end: string, first: string) => {
      useClock(at(first));
      await withSettings(onlyKinds({ hydration: intervalSchedule(15, everyDay({ start, end })) }));
      const worker = bootWorker();
      await worker.reconcile();
      const messages: string[] = [];
      for (let i = 0; i < 12; i++) {
        await fire(worker, 'glow:due:hydration');
        messages.push(Object.values(shownNotifications())[0]?.message ?? '');
      }
      return messages;
    };
    const evening = await messagesFrom('19:00', '23:00', '19:00');
    expect(evening.every((m) => m !== '')).toBe(true);
    expect(evening).not.toContain(slump);
    const afternoon = await messagesFrom('13:00', '17:00', '13:00');
    expect(afternoon).toContain(slump);
  });

  it('the custom message replaces the wording; "stays until answered" sets requireInteraction', async () => {
    useClock(at('09:30'));
    const settings = onlyKinds({ hydration: hourly });
    await withSettings({
      ...settings,
      hydration: { ...settings.hydration, message: 'Water <3 from me', style: 'persistent' },
    });
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:hydration');
    const [note] = Object.values(shownNotifications());
    expect(note?.message).toBe('Water <3 from me');
    expect(note?.requireInteraction).toBe(true);
  });

  it('case 14: DST — a daily 02:30 on the spring-forward day and on the fall-back day each fire once', async () => {
    for (const [day, expected] of [
      ['2026-03-29', '2026-03-29T01:00:00.000Z'],
      ['2026-10-25', '2026-10-25T00:30:00.000Z'],
    ] as const) {
      fakeBrowser.reset();
      useClock(localInstant(day, 0));
      await withSettings(onlyKinds({ meal: fixedSchedule(['02:30']) }));
      const worker = bootWorker();
      await worker.reconcile();
      expect(new Date((await alarms())['glow:due:meal'] as number).toISOString()).toBe(expected);
      await fire(worker, 'glow:due:meal');
      for (let wake = 1; wake <= 12; wake++) {
        vi.setSystemTime(Date.now() + 10 * MINUTE);
        await bootWorker().reconcile();
      }
      expect(Object.keys(shownNotifications())).toHaveLength(1);
      expect((await alarms())['glow:due:meal']).toBe(
        localInstant(day === '2026-03-29' ? '2026-03-30' : '2026-10-26', 150),
      );
    }
  });

  it('case 20: notification options — ≤ 2 buttons, no negative priority, icon/title/message present, ids unique per occurrence and short', async () => {
    useClock(at('08:45'));
    await withSettings(threeKinds());
    const worker = bootWorker();
    await worker.reconcile();
    const ids = new Set<string>();
    for (const name of ['glow:due:hydration', 'glow:due:stress', 'glow:due:hydration', 'glow:due:meal']) {
      await fire(worker, name);
      for (const id of Object.keys(shownNotifications())) ids.add(id);
    }
    const all = Object.entries(shownNotifications());
    for (const [id, options] of all) {
      expect(id.length).toBeLessThanOrEqual(16);
      expect(options.type).toBe('basic');
      expect(options.iconUrl).toMatch(/icon\/128\.png$/);
      expect(options.title).toBeTruthy();
      expect(options.message).toBeTruthy();
      expect(options.buttons?.length ?? 0).toBeLessThanOrEqual(2);
      expect(options.priority ?? 0).toBeGreaterThanOrEqual(0);
    }
    expect(ids.size).toBe(4);
    expect(Object.fromEntries(all.map(([, o]) => [o.title, o.buttons?.map((b) => b.title)]))).toEqual({
      'Time for some water': ['Drank a glass', 'Snooze'],
      'A short breathing break': ['Breathe now', 'Snooze'],
      'A mindful meal': ['Start mindful meal', 'Snooze'],
    });
  });
});

describe('when notifications are blocked', () => {
  it('case 17: notifications denied — reminder kept pending, badge shows it, the snapshot lists it; acting clears it', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    environment.permission = 'denied';
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:hydration');
    expect(shownNotifications()).toEqual({});
    expect(await outcomes()).toEqual(['hydration:pending']);
    expect(await badge()).toBe('1');
    const handlers = createHandlers(worker);
    const { pending } = await handlers.getSnapshot(undefined);
    expect(pending).toEqual([
      { occurrence: expect.stringMatching(/^h-/), kinds: ['hydration'], scheduledAt: at('10:00') },
    ]);
    const occurrence = pending[0]?.occurrence as string;
    expect(await handlers.act({ occurrence, reply: { type: 'done', kind: 'hydration' } })).toEqual({
      recorded: true,
      opens: null,
    });
    expect(await badge()).toBe('');
    expect((await history()).filter((e) => e.type === 'water')).toHaveLength(1);
  });

  it('case 17: a create that fails with an empty error keeps the reminder pending', async () => {
    useClock(at('09:30'));
    await withSettings(onlyKinds({ hydration: hourly }));
    vi.spyOn(fakeBrowser.notifications, 'create').mockRejectedValue(new Error(''));
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:hydration');
    await fire(worker, 'glow:due:hydration');
    expect(await outcomes()).toEqual(['hydration:pending', 'hydration:pending']);
    // One pending reminder per kind: the newer one replaces the older.
    expect((await createHandlers(worker).getSnapshot(undefined)).pending).toHaveLength(1);
    expect(await badge()).toBe('1');
  });

  it('case 18: notifications hidden by the OS — unanswered reminders stay listed; persistent ones do not pile up', async () => {
    useClock(at('09:30'));
    const settings = onlyKinds({ hydration: hourly });
    await withSettings({ ...settings, hydration: { ...settings.hydration, style: 'persistent' } });
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:hydration');
    await fire(worker, 'glow:due:hydration');
    await fire(worker, 'glow:due:hydration');
    expect(Object.keys(shownNotifications())).toHaveLength(1);
    const { pending } = await createHandlers(worker).getSnapshot(undefined);
    expect(pending.map((p) => p.scheduledAt)).toEqual([at('12:00')]);
  });
});
