/**
 * The quadratic lab's mathematics: f(x) = ½ xᵀHx on a 2-D bowl whose Hessian H has eigenvalues
 * 1 and 1/κ, its axes turned by an angle. On a quadratic every first-order rule is a linear map
 * per eigen-direction, so its convergence rate is known in closed form (Goh, "Why Momentum
 * Really Works", Distill 2017) and can be checked against the iteration itself. Pure, doubles.
 *
 * Rules, as engines/optimizers.ts writes them (tests/unit/quadraticLab.test.ts checks that they agree):
 *   gd        x ← x − α g                                   per direction: factor 1 − αλ
 *   momentum  v ← ρv − α g; x ← x + v                       companion t² − (1 + ρ − αλ)t + ρ
 *   nesterov  v' = ρv − α g; x ← x − ρv + (1 + ρ)v'         companion t² − (1 + ρ)(1 − αλ)t + ρ(1 − αλ)
 * The rate of a direction is the spectral radius of its 2×2 companion matrix (the larger root's
 * size); the rate of the bowl is the worse of its two directions.
 */
import type { Rng } from './rng';

export type LabMethod = 'gd' | 'momentum' | 'nesterov';
export const labMethods: readonly LabMethod[] = ['gd', 'momentum', 'nesterov'];

export interface Bowl {
  kappa: number;
  /** Eigenvalues, largest first: 1 and 1/κ. */
  lambdas: [number, number];
  /** Unit eigenvectors in the same order (columns of the rotation). */
  axes: [[number, number], [number, number]];
  /** H as [xx, xy, yy]. */
  hessian: [number, number, number];
}

/** The bowl with condition number `kappa` whose steep axis is turned `degrees` from x. */
export function bowl(kappa: number, degrees: number): Bowl {
  if (!(kappa >= 1) || !Number.isFinite(kappa)) throw new Error(`Expected κ to be a finite number ≥ 1, but got ${kappa}`);
  const t = (degrees * Math.PI) / 180;
  const [c, s] = [Math.cos(t), Math.sin(t)];
  const lambdas: [number, number] = [1, 1 / kappa];
  const axes: Bowl['axes'] = [[c, s], [-s, c]];
  const h = (i: number, j: number) => lambdas[0] * axes[0][i] * axes[0][j] + lambdas[1] * axes[1][i] * axes[1][j];
  return { kappa, lambdas, axes, hessian: [h(0, 0), h(0, 1), h(1, 1)] };
}

/** The size of the larger root of t² − b t + c = 0 (a 2×2 companion matrix's spectral radius). */
function largerRoot(b: number, c: number): number {
  const disc = b * b - 4 * c;
  if (disc < 0) return Math.sqrt(c);
  const r = Math.sqrt(disc);
  return Math.max(Math.abs((b + r) / 2), Math.abs((b - r) / 2));
}

/** The factor by which `method` shrinks the error along a direction of curvature `lambda` per step (asymptotically). */
export function directionRate(method: LabMethod, alpha: number, rho: number, lambda: number): number {
  const h = alpha * lambda;
  if (method === 'gd') return Math.abs(1 - h);
  if (method === 'momentum') return largerRoot(1 + rho - h, rho);
  return largerRoot((1 + rho) * (1 - h), rho * (1 - h));
}

/** The bowl's rate: the slower of its two directions. */
export function bowlRate(method: LabMethod, alpha: number, rho: number, b: Bowl): number {
  return Math.max(...b.lambdas.map((l) => directionRate(method, alpha, rho, l)));
}

/** Momentum's best setting: α* = 4/(√λ₁ + √λ₂)², ρ* = ((√κ − 1)/(√κ + 1))², with rate √ρ*. */
export function optimum(b: Bowl): { alpha: number; rho: number; rate: number } {
  const [l1, l2] = b.lambdas.map(Math.sqrt);
  const q = Math.sqrt(b.kappa);
  const rho = ((q - 1) / (q + 1)) ** 2;
  return { alpha: 4 / (l1 + l2) ** 2, rho, rate: Math.sqrt(rho) };
}

