/**
 * The prompts a day gives: what the planner (planner.ts) plans for one local date from a fresh
 * start (no anchors, snoozes or pause), merged as the alarms would be. Pure. The welcome page
 * shows these counts next to each choice, and a test keeps the defaults' count in the README true.
 */
import type { Settings } from '../settings/schema';
import { addDays, type DateKey, localInstant, weekdayOfKey } from '../time/clock';
import { freshPlan, type Prompt, prompts } from './planner';
import { WORKDAYS } from './week';

/** Every prompt that comes on `date`, in order. */
export function promptsOnDate(settings: Settings, date: DateKey): Prompt[] {
  const start = localInstant(date, 0);
  const end = localInstant(addDays(date, 1), 0);
  const list: Prompt[] = [];
  // Strictly after the instant before midnight: a prompt at 00:00 counts.
  for (const prompt of prompts(settings, freshPlan(), start - 1)) {
    if (prompt.at >= end) break;
    list.push(prompt);
  }
  return list;
}

/**
 * The day "a workday" means for counting: the first date after `today` that falls on one of
 * `days` (weekday numbers, 0 = Sunday), Monday to Friday first when they are among them.
 */
export function countingDay(today: DateKey, days: readonly number[]): DateKey {
  const preferred = days.some((day) => WORKDAYS.includes(day)) ? days.filter((day) => WORKDAYS.includes(day)) : days;
  for (let offset = 1; offset <= 7; offset++) {
    const date = addDays(today, offset);
    if (preferred.includes(weekdayOfKey(date))) return date;
  }
  return addDays(today, 1);
}
