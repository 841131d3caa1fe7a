/**
 * Which tip a day shows. Pure: the local date comes in as a DateKey, so a tip is stable for the
 * whole local day and changes exactly at local midnight (DST days included).
 *
 * Days are numbered from 1970-01-01 and cut into cycles as long as the candidate list; each
 * cycle is a fresh seeded shuffle of every candidate, so each one shows once per cycle. Hidden
 * tips are simply not candidates. Previous / next are neighbouring days of the same run.
 */

import { seededRandom } from '../random';
import type { DateKey } from '../time/clock';
import { inRotation, type Topic } from './topics';
import type { Tip, TipCategory } from './types';

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of a calendar date (independent of zone and DST). */
export function dayNumber(date: DateKey): number {
  const [y = 1970, m = 1, d = 1] = date.split('-').map(Number);
  return Math.round(Date.UTC(y, m - 1, d) / DAY_MS);
}

function shuffled<T>(items: readonly T[], cycle: number): T[] {
  const out = [...items];
  // Knuth's multiplicative hash spreads neighbouring cycle numbers over the seed space.
  const next = seededRandom(Math.imul(cycle, 0x9e3779b1) ^ 0x5bd1e995);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/**
 * One cycle's order: every item exactly once. A cycle never starts with the item the previous
 * one ended on, so the same tip never shows two days running across a cycle boundary.
 */
export function cycleOrder<T>(items: readonly T[], cycle: number): T[] {
  // Two items alternate in a fixed order; shuffling could repeat one at the boundary.
  if (items.length < 3) return [...items];
  const order = shuffled(items, cycle);
  // Only the previous cycle's unadjusted last item matters: the swap below never moves a last item.
  if (order[0] === shuffled(items, cycle - 1).at(-1)) [order[0], order[1]] = [order[1] as T, order[0] as T];
  return order;
}

/** The item for a step (a day number, plus any previous/next offset) of the endless run. */
export function itemAt<T>(items: readonly T[], step: number): T | undefined {
  if (items.length === 0) return undefined;
  const cycle = Math.floor(step / items.length);
  return cycleOrder(items, cycle)[step - cycle * items.length];
}

export interface TipFilter {
  /** Ids never to show. */
  hidden: ReadonlySet<string>;
  /** Only this category (every tip of it, whatever the topics), or the person's rotation when null. */
  category: TipCategory | null;
  /** The person's topics: the rotation's general tips, and which skin conditions join them (topics.ts). */
  topics: readonly Topic[];
}

/** The tips a run draws from, in library order. */
export function candidates(tips: readonly Tip[], filter: TipFilter): Tip[] {
  return tips.filter(
    (tip) =>
      !filter.hidden.has(tip.id) &&
      (filter.category === null ? inRotation(tip, filter.topics) : tip.category === filter.category),
  );
}

/** The tip for a local date, or `offset` days away from it (previous / next). */
export function tipOfTheDay(tips: readonly Tip[], date: DateKey, filter: TipFilter, offset = 0): Tip | undefined {
  return itemAt(candidates(tips, filter), dayNumber(date) + offset);
}
