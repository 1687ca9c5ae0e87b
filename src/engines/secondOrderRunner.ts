/**
 * A second-order racer (Newton, BFGS or L-BFGS; the rules are src/lib/secondOrder.ts) moving a
 * swarm over a race surface. f and ∇f come from tfjs for every particle at once, as for the
 * first-order racers; the 2×2 algebra per particle is done in doubles in JS.
 *
 * Newton's Hessian is exact: the surface's formula (every Surface carries it as text, the
 * reader's too) is differentiated twice by forward-mode automatic differentiation in doubles
 * (lib/formulaDerivatives.ts), at the particle's float32 point. Not tfjs: tf.grads of tf.grads
 * throws for exp, tanh, abs, division, max and min, and the central difference of the gradient
 * that stood in for it carried a truncation error off quadratics and float32 cancellation
 * everywhere. Where f is not twice differentiable (abs at 0, the edge of sqrt) there is no Hessian;
 * the particle stays and its card says so ('notSmooth'). Each step is one batched tfjs evaluation
 * of f and ∇f plus, for BFGS and L-BFGS (which need no Hessian: they estimate it from gradients),
 * one batched backtracking line search (t = 1, ½, ¼, … until Armijo's sufficient decrease holds).
 *
 * Gradient noise stands in for a mini-batch, as in race.ts: each step draws ξ ~ N(0, σ²) per
 * coordinate, the gradient is ∇f + ξ and the line search sees the same batch's loss f(x) + ξᵀx,
 * so a step is judged on its own batch, as mini-batch L-BFGS would judge it. The (s, y) pairs
 * then mix two batches' noise: the reason L-BFGS wants full batches.
 *
 * A particle whose H + λI is singular does not move (the Newton step is undefined there); a
 * particle whose line search finds no decrease does not move and forgets its pairs. Divergence
 * as in race.ts: non-finite or runaway positions or a non-finite mean loss stop the racer.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../lib/rng';
import type { Hyper, SecondOrderName } from '../lib/optimizerTypes';
import type { CurvatureReadout, OptimizerSnapshot } from '../lib/raceState';
import { parseFormula } from '../lib/formula';
import { compileJet, derivativesAt, type Derivatives, type Jet } from '../lib/formulaDerivatives';
import {
  createMemory, curvatureOf, direction, firstSufficientDecrease, forget, inverseEstimate, remember, solve, type SecondOrderMemory,
} from '../lib/secondOrder';
import type { Surface } from './surfaces';

const RUNAWAY = 1e6;
/** Steps shorter than this share of the point's size are below float32's resolution. */
const RESOLVED = 1e-5;
/** Trial lengths of the line search, longest first. */
const LENGTHS = Array.from({ length: 24 }, (_, j) => 2 ** -j);

interface Evaluation {
  f: Float64Array;
  g: Float64Array; // x-partials then y-partials
}

/** f (and ∇f when asked) at the points (xs[i], ys[i]) by tfjs, as the first-order racers see them, read back once. */
export function evaluateSurface(surface: Surface, xs: ArrayLike<number>, ys: ArrayLike<number>, want: 'f' | 'gradient'): Evaluation {
  const n = xs.length;
  const values = tf.tidy(() => {
    const x = tf.tensor2d(Float32Array.from(xs), [1, n]);
    const y = tf.tensor2d(Float32Array.from(ys), [1, n]);
    if (want === 'f') return surface.f(x, y).dataSync() as Float32Array;
    const f = surface.f(x, y);
    const [gx, gy] = tf.grads((a: tf.Tensor, b: tf.Tensor) => surface.f(a, b).sum())([x, y]);
    return tf.concat([f, gx, gy], 0).dataSync() as Float32Array;
  });
  const f = Float64Array.from(values.subarray(0, n));
  return { f, g: want === 'f' ? new Float64Array(0) : Float64Array.from(values.subarray(n, 3 * n)) };
}

