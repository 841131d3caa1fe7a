/** Water amounts in the person's unit. Stored amounts are always millilitres. */
import type { WaterSettings } from './settings/schema';

export const ML_PER_OZ = 29.5735;

export function toUnit(ml: number, unit: WaterSettings['unit']): number {
  return unit === 'oz' ? Math.round(ml / ML_PER_OZ) : Math.round(ml);
}

export function fromUnit(amount: number, unit: WaterSettings['unit']): number {
  return unit === 'oz' ? Math.round(amount * ML_PER_OZ) : Math.round(amount);
}

/** "1,250 ml" or "42 oz". */
export function formatAmount(ml: number, unit: WaterSettings['unit'], locale?: string): string {
  return `${toUnit(ml, unit).toLocaleString(locale)} ${unit}`;
}

/** Progress towards the goal, 0..1, and cups drunk as a whole number. */
export function waterProgress(
  drunkMl: number,
  water: WaterSettings,
): { ratio: number; cups: number; goalCups: number } {
  return {
    ratio: Math.min(1, Math.max(0, drunkMl / water.goalMl)),
    cups: Math.floor(drunkMl / water.cupMl),
    goalCups: Math.ceil(water.goalMl / water.cupMl),
  };
}
