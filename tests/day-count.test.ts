/** How many prompts a day gives, counted with the planner: the defaults stay gentle. */
import { describe, expect, it } from 'vitest';
import { countingDay, promptsOnDate } from '@/utils/schedule/day-count';
import { DEFAULT_SETTINGS } from '@/utils/settings/defaults';
import { firstVersionDefaults } from '@/utils/settings/earlier-defaults';
import { validateSettings } from '@/utils/settings/schema';
import { addDays } from '@/utils/time/clock';
import { fixedSchedule, onlyKinds } from './factories';
import { MONDAY } from './worker/boot';

const clocks = (date: string, settings = DEFAULT_SETTINGS) =>
  promptsOnDate(settings, date).map((p) => [
    new Date(p.at).toTimeString().slice(0, 5),
    p.due.map((d) => d.kind).join('+'),
  ]);

describe('prompts on a workday', () => {
  it('the defaults give 5 prompts on a workday (the README says so), well under the first version’s 18 reminders', () => {
    expect(clocks(MONDAY)).toEqual([
      ['11:00', 'hydration'],
      ['12:30', 'meal'],
      ['13:00', 'hydration+stress'],
      ['15:00', 'hydration'],
      ['17:00', 'hydration+stress'],
    ]);
    // The first version's: 18 reminders (9 water, 6 breaks, 3 meals), 15 prompts once merged.
    const before = promptsOnDate(firstVersionDefaults(), MONDAY);
    expect(before.flatMap((p) => p.due)).toHaveLength(18);
    expect(before).toHaveLength(15);
  });

  it('the defaults are quiet at the weekend', () => {
    expect(clocks(addDays(MONDAY, 5))).toEqual([]);
    expect(clocks(addDays(MONDAY, 6))).toEqual([]);
  });

  it('the first version’s defaults are valid settings', () => {
    expect(validateSettings(firstVersionDefaults()).ok).toBe(true);
  });

  it('a fixed time at midnight counts for its own date, not the day before', () => {
    const settings = onlyKinds({ meal: fixedSchedule(['00:00', '23:59']) });
    expect(clocks(MONDAY, settings)).toEqual([
      ['00:00', 'meal'],
      ['23:59', 'meal'],
    ]);
  });
});

describe('the day counted as "a workday"', () => {
  it('is the next Monday-to-Friday date among the chosen days', () => {
    // MONDAY is 2026-11-23; its Friday is the 27th.
    expect(countingDay(addDays(MONDAY, 4), [1, 2, 3, 4, 5])).toBe(addDays(MONDAY, 7));
    expect(countingDay(MONDAY, [0, 1, 2, 3, 4, 5, 6])).toBe(addDays(MONDAY, 1));
  });

  it('is the next chosen day when only weekend days are chosen', () => {
    expect(countingDay(MONDAY, [0, 6])).toBe(addDays(MONDAY, 5));
  });
});