/** Each method at its textbook setting for this bowl: GD at 2/(λ₁ + λ₂), momentum at (α*, ρ*), Nesterov at (1/λ₁, (√κ − 1)/(√κ + 1)). */
export function tunedSettings(b: Bowl): Record<LabMethod, { alpha: number; rho: number }> {
  const q = Math.sqrt(b.kappa);
  const best = optimum(b);
  return {
    gd: { alpha: 2 / (b.lambdas[0] + b.lambdas[1]), rho: 0 },
    momentum: { alpha: best.alpha, rho: best.rho },
    nesterov: { alpha: 1 / b.lambdas[0], rho: (q - 1) / (q + 1) },
  };
}

/** The momentum ρ at which a direction of curvature λ is critically damped at step α: (1 − √(αλ))², for αλ ≤ 1. */
export function criticalRho(alpha: number, lambda: number): number | null {
  const h = alpha * lambda;
  return h >= 0 && h <= 1 ? (1 - Math.sqrt(h)) ** 2 : null;
}

/** Steps the rate predicts for the error to shrink by `tol`: ln(tol)/ln(rate) (Infinity when rate ≥ 1). */
export function predictedSteps(rate: number, tol = 1e-6): number {
  return rate < 1 ? Math.log(tol) / Math.log(rate) : Infinity;
}

/** One step of `method` on coordinate i of x (and its velocity v) with gradient g, in place. */
function update(method: LabMethod, x: number[], v: number[], i: number, g: number, alpha: number, rho: number): void {
  if (method === 'gd') {
    x[i] -= alpha * g;
    return;
  }
  const next = rho * v[i] - alpha * g;
  x[i] = method === 'momentum' ? x[i] + next : x[i] - rho * v[i] + (1 + rho) * next;
  v[i] = next;
}

/**
 * Runs `method` from x0 = (1, 1) in eigen-coordinates (the bowl's own axes) and returns the
 * error of each direction after every step: errors[k] = [|e₁|, |e₂|]. With noise σ > 0 each
 * gradient coordinate gets N(0, σ²) from `rng` (a stand-in for mini-batch noise).
 */
export function iterate(method: LabMethod, b: Bowl, alpha: number, rho: number, steps: number, noise = 0, rng?: Rng): [number, number][] {
  const x = [1, 1];
  const v = [0, 0];
  const errors: [number, number][] = [[1, 1]];
  for (let k = 0; k < steps; k++) {
    for (let i = 0; i < 2; i++) update(method, x, v, i, b.lambdas[i] * x[i] + (noise > 0 && rng ? noise * rng.normal() : 0), alpha, rho);
    errors.push([Math.abs(x[0]), Math.abs(x[1])]);
  }
  return errors;
}

/** Steps until the error ‖x‖ is at most `tol` times where it started, or null within `limit` steps. */
export function stepsTo(method: LabMethod, b: Bowl, alpha: number, rho: number, tol = 1e-6, limit = 200_000): number | null {
  const x = [1, 1];
  const v = [0, 0];
  const start = Math.SQRT2;
  for (let k = 1; k <= limit; k++) {
    for (let i = 0; i < 2; i++) update(method, x, v, i, b.lambdas[i] * x[i], alpha, rho);
    const size = Math.hypot(x[0], x[1]);
    if (!Number.isFinite(size)) return null;
    if (size <= tol * start) return k;
  }
  return null;
}

/** The root-mean-square error a noisy run settles at: the mean of ‖x‖² over its last half, square-rooted. */
export function noiseFloor(method: LabMethod, b: Bowl, alpha: number, rho: number, noise: number, rng: Rng, steps = 4000): number {
  const errors = iterate(method, b, alpha, rho, steps, noise, rng).slice(Math.floor(steps / 2));
  return Math.sqrt(errors.reduce((s, [a, c]) => s + a * a + c * c, 0) / errors.length);
}

/**
 * The condition number after the best a per-coordinate rescaling can do, D^(−½) H D^(−½) with
 * D = diag(H) (what Adam and RMSProp approximate by dividing each coordinate by its gradient's
 * scale): 1 when the bowl's axes lie along x and y, and no better than before at 45°.
 */
export function rescaledKappa(b: Bowl): number {
  const [xx, xy, yy] = b.hessian;
  const [a, c, d] = [1, xy / Math.sqrt(xx * yy), 1];
  const mean = (a + d) / 2;
  const radius = Math.hypot((a - d) / 2, c);
  return (mean + radius) / (mean - radius);
}
