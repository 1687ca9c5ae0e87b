/**
 * The second-order update rules of Lecture 7 (Newton, BFGS, L-BFGS) for one point in n
 * dimensions, in doubles. Pure: the caller supplies gradients and Hessians (the race gets them
 * from tfjs for a whole swarm; the tests from hand-written quadratics) and chooses the step
 * length along the direction (the race by a backtracking line search, the tests exactly).
 *
 * One step of every rule is two calls:
 *   d = direction(memory, g, H)        (BFGS / L-BFGS first fold the pair s, y = g − g_prev into memory)
 *   remember(memory, t·d, g)           (after the caller picked t; Newton takes t = 1)
 *
 *   newton  d = −(H + λI)⁻¹ g          (singular H + λI: no step, reported as 'singular')
 *   bfgs    d = −Hk g,  Hk+1 = (I − ρ s yᵀ) Hk (I − ρ y sᵀ) + ρ s sᵀ,  ρ = 1/(yᵀs)
 *   lbfgs   d = −Hk g by the two-loop recursion over the last m pairs (s, y)
 * Both quasi-Newton rules start from H0 = I and skip a pair with yᵀs ≤ 0 (it would make the
 * estimate indefinite), so with m ≥ the number of pairs L-BFGS gives exactly BFGS's direction.
 */
export type Vector = number[];

/**
 * Pivots below this fraction of the matrix's largest entry count as zero: the race's Hessians
 * are exact (lib/formulaDerivatives.ts) but taken at float32 points, and its gradients are
 * float32, so a pivot below about 1e-6 of the matrix's size is rounding, not curvature.
 */
export const SINGULAR = 1e-6;
export type Matrix = number[][];
export type SecondOrderRule = 'newton' | 'bfgs' | 'lbfgs';
/** What the curvature at a point says about the quadratic model there ('notSmooth': f has no Hessian at the point). */
export type Curvature = 'positive' | 'indefinite' | 'negative' | 'singular' | 'notSmooth';

export interface SecondOrderMemory {
  rule: SecondOrderRule;
  damping: number;
  capacity: number;
  /** BFGS's inverse-Hessian estimate. */
  inverse: Matrix;
  /** L-BFGS's pairs, oldest first. */
  pairs: { s: Vector; y: Vector }[];
  lastStep: Vector | null;
  lastGradient: Vector | null;
  /** Pairs skipped because yᵀs ≤ 0. */
  skipped: number;
}

const dot = (a: Vector, b: Vector) => a.reduce((sum, v, i) => sum + v * b[i], 0);
const identity = (n: number): Matrix => Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 1 : 0)));
const times = (m: Matrix, v: Vector): Vector => m.map((row) => dot(row, v));

/** A fresh memory for `rule` in `n` dimensions; `damping` is Newton's λ, `capacity` L-BFGS's m. */
export function createMemory(rule: SecondOrderRule, n: number, damping = 0, capacity = 5): SecondOrderMemory {
  return { rule, damping, capacity, inverse: identity(n), pairs: [], lastStep: null, lastGradient: null, skipped: 0 };
}

/** x solving A x = b by Gaussian elimination with partial pivoting, or null when A is singular. */
export function solve(a: Matrix, b: Vector): Vector | null {
  const n = b.length;
  const m = a.map((row, i) => [...row, b[i]]);
  const scale = Math.max(...a.flat().map(Math.abs), 1e-300);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(m[r][c]) > Math.abs(m[p][c])) p = r;
        if (!(Math.abs(m[p][c]) > SINGULAR * scale)) return null;
    [m[c], m[p]] = [m[p], m[c]];
    for (let r = c + 1; r < n; r++) {
      const k = m[r][c] / m[c][c];
      for (let j = c; j <= n; j++) m[r][j] -= k * m[c][j];
    }
  }
  const x = new Array<number>(n).fill(0);
  for (let r = n - 1; r >= 0; r--) {
    let sum = m[r][n];
    for (let j = r + 1; j < n; j++) sum -= m[r][j] * x[j];
    x[r] = sum / m[r][r];
  }
  return x;
}

/** Whether the symmetric `h` is positive definite (a Cholesky factorisation goes through). */
function positiveDefinite(h: Matrix): boolean {
  const n = h.length;
  const scale = Math.max(...h.flat().map(Math.abs), 1e-300);
  const l: Matrix = identity(n).map((row) => row.map(() => 0));
  for (let i = 0; i < n; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = h[i][j];
      for (let k = 0; k < j; k++) sum -= l[i][k] * l[j][k];
      if (i === j) {
        if (!(sum > SINGULAR * scale)) return false;
        l[i][i] = Math.sqrt(sum);
      } else l[i][j] = sum / l[j][j];
    }
  }
  return true;
}

