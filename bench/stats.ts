/** Summaries of repeated measurements: medians, because single loads on a shared machine are noise. */

/** The median of the values, or null when there are none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] as number;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] as number) + upper) / 2;
}

/** `value / baseline`, or null when either is missing or the baseline is zero. */
export function ratio(value: number | null, baseline: number | null): number | null {
  if (value === null || baseline === null || baseline === 0) return null;
  return value / baseline;
}

/** Measurements of one figure over many loads; `missing` counts loads that produced none. */
export interface Series {
  values: number[];
  missing: number;
}

export const emptySeries = (): Series => ({ values: [], missing: 0 });

export function record(series: Series, value: number | null | undefined): void {
  if (value === null || value === undefined || !Number.isFinite(value)) series.missing++;
  else series.values.push(value);
}
