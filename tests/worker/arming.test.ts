import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REMINDER_KINDS } from '@/utils/reminder-kinds';
import { HOUR, MINUTE } from '@/utils/time/clock';
import { everyDay, fixedSchedule, intervalSchedule, onlyKinds } from '../factories';
import {
  alarms,
  at,
  bootWorker,
  fire,
  outcomes,
  runBackgroundMain,
  shownNotifications,
  TZ,
  useClock,
  withSettings,
} from './boot';

afterEach(() => {
  vi.useRealTimers();
});

const workday = () =>
  onlyKinds({
    hydration: intervalSchedule(60, everyDay({ start: '09:00', end: '18:00' })),
    meal: fixedSchedule(['12:30', '19:00']),
  });

describe('arming', () => {
  it('arms exactly one named one-shot alarm per enabled kind at its next occurrence', async () => {
    useClock(at('08:00'));
    await withSettings(workday());
    await bootWorker().reconcile();
    expect(await alarms()).toEqual({ 'glow:due:hydration': at('10:00'), 'glow:due:meal': at('12:30') });
    const created = await fakeBrowser.alarms.getAll();
    expect(created.every((a) => a.periodInMinutes === undefined)).toBe(true);
  });

  it('case 2: worker killed before a reminder — the alarm wakes it: one notification, one history entry, next alarm armed', async () => {
    useClock(at('08:00'));
    await withSettings(workday());
    await bootWorker().reconcile();
    const woken = bootWorker(); // a new instance: nothing survives in memory
    await fire(woken, 'glow:due:hydration');
    expect(Object.keys(shownNotifications())).toHaveLength(1);
    expect(await outcomes()).toEqual(['hydration:shown']);
    expect((await alarms())['glow:due:hydration']).toBe(at('11:00'));
  });

  it('case 3: repeated wakes — 20 wakes in one period leave every scheduledTime unchanged', async () => {
    useClock(at('09:05'));
    await withSettings(workday());
    await bootWorker().reconcile();
    const before = await alarms();
    for (let wake = 0; wake < 20; wake++) {
      vi.setSystemTime(at('09:05') + wake * 2 * MINUTE);
      await bootWorker().reconcile();
    }
    expect(await alarms()).toEqual(before);
    expect(shownNotifications()).toEqual({});
  });

  it.each([
    ['catch-up', 1, ['hydration:shown', 'meal:shown']],
    ['skip', 0, ['hydration:skipped', 'meal:skipped']],
  ] as const)(
    'case 4: browser restart (alarms gone) with %s — rebuilt, at most one catch-up per kind',
    async (policy, expected, recorded) => {
      useClock(at('08:00'));
      await withSettings({ ...workday(), general: { ...workday().general, afterSleep: policy, mergeMinutes: 0 } });
      await bootWorker().reconcile();
      await fakeBrowser.alarms.clearAll();
      vi.setSystemTime(at('15:40')); // closed over five hydration times and a meal
      await bootWorker().reconcile();
      const notes = Object.values(shownNotifications());
      expect(notes.filter((n) => n.title === 'Time for some water')).toHaveLength(expected);
      expect(notes.filter((n) => n.title === 'A mindful meal')).toHaveLength(expected);
      expect((await outcomes()).sort()).toEqual([...recorded].sort());
      const armed = await alarms();
      expect(armed['glow:due:meal']).toBe(at('19:00'));
      expect(armed['glow:due:hydration']).toBeGreaterThan(at('15:40'));
    },
  );

  it('case 5: extension update (alarms always wiped) — rebuilt on onInstalled; nothing lost', async () => {
    useClock(at('08:00'));
    const settings = workday();
    await withSettings(settings);
    await runBackgroundMain();
    await vi.waitFor(async () => expect(Object.keys(await alarms())).toHaveLength(2));
    const before = await alarms();
    const storedBefore = await fakeBrowser.storage.sync.get(null);
    await fakeBrowser.alarms.clearAll();
    await fakeBrowser.runtime.onInstalled.trigger({ reason: 'update', previousVersion: '0.0.9' });
    await vi.waitFor(async () => expect(await alarms()).toEqual(before));
    expect(await fakeBrowser.storage.sync.get(null)).toEqual(storedBefore);
  });

  it('a settings change re-arms; disabling a kind removes its alarm; alarms that are not ours stay', async () => {
    useClock(at('08:00'));
    await withSettings(workday());
    await fakeBrowser.alarms.create('someone-else', { when: at('09:13') });
    const worker = bootWorker();
    await worker.reconcile();
    await withSettings({ ...workday(), meal: { ...workday().meal, enabled: false } });
    await worker.reconcile();
    expect(await alarms()).toEqual({ 'glow:due:hydration': at('10:00'), 'someone-else': at('09:13') });
    const hydration = workday().hydration;
    await withSettings({
      ...workday(),
      hydration: { ...hydration, schedule: intervalSchedule(30, everyDay({ start: '09:00', end: '18:00' })) },
    });
    await worker.reconcile();
    expect((await alarms())['glow:due:hydration']).toBe(at('09:30'));
  });

  it('case 16: time-zone change (Berlin → New York) — times recomputed on the next wake, no burst', async () => {
    useClock(at('08:00'));
    await withSettings(onlyKinds({ meal: fixedSchedule(['12:30']) }));
    await bootWorker().reconcile();
    expect((await alarms())['glow:due:meal']).toBe(at('12:30'));
    try {
      process.env.TZ = 'America/New_York'; // 02:00 in New York
      await bootWorker().reconcile();
      expect(new Date((await alarms())['glow:due:meal'] as number).toISOString()).toBe('2026-11-23T17:30:00.000Z');
      expect(shownNotifications()).toEqual({});
    } finally {
      process.env.TZ = TZ;
    }
  });

  it('case 22: onChanged loops — the settings listener writes nothing back, however often it fires', async () => {
    useClock(at('08:00'));
    await withSettings(workday());
    await runBackgroundMain();
    await vi.waitFor(async () => expect(Object.keys(await alarms())).toHaveLength(2));
    const syncSet = vi.spyOn(fakeBrowser.storage.sync, 'set');
    const before = await alarms();
    const value = (await fakeBrowser.storage.sync.get('settings')).settings;
    // The fake fires onChanged even for unchanged values; Chrome would not.
    for (let i = 0; i < 5; i++) {
      await fakeBrowser.storage.sync.onChanged.trigger({ settings: { oldValue: value, newValue: value } });
      await fakeBrowser.storage.onChanged.trigger({ settings: { oldValue: value, newValue: value } }, 'sync');
    }
    await new Promise((r) => setTimeout(r, 50));
    expect(syncSet).not.toHaveBeenCalled();
    expect(await alarms()).toEqual(before);
  });

  it('case 25: alarm budget — a small fixed set of named alarms whatever the snoozes; a rejected create is handled', async () => {
    useClock(at('09:00'));
    await withSettings(workday());
    const worker = bootWorker();
    await worker.reconcile();
    for (let i = 0; i < 30; i++) {
      await fire(worker, 'glow:due:hydration');
      const [id] = Object.keys(shownNotifications());
      await worker.onButton(id as string, 1);
      await fire(worker, 'glow:due:hydration');
    }
    const names = Object.keys(await alarms());
    expect(names.length).toBeLessThanOrEqual(REMINDER_KINDS.length + 1);
    expect(names.every((n) => /^glow:due:(hydration|stress|meal)$|^glow:resume$/.test(n))).toBe(true);
    vi.spyOn(fakeBrowser.alarms, 'create').mockRejectedValue(new Error('Too many alarms'));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fakeBrowser.alarms.clearAll();
    await expect(bootWorker().reconcile()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalled();
  });

  it('case 15: clock jumps back an hour — no burst, no negative delay, alarms re-armed', async () => {
    useClock(at('10:00'));
    await withSettings(workday());
    const worker = bootWorker();
    await worker.reconcile();
    await fire(worker, 'glow:due:hydration', 0);
    vi.setSystemTime(Date.now() - HOUR);
    await bootWorker().reconcile();
    const armed = await alarms();
    expect(Object.values(armed).every((when) => when > Date.now())).toBe(true);
    expect(Object.keys(shownNotifications())).toHaveLength(1);
  });
});
