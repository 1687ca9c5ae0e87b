/**
 * How much of a gap between two held-out accuracies is noise. An accuracy p measured on n digits
 * is a binomial proportion: repeat it on another n digits (or another seed) and it moves by about
 * its standard error √(p(1 − p)/n), about 0.9 points at 90 % on 1,000 digits. Two racers'
 * accuracies are compared with the standard error of their difference, √(SE₁² + SE₂²) (treating
 * them as independent, which overstates the noise a little for two networks scored on the same
 * digits: the cautious side). A gap under two of those is "within the noise". Pure.
 */

/** Standard error of a proportion `p` (0–1) measured on `n` items: √(p(1 − p)/n). */
export function binomialStandardError(p: number, n: number): number {
  if (!(n > 0) || !Number.isFinite(p)) return NaN;
  const q = Math.min(1, Math.max(0, p));
  return Math.sqrt((q * (1 - q)) / n);
}

/** Standard error of the difference of two independent proportions on `n` items each. */
export function differenceStandardError(p1: number, p2: number, n: number): number {
  return Math.hypot(binomialStandardError(p1, n), binomialStandardError(p2, n));
}

/** Gaps under this many standard errors of the difference are called noise (about 95 % two-sided). */
export const NOISE_Z = 2;

export interface AccuracyVerdict {
  /** Index (into the input) of the leader and of the runner-up. */
  leader: number;
  runnerUp: number;
  /** Their gap and the noise it is judged against (NOISE_Z standard errors), both as proportions. */
  gap: number;
  noise: number;
  withinNoise: boolean;
}

/**
 * Whether the top two of `accuracies` (proportions; NaN entries skipped) differ by more than the
 * noise of `n` held-out items; null with fewer than two finite accuracies.
 */
export function compareTopTwo(accuracies: readonly number[], n: number): AccuracyVerdict | null {
  const ranked = accuracies
    .map((a, i) => ({ a, i }))
    .filter((e) => Number.isFinite(e.a))
    .sort((x, y) => y.a - x.a || x.i - y.i);
  if (ranked.length < 2) return null;
  const [first, second] = ranked;
  const gap = first.a - second.a;
  const noise = NOISE_Z * differenceStandardError(first.a, second.a, n);
  return { leader: first.i, runnerUp: second.i, gap, noise, withinNoise: gap < noise };
}
