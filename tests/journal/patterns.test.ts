/**
 * Case 34: the statistics keep their word. Simulated journals with fixed seeds, each through the
 * whole panel the page shows (14 factors × skin and gut × same day, 1–3 days later and by week):
 * a real difference is found as often as promised, and noise, independent or streaky, is called
 * "likely" for any factor no more often than promised.
 */
import { describe, expect, it } from 'vitest';
import { type DaySeries, findPatterns, MIN_DAYS, type PatternCell } from '@/utils/journal/patterns';
import { benjaminiHochberg } from '@/utils/journal/stats/benjamini-hochberg';
import { compareDays } from '@/utils/journal/stats/difference';
import { criticalT, twoSidedP } from '@/utils/journal/stats/student-t';
import { seededRandom } from '@/utils/random';

const DAYS = 60;
const FACTORS = 14;
const SEEDS = 400;
const NOISE_SD = 0.8;

function normal(random: () => number): number {
  const u = random() || Number.MIN_VALUE;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}

interface Scenario {
  /** Added to skin on the day after factor f0 was there. */
  effect?: number;
  /** AR(1) coefficient of both scores' noise (0: independent days). */
  phi?: number;
  /** Factors come in runs: each day keeps yesterday's value unless a 20 % chance re-draws it. */
  runs?: boolean;
}

/** A 60-day journal: 14 factors (f0 on half the days, the others on 30–70 %), skin and gut around 3. */
function journal(seed: number, { effect = 0, phi = 0, runs = false }: Scenario): DaySeries {
  const random = seededRandom(seed);
  const factors = Array.from({ length: FACTORS }, (_, f) => {
    const share = f === 0 ? 0.5 : 0.3 + 0.4 * random();
    let on = random() < share;
    const values = Array.from({ length: DAYS }, () => {
      if (!runs || random() < 0.2) on = random() < share;
      return on;
    });
    return { id: `f${f}`, values };
  });
  const score = (withEffect: boolean) => {
    let noise = normal(random) * NOISE_SD;
    return Array.from({ length: DAYS }, (_, t) => {
      noise = phi > 0 ? phi * noise + Math.sqrt(1 - phi * phi) * NOISE_SD * normal(random) : NOISE_SD * normal(random);
      const after = withEffect && t > 0 && factors[0]?.values[t - 1] === true;
      return 3 + noise + (after ? effect : 0);
    });
  };
  return { firstWeekday: 0, outcomes: { skin: score(true), gut: score(false) }, factors };
}

const likely = (cells: PatternCell[]) => cells.filter((cell) => cell.result?.likely);

function rate(scenario: Scenario, hit: (cells: PatternCell[]) => boolean): number {
  let hits = 0;
  for (let seed = 1; seed <= SEEDS; seed++) if (hit(findPatterns(journal(seed, scenario)).cells)) hits += 1;
  return hits / SEEDS;
}

// Each rate runs the whole panel 400 times: a few seconds, more on a busy machine.
describe('case 34: statistics keep their word (400 fixed seeds each)', { timeout: 60_000 }, () => {
  it('a real difference (one point on days after a factor, 60 days, noise sd 0.8) is called likely in at least 80 %', () => {
    const found = rate({ effect: 1 }, (cells) =>
      likely(cells).some((cell) => cell.factor === 'f0' && cell.outcome === 'skin' && cell.view === 1),
    );
    console.info(`real effect called likely: ${(found * 100).toFixed(1)} % of seeds`);
    expect(found).toBeGreaterThanOrEqual(0.8);
  });

  it('pure noise over 60 days is called likely for any factor of the panel in at most 10 %', () => {
    const fooled = rate({}, (cells) => likely(cells).length > 0);
    console.info(`independent noise called likely somewhere: ${(fooled * 100).toFixed(1)} % of seeds`);
    expect(fooled).toBeLessThanOrEqual(0.1);
  });

  it('streaky noise (AR(1), φ = 0.6) with factors that come in runs is not called likely more often', () => {
    const fooled = rate({ phi: 0.6, runs: true }, (cells) => likely(cells).length > 0);
    console.info(`streaky noise called likely somewhere: ${(fooled * 100).toFixed(1)} % of seeds`);
    expect(fooled).toBeLessThanOrEqual(0.1);
  });
});

describe('the panel', () => {
  it('says how many more days each side needs before it tells, and tells nothing before', () => {
    const series = journal(7, {});
    const short: DaySeries = {
      ...series,
      outcomes: { skin: series.outcomes.skin.slice(0, 20), gut: series.outcomes.gut.slice(0, 20) },
      factors: series.factors.map((f) => ({ ...f, values: f.values.slice(0, 20) })),
    };
    const { cells } = findPatterns(short);
    const cell = cells.find((c) => c.factor === 'f0' && c.outcome === 'skin' && c.view === 0) as PatternCell;
    expect(cell.result).toBeNull();
    expect(cell.more).toBe(Math.max(MIN_DAYS - cell.withCount, MIN_DAYS - cell.withoutCount));
    expect(cell.more).toBeGreaterThan(0);
    // Twenty days are fewer than eight weeks on each side.
    expect(cells.filter((c) => c.view === 'week').every((c) => c.result === null)).toBe(true);
  });

  it('calls a difference likely exactly when its range leaves out zero', () => {
    for (let seed = 1; seed <= 40; seed++) {
      for (const cell of findPatterns(journal(seed, { effect: 1 })).cells) {
        if (!cell.result) continue;
        const excludesZero = cell.result.low > 0 || cell.result.high < 0;
        expect(excludesZero, `${seed} ${cell.factor} ${cell.outcome} ${cell.view}`).toBe(cell.result.likely);
      }
    }
  });
});

describe('the pieces', () => {
  it("Student's t: tails and critical values agree with the tables", () => {
    expect(twoSidedP(2, 10)).toBeCloseTo(0.07339, 4);
    expect(twoSidedP(1.96, 1e6)).toBeCloseTo(0.05, 4);
    expect(criticalT(0.05, 10)).toBeCloseTo(2.228, 3);
    expect(criticalT(0.001, 30)).toBeCloseTo(3.646, 3);
  });

  it('Benjamini–Hochberg calls the smallest p-values that meet their rank’s threshold', () => {
    const result = benjaminiHochberg([0.01, 0.04, 0.03, 0.5], 0.1);
    expect(result.count).toBe(3);
    expect(result.called).toEqual([true, true, true, false]);
    expect(result.level).toBeCloseTo(0.075);
    expect(benjaminiHochberg([0.5, 0.9], 0.1)).toMatchObject({ count: 0, level: 0.05 });
  });

  it('a difference needs two days on each side; unknown days are left out', () => {
    expect(compareDays([true, false, null], [4, 3, 5])).toBeNull();
    const result = compareDays([true, true, false, false, null], [4, 5, 2, 3, 1]);
    expect(result).toMatchObject({ withDays: 2, withoutDays: 2, withMean: 4.5, withoutMean: 2.5, difference: 2 });
  });
});
