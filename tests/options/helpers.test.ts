import { describe, expect, it } from 'vitest';
import { diffSettings } from '@/components/options/model/diff';
import { fieldLabel } from '@/components/options/model/field-names';
import {
  errorId,
  fieldId,
  mergeRemote,
  problemsUnder,
  sameValue,
  setValueAt,
  valueAt,
} from '@/components/options/model/paths';
import { copyDay, endsNextDay, nextTime, nextWindow, presetWeek } from '@/components/options/model/week-edits';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { parseUndoRecord } from '@/utils/settings/replace';
import { weekOrder, weekStartOf } from '@/utils/time/week-start';
import { makeSettings } from '../factories';

describe('form helpers', () => {
  it('sameValue compares JSON-like values structurally (NaN equals NaN: an empty number field)', () => {
    expect(sameValue({ a: [1, { b: 'x' }] }, { a: [1, { b: 'x' }] })).toBe(true);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue(Number.NaN, Number.NaN)).toBe(true);
    expect(sameValue(null, {})).toBe(false);
  });

  it('paths: value at, set at, DOM ids, problems under a prefix', () => {
    const s = makeSettings();
    expect(valueAt(s, 'hydration.schedule.interval.week.1.0.start')).toBe('09:00');
    expect(valueAt(s, 'nope.deeper')).toBeUndefined();
    setValueAt(s, 'water.goalMl', 1500);
    expect(s.water.goalMl).toBe(1500);
    expect(fieldId('water.goalMl')).toBe('field-water-goalMl');
    expect(errorId('water.goalMl')).toBe('field-water-goalMl-error');
    const problems = [
      { path: 'meal.schedule.fixed.times.1', message: 'errTimeFormat' as const },
      { path: 'meal.schedule.fixedX', message: 'errInvalidValue' as const },
    ];
    expect(problemsUnder(problems, 'meal.schedule.fixed')).toEqual([problems[0]]);
  });

  it('mergeRemote keeps what the person changed and what they are in, takes the rest from remote', () => {
    const base = makeSettings();
    const draft = makeSettings({ water: { goalMl: 1800 } });
    draft.hydration.schedule.interval.week[1] = [{ start: '07:00', end: '15:00' }];
    const remote = makeSettings({
      water: { goalMl: 2500, cupMl: 300 },
      general: { theme: 'dark' },
      stress: { snoozeMinutes: 30 },
    });
    remote.hydration.schedule.interval.week[1] = [{ start: '10:00', end: '11:00' }];
    remote.hydration.schedule.interval.week[2] = [{ start: '10:00', end: '11:00' }];
    const merged = mergeRemote(base, draft, remote, 'stress.snoozeMinutes');
    expect(merged.water).toEqual({ ...remote.water, goalMl: 1800 });
    expect(merged.general.theme).toBe('dark');
    // The week merges day by day: Monday was edited here, Tuesday elsewhere.
    expect(merged.hydration.schedule.interval.week[1]).toEqual([{ start: '07:00', end: '15:00' }]);
    expect(merged.hydration.schedule.interval.week[2]).toEqual([{ start: '10:00', end: '11:00' }]);
    // The field with focus keeps its draft value.
    expect(merged.stress.snoozeMinutes).toBe(DEFAULT_SETTINGS.stress.snoozeMinutes);
  });

  it('mergeRemote takes lists whole (times, weekdays)', () => {
    const base = makeSettings();
    const draft = makeSettings();
    draft.meal.schedule.fixed.times = ['08:00', '13:00'];
    const remote = makeSettings();
    remote.meal.schedule.fixed.times = ['09:00'];
    remote.meal.schedule.fixed.days = [1];
    const merged = mergeRemote(base, draft, remote, null);
    expect(merged.meal.schedule.fixed).toEqual({ times: ['08:00', '13:00'], days: [1] });
  });
});

