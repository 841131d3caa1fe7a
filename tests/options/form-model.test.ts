import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createFormModel, type FormModel } from '@/components/options/model/form-model';
import { settingsPort } from '@/components/options/model/ports';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { SETTINGS_VERSION } from '@/utils/settings/migrate';
import type { Settings } from '@/utils/settings/schema';
import { localInstant } from '@/utils/time/clock';
import { everyDay, fixedSchedule, intervalSchedule, makeSettings } from '../factories';
import { alarms, runBackgroundMain, TZ } from '../worker/boot';
import { storedSettings } from './support';

process.env.TZ = TZ;
const NOW = localInstant('2026-11-23', 8 * 60);
let form: FormModel;

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval'] });
  vi.setSystemTime(NOW);
});
afterEach(() => {
  form?.close();
  vi.useRealTimers();
});

/** Store settings the way another device's sync would: straight into storage.sync. */
const syncFromElsewhere = (settings: Settings) =>
  fakeBrowser.storage.sync.set({ settings, settings$: { v: SETTINGS_VERSION } });

async function open(stored?: Settings): Promise<FormModel> {
  if (stored) await syncFromElsewhere(stored);
  form = createFormModel(settingsPort);
  await form.open();
  return form;
}

const settle = () => vi.advanceTimersByTimeAsync(5_000);

describe('form model: what is saved while a field is invalid', () => {
  it('one invalid field does not stop the other edits: they are saved, it keeps its draft and message', async () => {
    await open(DEFAULT_SETTINGS);
    form.set('hydration.schedule.interval.everyMinutes', 2);
    form.set('general.mergeMinutes', 20);
    form.set('general.theme', 'dark');
    form.set('stress.snoozeMinutes', 25);
    await settle();
    const stored = await storedSettings();
    expect(stored?.general).toMatchObject({ mergeMinutes: 20, theme: 'dark' });
    expect(stored?.stress.snoozeMinutes).toBe(25);
    // The invalid field is stored as it was, and stays in the form with its problem until fixed.
    expect(stored?.hydration.schedule.interval.everyMinutes).toBe(
      DEFAULT_SETTINGS.hydration.schedule.interval.everyMinutes,
    );
    expect(form.get('hydration.schedule.interval.everyMinutes')).toBe(2);
    expect(form.problems.value.map((p) => p.path)).toEqual(['hydration.schedule.interval.everyMinutes']);
    expect(form.dirty.value).toBe(true);
    form.set('hydration.schedule.interval.everyMinutes', 30);
    await settle();
    expect((await storedSettings())?.hydration.schedule.interval.everyMinutes).toBe(30);
    expect(form.dirty.value).toBe(false);
  });

  it('nothing the page marks invalid is stored in a partial form: removing every time keeps the times it had', async () => {
    await open(makeSettings({ meal: { schedule: fixedSchedule(['08:00', '12:30', '19:00']) } }));
    // Removed one by one, slowly enough for each step to be saved on the way.
    for (const left of [['12:30', '19:00'], ['19:00'], []]) {
      form.set('meal.schedule.fixed.times', left);
      await settle();
    }
    expect(form.problems.value.map((p) => p.path)).toEqual(['meal.schedule.fixed.times']);
    expect((await storedSettings())?.meal.schedule.fixed.times).toEqual(['08:00', '12:30', '19:00']);
  });

  it('unticking every weekday keeps the days it had, not the last one left', async () => {
    await open(makeSettings({ meal: { schedule: fixedSchedule(['12:30'], [1, 2, 6]) } }));
    for (const left of [[1, 6], [6], []]) {
      form.set('meal.schedule.fixed.days', left);
      await settle();
    }
    expect((await storedSettings())?.meal.schedule.fixed.days).toEqual([1, 2, 6]);
  });
});

