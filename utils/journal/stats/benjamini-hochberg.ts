/**
 * Benjamini–Hochberg: which of many p-values to call discoveries so that, on average, at most a
 * share `q` of them are flukes. When nothing is really there it also keeps the chance of calling
 * anything at all near `q`, which is what "looking at many factors at once" needs.
 */
export interface Discoveries {
  /** How many were called (the smallest `count` p-values). */
  count: number;
  /** The threshold the largest called p-value met: `count × q / m` (or `q / m` when none was). */
  level: number;
  called: boolean[];
}

export function benjaminiHochberg(pValues: readonly number[], q: number): Discoveries {
  const m = pValues.length;
  const order = pValues.map((p, i) => ({ p, i })).sort((a, b) => a.p - b.p);
  let count = 0;
  order.forEach(({ p }, rank) => {
    if (p <= ((rank + 1) * q) / m) count = rank + 1;
  });
  const called = pValues.map(() => false);
  for (const { i } of order.slice(0, count)) called[i] = true;
  return { count, level: m === 0 ? q : (Math.max(count, 1) * q) / m, called };
}
