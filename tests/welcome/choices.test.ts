/** The welcome page's answers and the settings they make (components/welcome/model/choices.ts). */
import { describe, expect, it } from 'vitest';
import {
  dayCount,
  defaultChoices,
  paceCount,
  problemsOf,
  settingsFrom,
  type WelcomeChoices,
} from '@/components/welcome/model/choices';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { addDays } from '@/utils/time/clock';
import { MONDAY } from '../worker/boot';

const SATURDAY = addDays(MONDAY, 5);
const edit = (change: (draft: WelcomeChoices) => void): WelcomeChoices => {
  const draft = defaultChoices();
  change(draft);
  return draft;
};

describe('the welcome page’s answers', () => {
  it('left as they are, they are the defaults: skipping changes nothing', () => {
    expect(settingsFrom(defaultChoices())).toEqual(DEFAULT_SETTINGS);
    expect(defaultChoices().topics).toEqual(['glow', 'gut']);
  });

  it('each pace says what it gives on a workday; together they merge', () => {
    const choices = defaultChoices();
    expect([0, 1, 2].map((pace) => paceCount(choices, 'hydration', pace, MONDAY))).toEqual([4, 2, 8]);
    expect([0, 1, 2].map((pace) => paceCount(choices, 'stress', pace, MONDAY))).toEqual([2, 4, 5]);
    expect([0, 1].map((pace) => paceCount(choices, 'meal', pace, MONDAY))).toEqual([1, 3]);
    expect(dayCount(choices, MONDAY)).toBe(5);
    const busy = edit((d) => {
      d.kinds.hydration.pace = 2;
      d.kinds.stress.pace = 1;
    });
    expect(dayCount(busy, MONDAY)).toBeLessThan(8 + 4 + 1);
  });

  it('a kind switched off is off', () => {
    const settings = settingsFrom(edit((d) => (d.kinds.meal.on = false)));
    expect(settings.meal.enabled).toBe(false);
    expect(
      dayCount(
        edit((d) => (d.kinds.meal.on = false)),
        MONDAY,
      ),
    ).toBe(4);
  });

  it('hours: every day brings the weekend in; own hours set the ranges and the meal days', () => {
    expect(dayCount(defaultChoices(), SATURDAY)).toBe(0);
    expect(
      dayCount(
        edit((d) => (d.hours.preset = 'everyday')),
        SATURDAY,
      ),
    ).toBe(5);
    const own = settingsFrom(
      edit((d) => {
        d.hours = { preset: 'own', start: '07:30', end: '15:30', days: [1, 3, 5] };
      }),
    );
    expect(own.hydration.schedule.interval.week[1]).toEqual([{ start: '07:30', end: '15:30' }]);
    expect(own.hydration.schedule.interval.week[2]).toEqual([]);
    expect(own.meal.schedule.fixed).toEqual({ times: ['12:30'], days: [1, 3, 5] });
  });

  it('own hours that make no sense are problems, never settings', () => {
    const noDay = edit((d) => {
      d.hours = { preset: 'own', start: '09:00', end: '17:00', days: [] };
    });
    expect(problemsOf(noDay).map((p) => p.message)).toContain('errNeedDay');
    const empty = edit((d) => {
      d.hours = { preset: 'own', start: '09:00', end: '09:00', days: [1] };
    });
    expect(problemsOf(empty).map((p) => p.message)).toContain('errWindowEmpty');
  });

  it('the water goal is kept in millilitres, typed in the person’s unit', () => {
    const oz = settingsFrom(edit((d) => (d.water = { goal: 64, unit: 'oz' })));
    expect(oz.water).toMatchObject({ unit: 'oz', goalMl: 1893 });
    expect(problemsOf(edit((d) => (d.water = { goal: 100, unit: 'ml' }))).map((p) => p.path)).toEqual(['water.goalMl']);
    expect(problemsOf(edit((d) => (d.water = { goal: Number.NaN, unit: 'ml' }))).map((p) => p.path)).toEqual([
      'water.goalMl',
    ]);
  });
});
