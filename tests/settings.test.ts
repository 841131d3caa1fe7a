import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { REMINDER_KINDS } from '@/utils/reminder-kinds';
import { weekOf } from '@/utils/schedule/week';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { repairSettings } from '@/utils/settings/repair';
import { LIMITS, type Settings, validateSettings } from '@/utils/settings/schema';
import { loadSettings, repairStoredSettings, SYNC_ITEM_LIMIT, saveSettings, syncBytes } from '@/utils/settings/store';
import { settingsBackupItem } from '@/utils/storage/items';
import { everyDay, fixedSchedule, intervalSchedule, makeSettings } from './factories';

/** The largest settings the schema allows: every list full, every message at its length limit. */
function largestValidSettings(): Settings {
  const windows = [
    { start: '00:00', end: '05:00' },
    { start: '06:00', end: '11:00' },
    { start: '12:00', end: '17:00' },
    { start: '18:00', end: '23:59' },
  ];
  const times = Array.from({ length: LIMITS.fixedTimes }, (_, i) => `${String(i + 8).padStart(2, '0')}:59`);
  // Three-byte characters make the message as large in UTF-8 as 140 characters can be.
  const message = '水'.repeat(LIMITS.messageLength);
  const reminder = {
    enabled: true,
    schedule: {
      mode: 'interval' as const,
      interval: { everyMinutes: 480, week: everyDay(...windows) },
      fixed: { times, days: [0, 1, 2, 3, 4, 5, 6] },
    },
    snoozeMinutes: 120,
    style: 'persistent' as const,
    message,
  };
  const settings = makeSettings();
  for (const kind of REMINDER_KINDS) settings[kind] = structuredClone(reminder);
  return settings;
}

describe('settings validation', () => {
  it('the defaults are valid and something a new person can live with', () => {
    expect(validateSettings(DEFAULT_SETTINGS)).toEqual({ ok: true, value: DEFAULT_SETTINGS });
    expect(DEFAULT_SETTINGS.water.goalMl).toBe(2000);
    expect(DEFAULT_SETTINGS.hydration.enabled && DEFAULT_SETTINGS.stress.enabled && DEFAULT_SETTINGS.meal.enabled).toBe(
      true,
    );
  });

  it.each([
    [
      'interval below the minimum',
      { hydration: { schedule: intervalSchedule(4, everyDay({ start: '09:00', end: '10:00' })) } },
      'hydration.schedule.interval.everyMinutes',
      'errIntervalRange',
    ],
    [
      'interval above the maximum',
      { hydration: { schedule: intervalSchedule(481, everyDay({ start: '09:00', end: '10:00' })) } },
      'hydration.schedule.interval.everyMinutes',
      'errIntervalRange',
    ],
    [
      'fractional interval',
      { hydration: { schedule: intervalSchedule(10.5, everyDay({ start: '09:00', end: '10:00' })) } },
      'hydration.schedule.interval.everyMinutes',
      'errIntervalRange',
    ],
    [
      'a window of no length',
      { stress: { schedule: intervalSchedule(30, everyDay({ start: '09:00', end: '09:00' })) } },
      'stress.schedule.interval.week.0.0',
      'errWindowEmpty',
    ],
    [
      'overlapping windows',
      {
        stress: {
          schedule: intervalSchedule(30, everyDay({ start: '09:00', end: '12:00' }, { start: '11:00', end: '13:00' })),
        },
      },
      'stress.schedule.interval.week.0',
      'errWindowsOverlap',
    ],
    [
      'a badly written time',
      { meal: { schedule: fixedSchedule(['7:00']) } },
      'meal.schedule.fixed.times.0',
      'errTimeFormat',
    ],
    [
      'no time at all for an enabled fixed reminder',
      { meal: { schedule: fixedSchedule([]) } },
      'meal.schedule.fixed.times',
      'errNeedTime',
    ],
    [
      'no weekday for an enabled fixed reminder',
      { meal: { schedule: fixedSchedule(['08:00'], []) } },
      'meal.schedule.fixed.days',
      'errNeedDay',
    ],
    [
      'no window at all for an enabled interval reminder',
      { hydration: { schedule: intervalSchedule(30, everyDay()) } },
      'hydration.schedule.interval.week',
      'errNeedWindow',
    ],
    [
      'HTML in a custom message',
      { hydration: { message: '<img src=x onerror=alert(1)>' } },
      'hydration.message',
      'errNoHtml',
    ],
    ['a message too long', { hydration: { message: 'a'.repeat(141) } }, 'hydration.message', 'errMessageLength'],
    ['a goal out of range', { water: { goalMl: 10_000 } }, 'water.goalMl', 'errGoalRange'],
    ['NaN', { water: { cupMl: Number.NaN } }, 'water.cupMl', 'errCupRange'],
    ['an unknown theme', { general: { theme: 'neon' } }, 'general.theme', 'errChoice'],
  ] as const)('rejects %s, naming the field', (_, patch, path, message) => {
    const result = validateSettings(makeSettings(patch as Parameters<typeof makeSettings>[0]));
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems).toContainEqual({ path, message });
  });

  it('no two weekdays of a built week share a list, so editing one day never changes another', () => {
    const week = weekOf([{ start: '09:00', end: '17:00' }], []);
    expect(new Set(week).size).toBe(7);
    expect(new Set(DEFAULT_SETTINGS.hydration.schedule.interval.week).size).toBe(7);
  });

  it('accepts a window across midnight and an empty schedule on a switched-off reminder', () => {
    const settings = makeSettings({
      hydration: { schedule: intervalSchedule(30, everyDay({ start: '22:00', end: '02:00' })) },
      meal: { enabled: false, schedule: fixedSchedule([]) },
    });
    expect(validateSettings(settings).ok).toBe(true);
  });

  it('refuses unknown and prototype keys', () => {
    const withProto = JSON.parse(`{"__proto__": {"polluted": true}, ${JSON.stringify(DEFAULT_SETTINGS).slice(1)}`);
    const result = validateSettings(withProto);
    expect(result.ok).toBe(false);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(validateSettings({ ...DEFAULT_SETTINGS, extra: 1 }).ok).toBe(false);
  });
});

