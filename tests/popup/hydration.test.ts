import { describe, expect, it } from 'vitest';
import { AMOUNT_LIMITS, hydrationSummary, parseAmount } from '@/components/popup/hydration';
import { formatAmount, fromUnit, toUnit, waterProgress } from '@/utils/units';
import { makeSettings } from '../factories';

const water = (patch: Partial<ReturnType<typeof makeSettings>['water']> = {}) => ({
  ...makeSettings().water,
  ...patch,
});

describe('progress towards the water goal', () => {
  it('in millilitres: amounts, cups and percent', () => {
    expect(hydrationSummary(750, water(), 'en-GB')).toEqual({
      ratio: 0.375,
      percent: 37,
      drunk: '750 ml',
      goal: '2,000 ml',
      cups: 3,
      goalCups: 8,
      met: false,
    });
  });

  it('rounds the percent down, so 100% means the goal is really met', () => {
    expect(hydrationSummary(1999, water(), 'en-GB')).toMatchObject({ percent: 99, met: false });
    expect(hydrationSummary(2000, water(), 'en-GB')).toMatchObject({ percent: 100, met: true });
    expect(hydrationSummary(3100, water(), 'en-GB')).toMatchObject({ ratio: 1, percent: 100, met: true });
    expect(hydrationSummary(0, water(), 'en-GB')).toMatchObject({ ratio: 0, percent: 0, cups: 0 });
  });

  it('counts whole cups drunk and the cups the goal needs, rounded up', () => {
    // 2000 / 330 = 6.06: seven cups reach the goal; 990 ml is three whole cups.
    expect(hydrationSummary(990, water({ cupMl: 330 }))).toMatchObject({ cups: 3, goalCups: 7 });
    expect(hydrationSummary(989, water({ cupMl: 330 }))).toMatchObject({ cups: 2 });
  });

  it('in fluid ounces, rounded to whole ounces', () => {
    const oz = water({ unit: 'oz', goalMl: 1893, cupMl: 237 });
    expect(hydrationSummary(710, oz, 'en-US')).toMatchObject({ drunk: '24 oz', goal: '64 oz', cups: 2, goalCups: 8 });
    expect(toUnit(250, 'oz')).toBe(8);
    expect(fromUnit(8, 'oz')).toBe(237);
    expect(formatAmount(2000, 'oz', 'en-US')).toBe('68 oz');
  });

  it('never goes below zero or above one', () => {
    expect(waterProgress(-50, water()).ratio).toBe(0);
    expect(waterProgress(10_000, water()).ratio).toBe(1);
  });
});

describe('a typed custom amount', () => {
  it.each([
    ['330', 'ml', 330],
    [' 330 ', 'ml', 330],
    ['1,000', 'ml', 1000],
    ['1 500', 'ml', 1500],
    ['12.5', 'ml', 13],
    ['8', 'oz', 237],
    ['8.5', 'oz', 251],
    ['8,5', 'oz', 251],
  ] as const)('%j %s is %i ml', (text, unit, ml) => {
    expect(parseAmount(text, unit)).toEqual({ ok: true, ml });
  });

  it.each([
    ['', 'ml'],
    ['abc', 'ml'],
    ['-200', 'ml'],
    ['1e3', 'ml'],
    ['<b>5</b>', 'ml'],
    ['9', 'ml'],
    ['5001', 'ml'],
    ['0.5', 'oz'],
    ['170', 'oz'],
  ] as const)('%j %s is refused', (text, unit) => {
    expect(parseAmount(text, unit)).toEqual({ ok: false });
  });

  it('accepts exactly the limits, which fit the history (1 to 5000 ml)', () => {
    for (const unit of ['ml', 'oz'] as const) {
      const { min, max } = AMOUNT_LIMITS[unit];
      const low = parseAmount(String(min), unit);
      const high = parseAmount(String(max), unit);
      expect(low.ok && high.ok).toBe(true);
      if (low.ok && high.ok) {
        expect(low.ml).toBeGreaterThanOrEqual(1);
        expect(high.ml).toBeLessThanOrEqual(5000);
      }
    }
  });
});