/** The kind of curvature of a symmetric matrix (singular: it cannot be inverted). */
export function curvatureOf(h: Matrix): Curvature {
  if (positiveDefinite(h)) return 'positive';
  if (positiveDefinite(h.map((row) => row.map((v) => -v)))) return 'negative';
  return solve(h, h.map(() => 1)) === null ? 'singular' : 'indefinite';
}

/** Folds the pair (s, y) of the last step into the memory; a pair with yᵀs ≤ 0 is skipped. */
function foldPair(memory: SecondOrderMemory, g: Vector): void {
  const { lastStep: s, lastGradient } = memory;
  if (!s || !lastGradient) return;
  const y = g.map((v, i) => v - lastGradient[i]);
  const ys = dot(y, s);
  if (!(ys > 1e-12 * Math.sqrt(dot(y, y) * dot(s, s)))) {
    memory.skipped += 1;
    return;
  }
  if (memory.rule === 'lbfgs') {
    memory.pairs.push({ s, y });
    if (memory.pairs.length > memory.capacity) memory.pairs.shift();
    return;
  }
  const rho = 1 / ys;
  const h = memory.inverse;
  const hy = times(h, y);
  const yhy = dot(y, hy);
  // (I − ρ s yᵀ) H (I − ρ y sᵀ) + ρ s sᵀ, expanded so no n×n product is formed.
  memory.inverse = h.map((row, i) => row.map((v, j) => v - rho * (s[i] * hy[j] + hy[i] * s[j]) + (rho * rho * yhy + rho) * s[i] * s[j]));
}

/** L-BFGS's −H g by the two-loop recursion with H0 = I. */
function twoLoop(pairs: SecondOrderMemory['pairs'], g: Vector): Vector {
  const q = [...g];
  const alphas: number[] = [];
  for (let k = pairs.length - 1; k >= 0; k--) {
    const { s, y } = pairs[k];
    const alpha = dot(s, q) / dot(y, s);
    alphas[k] = alpha;
    for (let i = 0; i < q.length; i++) q[i] -= alpha * y[i];
  }
  for (let k = 0; k < pairs.length; k++) {
    const { s, y } = pairs[k];
    const beta = dot(y, q) / dot(y, s);
    for (let i = 0; i < q.length; i++) q[i] += s[i] * (alphas[k] - beta);
  }
  return q.map((v) => -v);
}

/** The direction of the memory's rule at a point with gradient `g` (and Hessian `h` for Newton); null: singular. */
export function direction(memory: SecondOrderMemory, g: Vector, h?: Matrix): Vector | null {
  if (memory.rule === 'newton') {
    if (!h) throw new Error('Expected a Hessian for Newton’s step, but got none');
    const damped = h.map((row, i) => row.map((v, j) => (i === j ? v + memory.damping : v)));
    const step = solve(damped, g);
    return step && step.every(Number.isFinite) ? step.map((v) => -v) : null;
  }
  foldPair(memory, g);
  return memory.rule === 'lbfgs' ? twoLoop(memory.pairs, g) : times(memory.inverse, g).map((v) => -v);
}

/** Records the step taken (`step` = t·d) and the gradient it started from, for the next pair; null: no pair from this step. */
export function remember(memory: SecondOrderMemory, step: Vector | null, g: Vector): void {
  memory.lastStep = step;
  memory.lastGradient = g;
}

/** The current inverse-Hessian estimate as a matrix (L-BFGS: the two-loop applied to each unit vector). */
export function inverseEstimate(memory: SecondOrderMemory, n: number): Matrix {
  if (memory.rule === 'bfgs') return memory.inverse.map((row) => [...row]);
  const columns = identity(n).map((e) => twoLoop(memory.pairs, e).map((v) => -v));
  return columns[0].map((_, i) => columns.map((c) => c[i]));
}

/** Forgets every pair (after a failed line search: the estimate pointed nowhere downhill). */
export function forget(memory: SecondOrderMemory): void {
  memory.inverse = identity(memory.inverse.length);
  memory.pairs = [];
  memory.lastStep = null;
  memory.lastGradient = null;
}

/**
 * The line search's choice: the first trial length t (tried longest first) whose value meets
 * Armijo's sufficient decrease f(t) ≤ f0 + c·t·slope, or −1 when none does.
 */
export function firstSufficientDecrease(f0: number, slope: number, lengths: readonly number[], values: ArrayLike<number>, c = 1e-4): number {
  for (let j = 0; j < lengths.length; j++) {
    if (Number.isFinite(values[j]) && values[j] <= f0 + c * lengths[j] * slope) return j;
  }
  return -1;
}
