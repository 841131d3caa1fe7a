/**
 * Hydration as the popup shows it: today's amount against the goal in the person's unit, and the
 * custom amount they type, read in that unit. Pure; amounts are stored in millilitres.
 */
import type { WaterSettings } from '@/utils/settings/schema';
import { formatAmount, fromUnit, waterProgress } from '@/utils/units';

export interface HydrationSummary {
  ratio: number;
  /** Whole percent, rounded down: 100 only once the goal is really met. */
  percent: number;
  drunk: string;
  goal: string;
  cups: number;
  goalCups: number;
  met: boolean;
}

export function hydrationSummary(drunkMl: number, water: WaterSettings, locale?: string): HydrationSummary {
  const { ratio, cups, goalCups } = waterProgress(drunkMl, water);
  return {
    ratio,
    percent: Math.floor(ratio * 100),
    drunk: formatAmount(drunkMl, water.unit, locale),
    goal: formatAmount(water.goalMl, water.unit, locale),
    cups,
    goalCups,
    met: drunkMl >= water.goalMl,
  };
}

/** What one custom drink may be, per unit (the history accepts 1 to 5000 ml). */
export const AMOUNT_LIMITS: Record<WaterSettings['unit'], { min: number; max: number }> = {
  ml: { min: 10, max: 5000 },
  oz: { min: 1, max: 169 },
};

export type ParsedAmount = { ok: true; ml: number } | { ok: false };

/**
 * A typed amount in the person's unit → millilitres. Accepts "330", "1,000" or "1 000" (grouped)
 * and "8.5" or "8,5" (decimal comma).
 */
export function parseAmount(text: string, unit: WaterSettings['unit']): ParsedAmount {
  let cleaned = text.trim().replace(/\s+/g, '');
  cleaned = /^\d{1,3}(,\d{3})+$/.test(cleaned) ? cleaned.replaceAll(',', '') : cleaned.replace(',', '.');
  if (!/^\d+(\.\d+)?$/.test(cleaned)) return { ok: false };
  const amount = Number(cleaned);
  const { min, max } = AMOUNT_LIMITS[unit];
  if (amount < min || amount > max) return { ok: false };
  return { ok: true, ml: fromUnit(amount, unit) };
}
