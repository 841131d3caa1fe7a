/**
 * Student's t distribution: the two-sided tail probability of a t value, and the t value for a
 * given tail. simple-statistics gives the log-gamma function; the regularized incomplete beta is
 * the continued fraction of Numerical Recipes (Lentz's method). The critical value is found by
 * bisection on the same function, so a test and its interval always agree.
 */
import { bisect, gammaln } from 'simple-statistics';

const TINY = 1e-300;

function continuedFraction(a: number, b: number, x: number): number {
  let c = 1;
  let d = 1 - ((a + b) * x) / (a + 1);
  d = 1 / (Math.abs(d) < TINY ? TINY : d);
  let h = d;
  for (let m = 1; m <= 300; m++) {
    const m2 = 2 * m;
    for (const aa of [
      (m * (b - m) * x) / (a - 1 + m2) / (a + m2),
      (-(a + m) * (a + b + m) * x) / (a + m2) / (a + 1 + m2),
    ]) {
      d = 1 + aa * d;
      d = 1 / (Math.abs(d) < TINY ? TINY : d);
      c = 1 + aa / c;
      if (Math.abs(c) < TINY) c = TINY;
      h *= d * c;
    }
    if (Math.abs(d * c - 1) < 3e-14) break;
  }
  return h;
}

/** The regularized incomplete beta function I_x(a, b). */
export function incompleteBeta(x: number, a: number, b: number): number {
  if (x <= 0) return 0;
  if (x >= 1) return 1;
  const front = Math.exp(gammaln(a + b) - gammaln(a) - gammaln(b) + a * Math.log(x) + b * Math.log(1 - x));
  return x < (a + 1) / (a + b + 2)
    ? (front * continuedFraction(a, b, x)) / a
    : 1 - (front * continuedFraction(b, a, 1 - x)) / b;
}

/** P(|T| ≥ |t|) for Student's t with `df` degrees of freedom. */
export const twoSidedP = (t: number, df: number): number => incompleteBeta(df / (df + t * t), df / 2, 0.5);

/** The t value whose two-sided tail is `alpha` (e.g. 0.05 → 2.23 at 10 degrees of freedom). */
export function criticalT(alpha: number, df: number): number {
  return bisect((t: number) => twoSidedP(t, df) - alpha, 0, 1e3, 200, 1e-9);
}