describe('form model: interval mode', () => {
  it('an edit is validated at once and saved after the debounce', async () => {
    await open(
      makeSettings({ hydration: { schedule: intervalSchedule(60, everyDay({ start: '09:00', end: '17:00' })) } }),
    );
    form.update((s) => {
      s.hydration.schedule.interval.everyMinutes = 45;
    });
    expect(form.problems.value).toEqual([]);
    expect(form.dirty.value).toBe(true);
    expect(form.saveState.value).toEqual({ status: 'pending' });
    await settle();
    expect((await storedSettings())?.hydration.schedule.interval.everyMinutes).toBe(45);
    expect(form.dirty.value).toBe(false);
    expect(form.saveState.value).toEqual({ status: 'saved' });
  });

  it('editing one weekday of the defaults changes only that day (the defaults share one list for workdays)', async () => {
    await open();
    form.update((s) => {
      const monday = s.hydration.schedule.interval.week[1]?.[0];
      if (monday) monday.end = '12:00';
    });
    const week = form.draft.value?.hydration.schedule.interval.week;
    expect(week?.[1]).toEqual([{ start: '09:00', end: '12:00' }]);
    expect(week?.[2]).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(DEFAULT_SETTINGS.hydration.schedule.interval.week[1]).toEqual([{ start: '09:00', end: '17:00' }]);
  });

  it('an invalid window is reported at its path and never written', async () => {
    await open(makeSettings());
    const before = await storedSettings();
    form.update((s) => {
      s.hydration.schedule.interval.week[1] = [
        { start: '09:00', end: '12:00' },
        { start: '11:00', end: '13:00' },
      ];
    });
    expect(form.problems.value).toEqual([{ path: 'hydration.schedule.interval.week.1', message: 'errWindowsOverlap' }]);
    await settle();
    expect(await storedSettings()).toEqual(before);
  });

  it('an enabled interval reminder with no active hours at all asks for a range', async () => {
    await open();
    form.update((s) => {
      s.stress.schedule.interval.week = [[], [], [], [], [], [], []];
    });
    expect(form.problems.value).toEqual([{ path: 'stress.schedule.interval.week', message: 'errNeedWindow' }]);
    form.update((s) => {
      s.stress.enabled = false;
    });
    expect(form.problems.value).toEqual([]);
  });
});

describe('form model: fixed-times mode', () => {
  it('switching mode keeps both schedules, and fixed times are checked', async () => {
    await open(makeSettings({ meal: { schedule: intervalSchedule(240, everyDay({ start: '08:00', end: '20:00' })) } }));
    const interval = structuredClone(form.draft.value?.meal.schedule.interval);
    form.update((s) => {
      s.meal.schedule.mode = 'fixed';
      s.meal.schedule.fixed = { times: [], days: [1, 2, 3, 4, 5] };
    });
    // (The schema also flags the unused interval week here; see the report on schema.ts.)
    expect(form.problems.value).toContainEqual({ path: 'meal.schedule.fixed.times', message: 'errNeedTime' });
    form.update((s) => {
      s.meal.schedule.fixed.times = ['08:00', '12:30', '12:30'];
    });
    expect(form.problems.value).toEqual([{ path: 'meal.schedule.fixed.times', message: 'errDuplicateTime' }]);
    form.update((s) => {
      s.meal.schedule.fixed.times = ['08:00', '12:30', ''];
    });
    expect(form.problems.value).toEqual([{ path: 'meal.schedule.fixed.times.2', message: 'errTimeFormat' }]);
    form.update((s) => {
      s.meal.schedule.fixed.times[2] = '19:00';
      s.meal.schedule.fixed.days = [];
    });
    expect(form.problems.value).toContainEqual({ path: 'meal.schedule.fixed.days', message: 'errNeedDay' });
    form.update((s) => {
      s.meal.schedule.fixed.days = [0, 6];
    });
    await settle();
    const stored = await storedSettings();
    expect(stored?.meal.schedule).toEqual({
      mode: 'fixed',
      interval,
      fixed: { times: ['08:00', '12:30', '19:00'], days: [0, 6] },
    });
    // And back: the interval schedule was never lost.
    form.update((s) => {
      s.meal.schedule.mode = 'interval';
    });
    await settle();
    expect((await storedSettings())?.meal.schedule).toEqual({ ...stored?.meal.schedule, mode: 'interval' });
  });
});

