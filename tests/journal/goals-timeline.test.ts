/**
 * The journal's gentle goals and runs, its timeline and the factors the tool adds by itself: only
 * what went well is counted, a run that ended is never "lost" (the best one stays, and a day still
 * under way breaks nothing), the 12-month view averages week by week, and water against the goal,
 * breaks, mindful meals and the meal check's hunger and fullness become factors without a question.
 */
import { describe, expect, it } from 'vitest';
import type { DayTotals } from '@/utils/history/totals';
import { emptyEntry, type JournalEntry } from '@/utils/journal/entry';
import { daySeries } from '@/utils/journal/factors';
import { runOf, weekGoals } from '@/utils/journal/streaks';
import { timeline } from '@/utils/journal/timeline';
import { addDays, type DateKey } from '@/utils/time/clock';
import { makeSettings } from '../factories';

// 2026-11-26 is a Thursday: its week began on Monday the 23rd.
const TODAY = '2026-11-26';
const entry = (date: DateKey, answers: Partial<JournalEntry>): JournalEntry => ({ ...emptyEntry(date), ...answers });
const totals = (patch: Partial<DayTotals>): DayTotals => ({
  waterMl: 0,
  drinks: 0,
  breaks: 0,
  meals: 0,
  outcomes: {},
  ...patch,
});
const days = (from: DateKey, count: number): DateKey[] => Array.from({ length: count }, (_, i) => addDays(from, i));

describe('this week’s gentle goals', () => {
  it('count from Monday to today: check-ins with answers, days at the water goal, fermented days, plants toward 30', () => {
    const entries = {
      '2026-11-22': entry('2026-11-22', { fermented: true, plants: 9 }), // last week: not counted
      '2026-11-23': entry('2026-11-23', { skin: 4, fermented: true, plants: 6 }),
      '2026-11-24': entry('2026-11-24', {}), // opened, nothing answered: not a check-in
      '2026-11-25': entry('2026-11-25', { gut: 3, fermented: false, plants: 8 }),
      '2026-11-26': entry('2026-11-26', { fermented: true, plants: 2 }),
    };
    const water = {
      '2026-11-23': totals({ waterMl: 2000 }),
      '2026-11-24': totals({ waterMl: 1999 }),
      '2026-11-26': totals({ waterMl: 2500 }),
    };
    expect(weekGoals(TODAY, entries, water, 2000)).toEqual({
      since: '2026-11-23',
      daysSoFar: 4,
      checkins: 3,
      waterDays: 2,
      fermentedDays: 2,
      plants: 16,
    });
  });
});

describe('runs', () => {
  const dates = days('2026-11-10', 17); // to 2026-11-26
  const onDays = (on: DateKey[]) => (date: DateKey) => on.includes(date);

  it('keep the best run after it ended, and count the current one', () => {
    const on = [...days('2026-11-11', 5), ...days('2026-11-24', 3)];
    expect(runOf(dates, onDays(on))).toEqual({ best: 5, current: 3 });
  });

  it('a day still under way breaks nothing: the run up to yesterday is still current', () => {
    const on = days('2026-11-22', 4); // to yesterday, not today (yet)
    expect(runOf(dates, onDays(on))).toEqual({ best: 4, current: 4 });
  });

  it('a run that ended before yesterday is simply not current; nothing says it was lost', () => {
    expect(runOf(dates, onDays(days('2026-11-15', 3)))).toEqual({ best: 3, current: 0 });
    expect(runOf([], () => true)).toEqual({ best: 0, current: 0 });
  });
});

describe('the timeline', () => {
  const dates = days(addDays(TODAY, -363), 364);
  const entries = Object.fromEntries(
    dates.map((date, i) => [
      date,
      entry(date, { skin: ((i % 5) + 1) as JournalEntry['skin'], sleepHours: i % 2 ? 7 : 8 }),
    ]),
  );
  const water = { [TODAY]: totals({ waterMl: 1500, breaks: 2, meals: 1 }) };

  it('shows 4 weeks and 3 months day by day, with the water as a share of the goal', () => {
    const month = timeline('4w', dates, entries, water, 2000);
    expect(month.skin).toHaveLength(28);
    expect(month.water.at(-1)).toEqual({ date: TODAY, value: 75 });
    expect(month.breaks.at(-1)).toEqual({ date: TODAY, value: 2 });
    expect(month.meals.at(-2)).toEqual({ date: addDays(TODAY, -1), value: null });
    expect(timeline('3m', dates, entries, water, 2000).skin).toHaveLength(91);
  });

  it('shows 12 months week by week: each point the mean of the week’s answered days', () => {
    const year = timeline('12m', dates, entries, water, 2000);
    // 364 days from a Friday: 53 weeks, the first and last only partly shown.
    expect(year.skin).toHaveLength(53);
    const full = year.sleep[1];
    expect(full?.value).toBeCloseTo(7.4, 1);
    // Weeks without a single known value are gaps, not zeros.
    expect(year.water.slice(0, -1).every((point) => point.value === null)).toBe(true);
  });
});

describe('factors the tool adds by itself', () => {
  it('water against the goal, breathing breaks, mindful meals, very hungry and very full; unknown days stay unknown', () => {
    const dates = days('2026-11-23', 3);
    const history = {
      '2026-11-23': totals({
        waterMl: 2100,
        breaks: 1,
        meals: 2,
        mealChecks: [
          { at: 1, hunger: 9, fullness: 6, minutes: 20, note: '' },
          { at: 2, hunger: 5, fullness: null, minutes: null, note: '' },
        ],
      }),
      '2026-11-24': totals({
        waterMl: 900,
        meals: 1,
        mealChecks: [{ at: 3, hunger: 4, fullness: 8, minutes: null, note: '' }],
      }),
    };
    const series = daySeries(dates, {}, history, makeSettings({ water: { goalMl: 2000 } }));
    const values = Object.fromEntries(series.factors.map((f) => [f.id, f.values]));
    expect(values.water).toEqual([true, false, null]);
    expect(values.breaks).toEqual([true, false, null]);
    expect(values.meals).toEqual([true, true, null]);
    expect(values.hungry).toEqual([true, false, null]);
    expect(values.full).toEqual([false, true, null]);
    // Nothing checked in: the check-in's own factors are unknown, not "no".
    expect(values.fermented).toEqual([null, null, null]);
  });

  it('the person’s own factors join by name; a question turned off in the options is not a factor', () => {
    const settings = makeSettings({ journal: { factors: ['probiotic'], askDairy: false, askAlcohol: true } });
    const entries = { '2026-11-23': entry('2026-11-23', { own: [{ name: 'probiotic', on: true }] }) };
    const ids = daySeries(['2026-11-23'], entries, {}, settings).factors.map((f) => f.id);
    expect(ids).toContain('own:probiotic');
    expect(ids).toContain('alcohol');
    expect(ids).not.toContain('dairy');
    expect(
      daySeries(['2026-11-23'], entries, {}, settings).factors.find((f) => f.id === 'own:probiotic')?.values,
    ).toEqual([true]);
  });
});