describe('week editing', () => {
  it('presets: "Workdays 9-17" and "Every day 8-22"', () => {
    const workdays = presetWeek('workdays');
    expect(workdays[0]).toEqual([]);
    expect(workdays[1]).toEqual([{ start: '09:00', end: '17:00' }]);
    expect(workdays[6]).toEqual([]);
    expect(
      presetWeek('everyDay').every((d) => d.length === 1 && d[0]?.start === '08:00' && d[0]?.end === '22:00'),
    ).toBe(true);
    // A copy each time: editing the result never changes the preset.
    presetWeek('workdays')[1]?.push({ start: '18:00', end: '19:00' });
    expect(presetWeek('workdays')[1]).toHaveLength(1);
  });

  it('copy one day to others', () => {
    const week = presetWeek('workdays');
    week[1] = [
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ];
    const copied = copyDay(week, 1, [0, 2, 1]);
    expect(copied[0]).toEqual(week[1]);
    expect(copied[2]).toEqual(week[1]);
    expect(copied[0]).not.toBe(week[1]);
    expect(copied[3]).toBe(week[3]);
  });

  it('a window that ends before it starts ends the next day', () => {
    expect(endsNextDay({ start: '22:00', end: '02:00' })).toBe(true);
    expect(endsNextDay({ start: '09:00', end: '17:00' })).toBe(false);
    expect(endsNextDay({ start: '', end: '02:00' })).toBe(false);
  });

  it('new windows and times default to something sensible, within the limits', () => {
    expect(nextWindow([])).toEqual({ start: '09:00', end: '17:00' });
    expect(nextWindow([{ start: '09:00', end: '17:00' }])).toEqual({ start: '18:00', end: '19:00' });
    expect(nextWindow([{ start: '20:00', end: '23:30' }])).toEqual({ start: '00:30', end: '01:30' });
    expect(nextWindow(Array.from({ length: 4 }, () => ({ start: '01:00', end: '02:00' })))).toBeNull();
    expect(nextTime([])).toBe('12:00');
    expect(nextTime(['08:00', '12:30'])).toBe('13:30');
    expect(nextTime(['23:00', '00:00'])).toBe('01:00');
    expect(nextTime(Array.from({ length: 12 }, (_, i) => `${String(i).padStart(2, '0')}:00`))).toBeNull();
  });

  it('lists the week from the day the locale starts it on', () => {
    expect(weekOrder('en-GB')).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekOrder('de')).toEqual([1, 2, 3, 4, 5, 6, 0]);
    expect(weekOrder('en-US')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekOrder('pt-BR')).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekOrder('ar-EG')).toEqual([6, 0, 1, 2, 3, 4, 5]);
    // A tag Intl cannot read falls back to Monday.
    expect(weekOrder('not a locale')).toEqual([1, 2, 3, 4, 5, 6, 0]);
  });

  it('finds the start of a date’s week the locale’s way', () => {
    // 2026-11-25 is a Wednesday.
    expect(weekStartOf('2026-11-25', 'en-GB')).toBe('2026-11-23');
    expect(weekStartOf('2026-11-25', 'en-US')).toBe('2026-11-22');
    expect(weekStartOf('2026-11-25', 'ar-EG')).toBe('2026-11-21');
    expect(weekStartOf('2026-11-21', 'ar-EG')).toBe('2026-11-21');
  });
});

describe('what would change', () => {
  it('lists changed fields; lists (times, one day’s ranges) count as one field', () => {
    const after = makeSettings({ water: { unit: 'oz' }, general: { theme: 'dark' } });
    after.hydration.schedule.interval.week[3] = [];
    after.meal.schedule.fixed.times = ['08:00', '12:30'];
    expect(diffSettings(DEFAULT_SETTINGS, after)).toEqual([
      {
        path: 'hydration.schedule.interval.week.3',
        before: [{ start: '09:00', end: '17:00' }],
        after: [],
      },
      { path: 'meal.schedule.fixed.times', before: ['12:30'], after: ['08:00', '12:30'] },
      { path: 'water.unit', before: 'ml', after: 'oz' },
      { path: 'general.theme', before: 'system', after: 'dark' },
    ]);
    expect(diffSettings(DEFAULT_SETTINGS, makeSettings())).toEqual([]);
  });

  it('names fields readably', () => {
    expect(fieldLabel('hydration.schedule.interval.week.1.0.end')).toEqual([
      { key: 'kindHydration' },
      { key: 'optionsActiveHours' },
      { weekday: 1 },
      { key: 'optionsFieldRange', subs: ['1'] },
      { key: 'optionsFieldEnd' },
    ]);
    expect(fieldLabel('settings.meal.schedule.fixed.times.2')).toEqual([
      { key: 'kindMeal' },
      { key: 'optionsTimesLegend' },
      { key: 'optionsTimeN', subs: ['3'] },
    ]);
    expect(fieldLabel('history.days.2026-11-22.4.amountMl')).toEqual([
      { key: 'optionsFieldHistory' },
      { text: '2026-11-22' },
      { key: 'optionsFieldEntry', subs: ['5'] },
      { text: 'amountMl' },
    ]);
    expect(fieldLabel('')).toEqual([{ key: 'optionsFieldFile' }]);
    // Keys from a hostile file are named as text, never looked up on a prototype.
    expect(fieldLabel('settings.general.__proto__')).toEqual([{ key: 'optionsSectionGeneral' }, { text: '__proto__' }]);
    expect(fieldLabel('constructor.toString')).toEqual([{ text: 'constructor' }, { text: 'toString' }]);
  });
});

describe('the undo record of an import or reset', () => {
  it('an undo record left by the previous version (settings with the pause) is read in today’s shape', () => {
    const v1 = { ...DEFAULT_SETTINGS, general: { ...DEFAULT_SETTINGS.general, pausedUntil: 'forever' } };
    const record = { kind: 'reset', savedAt: 1, settings: v1, history: null };
    expect(parseUndoRecord(record)).toEqual({ ...record, settings: DEFAULT_SETTINGS });
  });

  it('an undo record is checked when read back', () => {
    const record = { kind: 'reset', savedAt: 1, settings: DEFAULT_SETTINGS, history: null };
    expect(parseUndoRecord(record)).toEqual(record);
    expect(parseUndoRecord({ ...record, settings: { nope: true } })).toBeNull();
    expect(parseUndoRecord(null)).toBeNull();
  });
});