describe('form model: changes from another device', () => {
  it('a synced change updates the open page live without clobbering a field being edited', async () => {
    await open(makeSettings({ meal: { schedule: fixedSchedule(['12:00']) } }));
    form.focus('hydration.schedule.interval.everyMinutes');
    form.update((s) => {
      s.hydration.schedule.interval.everyMinutes = 30;
    });
    await syncFromElsewhere(
      makeSettings({
        hydration: { schedule: intervalSchedule(90, DEFAULT_SETTINGS.hydration.schedule.interval.week) },
        meal: { schedule: fixedSchedule(['12:00', '18:30']) },
        general: { theme: 'dark' },
      }),
    );
    expect(form.draft.value?.hydration.schedule.interval.everyMinutes).toBe(30);
    expect(form.draft.value?.meal.schedule.fixed.times).toEqual(['12:00', '18:30']);
    expect(form.draft.value?.general.theme).toBe('dark');
    await settle();
    // The person's edit and the other device's changes both end up stored.
    expect(await storedSettings()).toMatchObject({
      hydration: { schedule: { interval: { everyMinutes: 30 } } },
      meal: { schedule: { fixed: { times: ['12:00', '18:30'] } } },
      general: { theme: 'dark' },
    });
  });

  it('a field that has focus but was not changed takes the synced value when focus leaves it', async () => {
    await open(makeSettings());
    form.focus('water.goalMl');
    await syncFromElsewhere(makeSettings({ water: { goalMl: 2500 } }));
    expect(form.draft.value?.water.goalMl).toBe(2000);
    form.blur();
    expect(form.draft.value?.water.goalMl).toBe(2500);
    expect(form.dirty.value).toBe(false);
  });

  it('case 10: first sync on a second device — the defaults there do not overwrite synced settings; reminders re-arm from storage.onChanged; no write ping-pong', async () => {
    await runBackgroundMain();
    await vi.waitFor(async () => expect(Object.keys(await alarms())).toContain('glow:due:meal'));
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    // A new device: nothing synced yet. Opening the page shows the defaults and writes nothing.
    await open();
    expect(form.draft.value).toEqual(DEFAULT_SETTINGS);
    await settle();
    expect(set).not.toHaveBeenCalled();

    // Sync delivers the person's settings: the page shows them, nobody writes back.
    const synced = makeSettings({
      meal: { schedule: fixedSchedule(['09:15'], [0, 1, 2, 3, 4, 5, 6]) },
      hydration: { enabled: false },
      stress: { enabled: false },
    });
    await syncFromElsewhere(synced);
    expect(form.draft.value).toEqual(synced);
    await settle();
    expect(set).toHaveBeenCalledTimes(1);
    expect(await storedSettings()).toEqual(synced);
    await vi.waitFor(async () =>
      expect(await alarms()).toEqual({ 'glow:due:meal': localInstant('2026-11-23', 9 * 60 + 15) }),
    );
  });
});

describe('form model: what storage holds', () => {
  it('case 23: corrupted or old stored data — field-by-field fallback on open, no crash, nothing written until an edit', async () => {
    const corrupted = {
      ...makeSettings({ stress: { snoozeMinutes: 25 } }),
      hydration: { ...DEFAULT_SETTINGS.hydration, snoozeMinutes: 'ten' },
      water: { goalMl: -1, cupMl: 300, unit: 'ml', stopWhenGoalMet: true },
      legacy: true,
    };
    await fakeBrowser.storage.sync.set({ settings: corrupted });
    const set = vi.spyOn(fakeBrowser.storage.sync, 'set');
    await open();
    expect(form.draft.value?.stress.snoozeMinutes).toBe(25);
    expect(form.draft.value?.hydration.snoozeMinutes).toBe(DEFAULT_SETTINGS.hydration.snoozeMinutes);
    expect(form.draft.value?.water).toEqual({ ...DEFAULT_SETTINGS.water, cupMl: 300 });
    expect(form.problems.value).toEqual([]);
    await settle();
    // The worker keeps a copy before it repairs storage; the page never overwrites on open.
    expect(set).not.toHaveBeenCalled();
    expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual(corrupted);
    form.update((s) => {
      s.water.goalMl = 1800;
    });
    await settle();
    expect(await storedSettings()).toEqual({
      ...form.draft.value,
      water: { ...DEFAULT_SETTINGS.water, cupMl: 300, goalMl: 1800 },
    });
  });

  it('replaceAll writes at once and makes the form show it', async () => {
    await open();
    const next = makeSettings({ general: { mergeMinutes: 0 } });
    await expect(form.replaceAll(next)).resolves.toEqual({ ok: true, value: next });
    expect(await storedSettings()).toEqual(next);
    expect(form.draft.value).toEqual(next);
    expect(form.dirty.value).toBe(false);
  });
});
