/**
 * Patterns, honestly: for each factor, the skin and gut scores on days with it against days
 * without it, on the same day and one to three days later, and week by week. Pure: day-by-day
 * series in, one cell per factor × score × view out.
 *
 * A cell is only compared once both sides have enough days (14 days, or 8 weeks for the weekly
 * view: product heuristics, said as such in the page's "how to read this"); before that it says how
 * many more are needed. The ready cells are tested together: Benjamini–Hochberg at q = 0.1 decides
 * which differences are called likely, and every interval is drawn at the level that correction
 * used (Benjamini–Yekutieli's false-coverage adjustment), so a difference is called likely exactly
 * when its range leaves out zero. The spread allows for streaks (stats/difference.ts).
 */
import { benjaminiHochberg } from './stats/benjamini-hochberg';
import { compareDays, type Difference } from './stats/difference';
import { criticalT } from './stats/student-t';

export const OUTCOMES = ['skin', 'gut'] as const;
export type Outcome = (typeof OUTCOMES)[number];

/** 0–3: days between the factor and the score; 'week': weeks with the factor on most days. */
export const VIEWS = [0, 1, 2, 3, 'week'] as const;
export type View = (typeof VIEWS)[number];

export const MIN_DAYS = 14;
export const MIN_WEEKS = 8;
/** The share of flukes among the differences called likely, on average (and the chance of any when nothing is there). */
export const FALSE_DISCOVERY_RATE = 0.1;
/** A week counts in the weekly view with at least this many days known. */
const WEEK_DAYS_NEEDED = 3;

export interface FactorSeries {
  id: string;
  /** Day by day: whether the factor was there (null: not known that day). */
  values: readonly (boolean | null)[];
}

export interface DaySeries {
  /** The first day is a Monday's index within its week: 0 when the series starts on a Monday. */
  firstWeekday: number;
  outcomes: Record<Outcome, readonly (number | null)[]>;
  factors: readonly FactorSeries[];
}

export interface ReadyCell extends Difference {
  low: number;
  high: number;
  likely: boolean;
}

export interface PatternCell {
  factor: string;
  outcome: Outcome;
  view: View;
  /** Days (or weeks) known with and without the factor. */
  withCount: number;
  withoutCount: number;
  /** How many more days (weeks) on the short side before it can tell; 0 when ready. */
  more: number;
  result: ReadyCell | null;
}

export interface Patterns {
  cells: PatternCell[];
  /** How many differences were tested together. */
  tested: number;
  /** The two-sided level every interval is drawn at (the correction's). */
  level: number;
}

/** `values` moved `lag` days later: day t gets what was there on day t − lag. */
const lagged = <T>(values: readonly (T | null)[], lag: number): (T | null)[] =>
  values.map((_, t) => (t - lag >= 0 ? (values[t - lag] ?? null) : null));

/** Week by week (weeks from Monday): the mean score, and whether the factor was on most known days. */
function byWeek(
  firstWeekday: number,
  x: readonly (boolean | null)[],
  y: readonly (number | null)[],
): { x: (boolean | null)[]; y: (number | null)[] } {
  const weeks: { on: number; known: number; sum: number; scored: number }[] = [];
  for (let t = 0; t < y.length; t++) {
    const index = Math.floor((t + firstWeekday) / 7);
    weeks[index] ??= { on: 0, known: 0, sum: 0, scored: 0 };
    const week = weeks[index];
    const on = x[t];
    const score = y[t];
    if (on !== null && on !== undefined) {
      week.known += 1;
      if (on) week.on += 1;
    }
    if (score !== null && score !== undefined) {
      week.sum += score;
      week.scored += 1;
    }
  }
  const full = [...weeks].map((w) => w ?? { on: 0, known: 0, sum: 0, scored: 0 });
  return {
    x: full.map((w) => (w.known >= WEEK_DAYS_NEEDED ? w.on * 2 > w.known : null)),
    y: full.map((w) => (w.scored >= WEEK_DAYS_NEEDED ? w.sum / w.scored : null)),
  };
}

function counts(x: readonly (boolean | null)[], y: readonly (number | null)[]): [number, number] {
  let on = 0;
  let off = 0;
  x.forEach((value, t) => {
    if (value === null || y[t] === null || y[t] === undefined) return;
    if (value) on += 1;
    else off += 1;
  });
  return [on, off];
}

export function findPatterns(series: DaySeries, q: number = FALSE_DISCOVERY_RATE): Patterns {
  const cells: PatternCell[] = [];
  const ready: { cell: PatternCell; difference: Difference }[] = [];
  for (const factor of series.factors) {
    for (const outcome of OUTCOMES) {
      const scores = series.outcomes[outcome];
      for (const view of VIEWS) {
        const pair =
          view === 'week'
            ? byWeek(series.firstWeekday, factor.values, scores)
            : { x: lagged(factor.values, view), y: scores };
        const [withCount, withoutCount] = counts(pair.x, pair.y);
        const needed = view === 'week' ? MIN_WEEKS : MIN_DAYS;
        const more = Math.max(0, needed - withCount, needed - withoutCount);
        const cell: PatternCell = { factor: factor.id, outcome, view, withCount, withoutCount, more, result: null };
        cells.push(cell);
        const difference = more === 0 ? compareDays(pair.x, pair.y) : null;
        if (difference) ready.push({ cell, difference });
      }
    }
  }
  const called = benjaminiHochberg(
    ready.map(({ difference }) => difference.p),
    q,
  );
  ready.forEach(({ cell, difference }, i) => {
    const half = criticalT(called.level, difference.df) * difference.se;
    cell.result = {
      ...difference,
      low: difference.difference - half,
      high: difference.difference + half,
      likely: called.called[i] === true,
    };
  });
  return { cells, tested: ready.length, level: called.level };
}