describe('sync size limits (case 21)', () => {
  it('the largest valid settings stay under 8 KB per item and 100 KB in all', () => {
    const largest = largestValidSettings();
    expect(validateSettings(largest).ok).toBe(true);
    const bytes = syncBytes('settings', largest);
    expect(bytes).toBeLessThan(SYNC_ITEM_LIMIT);
    expect(bytes).toBeLessThan(100 * 1024);
  });

  it('an oversized value is refused up front with a message; previous settings intact', async () => {
    const before = makeSettings({ water: { goalMl: 2500 } });
    expect((await saveSettings(before)).ok).toBe(true);
    // Not reachable through the schema's limits, so it stands in for a future larger shape.
    const huge = { ...before, hydration: { ...before.hydration, message: 'x'.repeat(9000) } };
    const result = await saveSettings(huge);
    expect(result.ok).toBe(false);
    expect((await loadSettings()).value).toEqual(before);
  });
});

describe('corrupted or old stored data (case 23)', () => {
  it('falls back field by field, keeps every valid field, and reports what it replaced', () => {
    const stored = structuredClone(DEFAULT_SETTINGS) as unknown as Record<string, Record<string, unknown>>;
    (stored.water as Record<string, unknown>).goalMl = 'lots';
    (stored.water as Record<string, unknown>).cupMl = 330;
    (stored.general as Record<string, unknown>).theme = 'dark';
    delete (stored.general as Record<string, unknown>).mergeMinutes;
    (stored.hydration as Record<string, unknown>).snoozeMinutes = -3;
    const { value, replaced } = repairSettings(stored);
    expect(value.water).toEqual({ ...DEFAULT_SETTINGS.water, cupMl: 330 });
    expect(value.general.theme).toBe('dark');
    expect(value.general.mergeMinutes).toBe(DEFAULT_SETTINGS.general.mergeMinutes);
    expect(value.hydration.snoozeMinutes).toBe(DEFAULT_SETTINGS.hydration.snoozeMinutes);
    expect(replaced.map((p) => p.path).sort()).toEqual([
      'general.mergeMinutes',
      'hydration.snoozeMinutes',
      'water.goalMl',
    ]);
  });

  it.each([null, 42, 'settings', [], { hydration: 'yes' }])('never crashes on %j', (stored) => {
    expect(validateSettings(repairSettings(stored).value).ok).toBe(true);
  });

  it('keeps a copy of what it replaced before storing the repaired value', async () => {
    const raw = {
      ...structuredClone(DEFAULT_SETTINGS),
      water: { goalMl: -1, cupMl: 300, unit: 'ml', stopWhenGoalMet: false },
    };
    await fakeBrowser.storage.sync.set({ settings: raw });
    const replaced = await repairStoredSettings(1_000);
    expect(replaced).toEqual([{ path: 'water.goalMl', message: 'errGoalRange' }]);
    expect(await settingsBackupItem.getValue()).toEqual({ savedAt: 1_000, raw, replaced });
    const { value } = await loadSettings();
    expect(value.water).toEqual({ goalMl: 2000, cupMl: 300, unit: 'ml', stopWhenGoalMet: false });
  });

  it('a valid stored value is left exactly as it is', async () => {
    const settings = makeSettings({ water: { unit: 'oz' } });
    await fakeBrowser.storage.sync.set({ settings });
    expect(await repairStoredSettings(1)).toEqual([]);
    expect(await settingsBackupItem.getValue()).toBeNull();
  });

  it('a missing value reads as the defaults and writes nothing (a second device keeps what sync brings)', async () => {
    expect((await loadSettings()).value).toEqual(DEFAULT_SETTINGS);
    await repairStoredSettings(1);
    expect(await fakeBrowser.storage.sync.get(null)).toEqual({});
  });
});
