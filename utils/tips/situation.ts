/**
 * A tip for the day's situation, when one fits. Pure: the worker's snapshot and `now` come in.
 *
 * - A meal reminder due within 30 minutes (or waiting unanswered) → a mindful-eating tip.
 * - Behind on water by the afternoon → a hydration tip. "Behind" means more than one cup below
 *   an even pace towards the goal across a 08:00–20:00 drinking day.
 * - No stress break yet by the afternoon, on a day with stress breaks scheduled → a stress tip.
 *
 * The first that fits wins, in that order: a meal about to start is the most time-bound, and
 * water is the habit a glance can change right away.
 */
import type { Snapshot } from '../messaging/snapshot';
import { scheduledOn } from '../schedule/week';
import { type DateKey, dayOf, MINUTE, weekdayOf } from '../time/clock';
import { dayNumber, itemAt } from './rotation';
import type { Tip, TipCategory } from './types';

export const SITUATIONS = ['meal-soon', 'behind-on-water', 'no-breaks'] as const;
export type Situation = (typeof SITUATIONS)[number];

export const SITUATION_CATEGORY: Record<Situation, TipCategory> = {
  'meal-soon': 'mindful-eating',
  'behind-on-water': 'hydration',
  'no-breaks': 'stress-sleep',
};

export const MEAL_SOON_MS = 30 * MINUTE;
/** Local clock minutes at which "the afternoon" starts. */
export const AFTERNOON = 12 * 60;
/** The drinking day the even pace is spread over, in local clock minutes. */
export const DRINKING_DAY = { start: 8 * 60, end: 20 * 60 } as const;

const minuteOfDay = (instant: number): number => {
  const d = new Date(instant);
  return d.getHours() * 60 + d.getMinutes();
};

/** How much of the goal an even pace would have reached by this local minute. */
export function expectedWaterMl(goalMl: number, minute: number): number {
  const { start, end } = DRINKING_DAY;
  const share = Math.min(1, Math.max(0, (minute - start) / (end - start)));
  return goalMl * share;
}

function mealSoon(snapshot: Snapshot, now: number): boolean {
  if (!snapshot.settings.meal.enabled) return false;
  if (snapshot.pending.some((p) => p.kinds.includes('meal'))) return true;
  const next = snapshot.next.meal;
  return next.state === 'due' && next.at >= now && next.at - now <= MEAL_SOON_MS;
}

/** The situation that fits now, or null. Totals only count when they are for the person's day now. */
export function situationOf(snapshot: Snapshot, now: number): Situation | null {
  if (mealSoon(snapshot, now)) return 'meal-soon';
  const today = snapshot.week.at(-1);
  const minute = minuteOfDay(now);
  if (!today || today.date !== dayOf(now, snapshot.settings.general.dayStartHour) || minute < AFTERNOON) return null;
  const { settings } = snapshot;
  const { goalMl, cupMl } = settings.water;
  const drunk = today.totals.waterMl;
  if (settings.hydration.enabled && drunk < goalMl && drunk < expectedWaterMl(goalMl, minute) - cupMl) {
    return 'behind-on-water';
  }
  if (settings.stress.enabled && today.totals.breaks === 0 && scheduledOn(settings.stress.schedule, weekdayOf(now))) {
    return 'no-breaks';
  }
  return null;
}

/**
 * The situation's tip for a date: stable through the day, skipping hidden tips and, when there
 * is another, the tip the card already shows.
 */
export function situationalTip(
  tips: readonly Tip[],
  situation: Situation,
  date: DateKey,
  hidden: ReadonlySet<string>,
  shownId?: string,
): Tip | undefined {
  const category = SITUATION_CATEGORY[situation];
  const pool = tips.filter((tip) => tip.category === category && !hidden.has(tip.id));
  const others = pool.filter((tip) => tip.id !== shownId);
  return itemAt(others.length > 0 ? others : pool, dayNumber(date));
}
