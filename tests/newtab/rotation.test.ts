/**
 * Tip-of-the-day rotation in a zone with DST (New York): every tip once per cycle, hidden tips
 * skipped, the same tip all local day, a new one exactly at local midnight.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays, dateKeyOf, localInstant } from '@/utils/time/clock';
import { TIPS } from '@/utils/tips/library';
import { candidates, cycleOrder, dayNumber, itemAt, type TipFilter, tipOfTheDay } from '@/utils/tips/rotation';
import { DEFAULT_TOPICS, TOPICS } from '@/utils/tips/topics';

const zone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = 'America/New_York';
});
afterAll(() => {
  process.env.TZ = zone;
});

/** Every topic chosen: every tip of the library is in the rotation. */
const ALL: TipFilter = { hidden: new Set<string>(), category: null, topics: TOPICS };
const START = '2026-01-05';

/** Date keys of one whole cycle of `length` days, starting at a cycle boundary. */
function cycleDays(length: number, cycle: number): string[] {
  const first = cycle * length - dayNumber(START);
  return Array.from({ length }, (_, i) => addDays(START, first + i));
}

const idsOn = (dates: string[], filter: TipFilter = ALL) => dates.map((date) => tipOfTheDay(TIPS, date, filter)?.id);

describe('dayNumber', () => {
  it('counts calendar days, ignoring zone and DST', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('2026-03-09') - dayNumber('2026-03-08')).toBe(1);
    expect(dayNumber('2026-11-02') - dayNumber('2026-11-01')).toBe(1);
    expect(dayNumber('2027-01-01') - dayNumber('2026-01-01')).toBe(365);
  });
});

describe('cycleOrder and itemAt', () => {
  it('is a permutation of the items in every cycle, and differs between cycles', () => {
    const items = TIPS.map((tip) => tip.id);
    const orders = [0, 1, 2, 500, 20_000].map((cycle) => cycleOrder(items, cycle));
    for (const order of orders) expect([...order].sort()).toEqual([...items].sort());
    expect(new Set(orders.map((order) => order.join())).size).toBe(orders.length);
  });

  it('is deterministic', () => {
    expect(cycleOrder(['a', 'b', 'c', 'd'], 42)).toEqual(cycleOrder(['a', 'b', 'c', 'd'], 42));
  });

  it('never shows the same item on two steps running, across cycle boundaries too', () => {
    for (const size of [2, 3, 4, 7, TIPS.length]) {
      const items = Array.from({ length: size }, (_, i) => i);
      for (let step = 19_000; step < 19_000 + size * 60; step++) {
        expect(itemAt(items, step + 1), `size ${size}, step ${step}`).not.toBe(itemAt(items, step));
      }
    }
  });

  it('handles empty and single lists, and steps before the epoch', () => {
    expect(itemAt([], 20_000)).toBeUndefined();
    expect(itemAt(['only'], 20_000)).toBe('only');
    expect(itemAt(['a', 'b', 'c'], -1)).toBeDefined();
  });
});

describe('tipOfTheDay', () => {
  it('shows every tip once before any tip repeats', () => {
    for (const cycle of [370, 371, 372]) {
      const ids = idsOn(cycleDays(TIPS.length, cycle));
      expect(new Set(ids).size).toBe(TIPS.length);
    }
  });

  it('skips hidden tips and still shows every other tip once per cycle', () => {
    const hidden = new Set(TIPS.filter((_, i) => i % 5 === 0).map((tip) => tip.id));
    const filter = { ...ALL, hidden };
    const visible = TIPS.length - hidden.size;
    for (const cycle of [400, 401]) {
      const ids = idsOn(cycleDays(visible, cycle), filter);
      expect(ids.some((id) => id === undefined || hidden.has(id))).toBe(false);
      expect(new Set(ids).size).toBe(visible);
    }
    const twoYears = Array.from({ length: 730 }, (_, i) => addDays(START, i));
    expect(idsOn(twoYears, filter).filter((id) => id === undefined || hidden.has(id))).toEqual([]);
  });

  it('returns nothing when every tip is hidden', () => {
    const hidden = new Set(TIPS.map((tip) => tip.id));
    expect(tipOfTheDay(TIPS, START, { ...ALL, hidden })).toBeUndefined();
  });

  it('filters by category and cycles through that category', () => {
    const filter = { ...ALL, category: 'hydration' as const, topics: DEFAULT_TOPICS };
    const pool = candidates(TIPS, filter);
    expect(pool.length).toBeGreaterThan(2);
    const ids = idsOn(cycleDays(pool.length, 9_000), filter);
    expect(new Set(ids).size).toBe(pool.length);
    expect(ids.every((id) => TIPS.find((tip) => tip.id === id)?.category === 'hydration')).toBe(true);
  });

  it('previous and next are the days either side', () => {
    expect(tipOfTheDay(TIPS, START, ALL, 1)).toBe(tipOfTheDay(TIPS, addDays(START, 1), ALL));
    expect(tipOfTheDay(TIPS, START, ALL, -1)).toBe(tipOfTheDay(TIPS, addDays(START, -1), ALL));
    expect(tipOfTheDay(TIPS, START, ALL, -1)).not.toBe(tipOfTheDay(TIPS, START, ALL));
  });
});