/** The surface's formula as a jet (value, gradient, Hessian), for the exact Hessian. */
export function surfaceJet(surface: Surface): (x: number, y: number) => Jet {
  const parsed = parseFormula(surface.formula);
  if (!parsed.ok) throw new Error(`Expected the surface's formula to parse, but "${surface.formula}" gives: ${parsed.error.message}`);
  return compileJet(parsed.ast);
}

/** The exact Hessian (or why there is none) at each point (xs[i], ys[i]). */
export function hessiansAt(jet: (x: number, y: number) => Jet, xs: ArrayLike<number>, ys: ArrayLike<number>): Derivatives[] {
  return Array.from({ length: xs.length }, (_, i) => derivativesAt(jet, xs[i], ys[i]));
}

export interface SecondOrderRunner {
  snapshot: OptimizerSnapshot;
  /** Takes up to k steps (fewer once diverged); returns the mean f − lossFloor after each step taken. */
  advance(k: number): number[];
}

/** A runner for `name` on `surface` from `starts` (x0 y0 x1 y1 …); see the file comment. */
export function createSecondOrderRunner(
  name: SecondOrderName, label: OptimizerSnapshot['label'], color: string, hyper: Hyper,
  surface: Surface, starts: Float32Array, noise: number, rng: Rng,
): SecondOrderRunner {
  const n = starts.length / 2;
  // float32, as tfjs sees them: a step s is then exactly the distance between the points whose gradients make y.
  const xs = new Float32Array(n);
  const ys = new Float32Array(n);
  for (let i = 0; i < n; i++) [xs[i], ys[i]] = [starts[2 * i], starts[2 * i + 1]];
  const memories: SecondOrderMemory[] = Array.from({ length: n }, () => createMemory(name, 2, hyper.damping, Math.max(1, Math.round(hyper.memory))));
  const jet = name === 'newton' ? surfaceJet(surface) : null;
  let here = evaluateSurface(surface, xs, ys, 'gradient');
  let curvatures = jet ? hessiansAt(jet, xs, ys) : [];
  const meanLoss = (f: ArrayLike<number>) => Array.from(f).reduce((s, v) => s + v, 0) / n - surface.lossFloor;
  const start = meanLoss(here.f);
  const snapshot: OptimizerSnapshot = {
    id: name, name, label, color, hyper, step: 0,
    positions: Float32Array.from(starts),
    loss: Number.isFinite(start) ? [start] : [],
    diverged: Number.isFinite(start) ? null : { step: 0 },
    inner: { velocity: null, cache: null, adam: null, effectiveStep: [1, 1], curvature: readout(name, curvatures[0], memories[0], 0) },
  };

  const step = (): number | null => {
    const noisy = Array.from({ length: n }, (_, i) => [here.g[i] + noise * (noise > 0 ? rng.normal() : 0), here.g[n + i] + noise * (noise > 0 ? rng.normal() : 0)]);
    const moves = new Float64Array(2 * n);
    const accepted = new Uint8Array(n);
    let evaluations = 1;
    if (name === 'newton') {
      for (let i = 0; i < n; i++) {
        const at = curvatures[i];
        // No Hessian where f is not twice differentiable: the step is undefined, the particle stays.
        if (at.kind !== 'smooth') continue;
        const [xx, xy, yy] = at.hessian;
        const d = direction(memories[i], noisy[i], [[xx, xy], [xy, yy]]);
        if (d) [moves[2 * i], moves[2 * i + 1]] = d;
      }
    } else {
      const ds = noisy.map((g, i) => direction(memories[i], g)!);
      const tx = new Float64Array(n * LENGTHS.length);
      const ty = new Float64Array(n * LENGTHS.length);
      LENGTHS.forEach((t, j) => ds.forEach((d, i) => {
        tx[j * n + i] = xs[i] + t * d[0];
        ty[j * n + i] = ys[i] + t * d[1];
      }));
      // All trial lengths are evaluated in one batch (one read-back); the count reported is a backtracking search's.
      const trials = evaluateSurface(surface, tx, ty, 'f').f;
      for (let i = 0; i < n; i++) {
        const d = ds[i];
        const batch = (t: number) => t * (noisy[i][0] - here.g[i]) * d[0] + t * (noisy[i][1] - here.g[n + i]) * d[1];
        const values = LENGTHS.map((t, j) => trials[j * n + i] + batch(t));
        const slope = noisy[i][0] * d[0] + noisy[i][1] * d[1];
        const j = slope < 0 ? firstSufficientDecrease(here.f[i], slope, LENGTHS, values) : -1;
        if (j < 0) {
          // Forget the pairs only if a decrease was there to be measured; at the minimum, within
          // float32's resolution of f, the particle simply stays and keeps its estimate.
          if (!(slope > -(1e-6 * Math.abs(here.f[i]) + 1e-12))) forget(memories[i]);
          continue;
        }
        moves[2 * i] = LENGTHS[j] * d[0];
        moves[2 * i + 1] = LENGTHS[j] * d[1];
        accepted[i] = 1;
        // What a backtracking search would have evaluated for particle 0: lengths up to the accepted one.
        if (i === 0) evaluations = 2 + j;
      }
    }
    const nx = xs.map((x, i) => x + moves[2 * i]);
    const ny = ys.map((y, i) => y + moves[2 * i + 1]);
    if (![...nx, ...ny].every((v) => Number.isFinite(v) && Math.abs(v) <= RUNAWAY)) return null;
    const next = evaluateSurface(surface, nx, ny, 'gradient');
    const loss = meanLoss(next.f);
    if (!Number.isFinite(loss)) return null;
    for (let i = 0; i < n; i++) {
      if (!accepted[i]) continue;
      const step = [nx[i] - xs[i], ny[i] - ys[i]];
      // A step too short for float32 to resolve well gives a pair (s, y) of rounding noise, not curvature.
      const resolved = Math.hypot(step[0], step[1]) > RESOLVED * (1 + Math.hypot(xs[i], ys[i]));
      remember(memories[i], resolved ? step : null, noisy[i]);
    }
    xs.set(nx);
    ys.set(ny);
    here = next;
    if (jet) curvatures = hessiansAt(jet, xs, ys);
    snapshot.inner = { ...snapshot.inner, curvature: readout(name, curvatures[0], memories[0], evaluations) };
    return loss;
  };

  return {
    snapshot,
    advance(k) {
      const losses: number[] = [];
      for (let s = 0; s < k && snapshot.diverged === null; s++) {
        const loss = step();
        if (loss === null) snapshot.diverged = { step: snapshot.step + 1 };
        else {
          losses.push(loss);
          snapshot.step += 1;
        }
      }
      const positions = new Float32Array(2 * n);
      for (let i = 0; i < n; i++) [positions[2 * i], positions[2 * i + 1]] = [xs[i], ys[i]];
      snapshot.positions = positions;
      return losses;
    },
  };
}

/**
 * Particle 0's curvature where it stands: Newton's Hessian (its kind judged with the damping
 * added, since H + λI is what the step inverts), or the inverse of the quasi-Newton estimate.
 */
function readout(name: SecondOrderName, at: Derivatives | undefined, memory: SecondOrderMemory, evaluations: number): CurvatureReadout {
  if (name === 'newton') {
    if (at?.kind !== 'smooth') return { matrix: [NaN, NaN, NaN], source: 'hessian', kind: 'notSmooth', evaluations };
    const [xx, xy, yy] = at.hessian;
    const kind = curvatureOf([[xx + memory.damping, xy], [xy, yy + memory.damping]]);
    return { matrix: [xx, xy, yy], source: 'hessian', kind, evaluations };
  }
  const inverse = inverseEstimate(memory, 2);
  const c0 = solve(inverse, [1, 0]) ?? [1, 0];
  const c1 = solve(inverse, [0, 1]) ?? [0, 1];
  return { matrix: [c0[0], (c0[1] + c1[0]) / 2, c1[1]], source: 'estimate', kind: 'positive', evaluations };
}
