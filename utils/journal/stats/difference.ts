/**
 * How a score differs between days with a factor and days without it, and how sure that is when
 * neighbouring days are alike. Pure.
 *
 * The spread is the ordinary two-sample one, widened for autocorrelation: a skin score and a
 * factor that both run in streaks make 60 days worth far fewer independent ones. With lag-one
 * autocorrelations ρ_y of the score (around its group means) and ρ_x of the factor, the variance of
 * a difference of means grows by (1 + ρ_x ρ_y) / (1 − ρ_x ρ_y) (Bartlett's formula for two
 * autoregressive series), and the effective number of days shrinks by the same factor. Each ρ is
 * taken at the upper end of what the data allow (its small-sample bias added back, plus one
 * standard error), so a short, streaky record is never read as more certain than it is; p-values
 * come from Student's t on the effective number of days.
 *
 * Why not a moving-block bootstrap: at 60 days its blocks (about four days) are too short to see
 * streaks of a week. Simulated as in tests/journal/patterns.test.ts while choosing, it reported
 * about three quarters of the real spread for a factor in runs and called streaky noise "likely"
 * somewhere in the panel in 70 % of runs; this estimate, 6 %.
 */
import { twoSidedP } from './student-t';

export interface Difference {
  withDays: number;
  withoutDays: number;
  withMean: number;
  withoutMean: number;
  /** withMean − withoutMean. */
  difference: number;
  /** Its standard error, widened for autocorrelation. */
  se: number;
  /** Degrees of freedom: the effective number of days, less two. */
  df: number;
  /** Two-sided p-value of "no difference". */
  p: number;
}

/** Scores are whole numbers: a spread below that of rounding (1/√12) is not believed. */
const MIN_SD = 1 / Math.sqrt(12);
const MAX_RHO = 0.95;

/** Lag-one autocorrelation over consecutive known values, with how many values were known. */
function lagOne(values: readonly (number | null)[]): { r: number; known: number } {
  let sum = 0;
  let known = 0;
  for (const value of values) {
    if (value === null) continue;
    sum += value;
    known += 1;
  }
  const mean = known > 0 ? sum / known : 0;
  let num = 0;
  let den = 0;
  for (let t = 0; t < values.length; t++) {
    const value = values[t];
    if (value === undefined || value === null) continue;
    den += (value - mean) ** 2;
    const next = values[t + 1];
    if (next !== undefined && next !== null) num += (value - mean) * (next - mean);
  }
  return { r: den > 0 ? num / den : 0, known };
}

/** The autocorrelation at the upper end of what `known` values allow (never below zero). */
function upperRho({ r, known }: { r: number; known: number }): number {
  if (known < 3) return MAX_RHO;
  const rho = Math.max(0, r);
  return Math.min(MAX_RHO, rho + (1 + 3 * rho) / known + Math.sqrt((1 - rho * rho) / known));
}

/**
 * Day t's score `y[t]` on days where `x[t]` is true against days where it is false (null: not
 * known, left out). Null when either side has fewer than two days.
 */
export function compareDays(x: readonly (boolean | null)[], y: readonly (number | null)[]): Difference | null {
  const n = Math.min(x.length, y.length);
  let withSum = 0;
  let withoutSum = 0;
  let withDays = 0;
  let withoutDays = 0;
  for (let t = 0; t < n; t++) {
    const on = x[t];
    const score = y[t];
    if (on === null || on === undefined || score === null || score === undefined) continue;
    if (on) {
      withSum += score;
      withDays += 1;
    } else {
      withoutSum += score;
      withoutDays += 1;
    }
  }
  if (withDays < 2 || withoutDays < 2) return null;
  const withMean = withSum / withDays;
  const withoutMean = withoutSum / withoutDays;
  const residuals: (number | null)[] = [];
  let squares = 0;
  for (let t = 0; t < n; t++) {
    const on = x[t];
    const score = y[t];
    const known = on !== null && on !== undefined && score !== null && score !== undefined;
    const residual = known ? score - (on ? withMean : withoutMean) : null;
    residuals.push(residual);
    if (residual !== null) squares += residual * residual;
  }
  const sd = Math.max(MIN_SD, Math.sqrt(squares / (withDays + withoutDays - 2)));
  const factor = x.slice(0, n).map((on) => (on === null || on === undefined ? null : on ? 1 : 0));
  const rho = upperRho(lagOne(residuals)) * upperRho(lagOne(factor));
  const inflation = (1 + rho) / (1 - rho);
  const se = sd * Math.sqrt((1 / withDays + 1 / withoutDays) * inflation);
  const df = Math.max(2, (withDays + withoutDays) / inflation - 2);
  const difference = withMean - withoutMean;
  return { withDays, withoutDays, withMean, withoutMean, difference, se, df, p: twoSidedP(difference / se, df) };
}