describe('the day boundary is local midnight (America/New_York)', () => {
  const tipAt = (instant: number) => tipOfTheDay(TIPS, dateKeyOf(instant), ALL);

  it.each(['2026-06-15', '2026-03-08', '2026-11-01'])('is stable all through %s and changes at its end', (date) => {
    const start = localInstant(date, 0);
    const end = localInstant(addDays(date, 1), 0);
    const tip = tipAt(start);
    for (let at = start; at < end; at += 17 * 60_000) expect(tipAt(at)).toBe(tip);
    expect(tipAt(end - 1)).toBe(tip);
    expect(tipAt(end)).not.toBe(tip);
  });

  it('follows the local date, not the UTC one', () => {
    // 23:30 in New York is already the next day in UTC.
    const lateEvening = localInstant('2026-06-15', 23 * 60 + 30);
    expect(new Date(lateEvening).toISOString().slice(0, 10)).toBe('2026-06-16');
    expect(tipAt(lateEvening)).toBe(tipOfTheDay(TIPS, '2026-06-15', ALL));
  });
});

describe('topics: tips that fit the person', () => {
  const rotation = (topics: TipFilter['topics']) => candidates(TIPS, { ...ALL, topics });
  const conditionTips = TIPS.filter((tip) => tip.condition);

  it('a new person’s rotation has the general tips and no skin-condition tip', () => {
    const pool = rotation(DEFAULT_TOPICS);
    expect(pool.length).toBe(TIPS.length - conditionTips.length);
    expect(pool.some((tip) => tip.condition)).toBe(false);
    // Day one and every day after: never a tip about a condition the person did not choose.
    const year = Array.from({ length: 365 }, (_, i) => addDays(START, i));
    const shown = idsOn(year, { ...ALL, topics: DEFAULT_TOPICS });
    expect(shown.filter((id) => conditionTips.some((tip) => tip.id === id))).toEqual([]);
  });

  it('choosing a condition adds its tips, and only its tips', () => {
    const pool = rotation([...DEFAULT_TOPICS, 'acne']);
    const added = pool.filter((tip) => tip.condition);
    expect(added.length).toBeGreaterThan(0);
    expect(added.every((tip) => tip.condition === 'acne')).toBe(true);
    expect(
      rotation(['glow', 'gut', 'eczema'])
        .filter((tip) => tip.condition)
        .map((tip) => tip.id),
    ).toEqual(['probiotic-eczema-evidence', 'eczema-food-advice']);
  });

  it('gut comfort alone narrows the general tips to the gut ones; no general topic keeps them all', () => {
    const gut = new Set(rotation(['gut']).map((tip) => tip.category));
    // Fermented foods and fibre are gut comfort; hydration and sleep are general glow.
    expect(gut.has('fermented-foods') && gut.has('whole-foods-fibre')).toBe(true);
    expect(gut.has('hydration') || gut.has('stress-sleep') || gut.has('skin-conditions')).toBe(false);
    expect(rotation(['glow']).some((tip) => tip.category === 'probiotics')).toBe(false);
    expect(rotation(['rosacea'])).toHaveLength(rotation(DEFAULT_TOPICS).length + 1);
    expect(rotation([])).toEqual(rotation(DEFAULT_TOPICS));
  });

  it('the topic filter shows every tip of its category, whatever the topics', () => {
    const filtered = candidates(TIPS, { ...ALL, topics: DEFAULT_TOPICS, category: 'skin-conditions' });
    expect(filtered.map((tip) => tip.id)).toEqual(
      TIPS.filter((tip) => tip.category === 'skin-conditions').map((tip) => tip.id),
    );
  });
});
