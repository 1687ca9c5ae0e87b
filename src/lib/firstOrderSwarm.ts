/**
 * The six first-order rules of the race (engines/optimizers.ts, the lecture's conventions)
 * stepped as ONE fused swarm in plain JS: every racer's particles in one pass per step, the
 * gradient from the surface's formula (formulaGradient.ts), no tfjs op at all. A swarm step is
 * a single loop over R·n particles, where tfjs ran some 30 kernels per racer (the bench's swarm
 * row: scripts/bench-race.mjs); with one particle it is the whole path in microseconds, which
 * the race's instant redraw uses. Positions and state are float32 (as tfjs keeps them), so the
 * iterates equal the tfjs engine's to 1e-6 (tests/unit/firstOrderSwarm.test.ts).
 *
 * All six rules are one rule with per-racer coefficients (m: velocity / Adam's m; s: cache /
 * Adam's v):  m ← a·m + b·g;  s ← c·s + e·g²;  w ← w + p·m_old + q·m / (√s·k + ε)
 *            a    b    c    e    p     q             k             ε
 *   sgd      0    1    0    0    0    −lr           0             1
 *   momentum mu  −lr   0    0    0    1             0             1
 *   nesterov mu  −lr   0    0   −mu   1+mu          0             1
 *   adagrad  0    1    1    1    0    −lr           1             eps
 *   rmsprop  0    1   rho 1−rho  0    −lr           1             eps
 *   adam     b1 1−b1  b2  1−b2   0   −lr/(1−b1^t)   1/√(1−b2^t)   eps  (q = −lr, k = 1 without bias correction)
 *
 * Divergence as in race.ts: a step whose positions are non-finite or exceed 1e6, or whose mean
 * loss is non-finite, stops the racer; its positions stay at the last finite step. Gradient
 * noise N(0, σ²) per coordinate comes from each racer's own Rng. Pure.
 */
import type { Ast } from './formula';
import { formulaGradient } from './formulaGradient';
import type { Hyper, OptimizerName } from './optimizerTypes';
import type { Rng } from './rng';

const RUNAWAY = 1e6;

export interface SwarmRacer {
  name: OptimizerName;
  hyper: Hyper;
  /** Its gradient-noise stream (used only when noise > 0). */
  rng: Rng;
}

/** One racer's result of a batch of steps. */
export interface SwarmReadout {
  /** Mean f − lossFloor after each step it took in this batch. */
  losses: number[];
  /** The step of this batch (1-based) at which it diverged, or 0. */
  divergedAt: number;
  /** Its particles, x0 y0 x1 y1 … (last finite positions). */
  positions: Float32Array;
  /** m and s of particle 0: [mx, my, sx, sy]. */
  heads: [number, number, number, number];
  /** Steps it has taken in all (Adam's t). */
  t: number;
}

export interface FirstOrderSwarm {
  /** Mean f − lossFloor at the start (the same for every racer). */
  startLoss: number;
  /** k steps of every racer that has not diverged; a readout per racer (a diverged one: no losses). */
  step(k: number): SwarmReadout[];
}

type Coefficients = [a: number, b: number, c: number, e: number, p: number, q: number, k: number, eps: number];

/** The table's coefficients for `name` at step t (t counts from 1). */
export function swarmCoefficients(name: OptimizerName, h: Hyper, t: number): Coefficients {
  switch (name) {
    case 'sgd': return [0, 1, 0, 0, 0, -h.learningRate, 0, 1];
    case 'momentum': return [h.momentum, -h.learningRate, 0, 0, 0, 1, 0, 1];
    case 'nesterov': return [h.momentum, -h.learningRate, 0, 0, -h.momentum, 1 + h.momentum, 0, 1];
    case 'adagrad': return [0, 1, 1, 1, 0, -h.learningRate, 1, h.epsilon];
    case 'rmsprop': return [0, 1, h.decayRate, 1 - h.decayRate, 0, -h.learningRate, 1, h.epsilon];
    case 'adam': {
      const q = h.biasCorrection ? -h.learningRate / (1 - h.beta1 ** t) : -h.learningRate;
      const k = h.biasCorrection ? 1 / Math.sqrt(1 - h.beta2 ** t) : 1;
      return [h.beta1, 1 - h.beta1, h.beta2, 1 - h.beta2, 0, q, k, h.epsilon];
    }
  }
}

/** The swarm of `racers` on the surface `formula` (minus `lossFloor`), each from `starts` (x0 y0 x1 y1 …). */
export function createFirstOrderSwarm(formula: Ast, lossFloor: number, racers: readonly SwarmRacer[], starts: ArrayLike<number>, noise: number): FirstOrderSwarm {
  const R = racers.length;
  const n = starts.length / 2;
  const N = R * n;
  const gradient = formulaGradient(formula);
  // Racer r's particle i: x at xs[r*n + i], y at ys[r*n + i]; float32 as tfjs keeps them.
  const xs = new Float32Array(N);
  const ys = new Float32Array(N);
  for (let r = 0; r < R; r++) for (let i = 0; i < n; i++) [xs[r * n + i], ys[r * n + i]] = [starts[2 * i], starts[2 * i + 1]];
  const [mx, my, sx, sy] = [0, 1, 2, 3].map(() => new Float32Array(N));
  const goodX = Float32Array.from(xs);
  const goodY = Float32Array.from(ys);
  const [f, gx, gy] = [0, 1, 2].map(() => new Float64Array(N));
  gradient.at(xs, ys, N, f, gx, gy);
  const meanOf = (r: number) => {
    let sum = 0;
    for (let i = r * n; i < (r + 1) * n; i++) sum += Math.fround(f[i]);
    return Math.fround(Math.fround(sum / n) - lossFloor);
  };
  const startLoss = R > 0 ? meanOf(0) : NaN;
  const live = racers.map(() => Number.isFinite(startLoss));
  const taken = racers.map(() => 0);

  /** One update of racer r's rows from the gradient in gx, gy; false when it diverged. */
  const update = (r: number): boolean => {
    const { name, hyper, rng } = racers[r];
    const [a, b, c, e, p, q, k, eps] = swarmCoefficients(name, hyper, taken[r] + 1);
    let runaway = false;
    for (let i = r * n; i < (r + 1) * n; i++) {
      const noiseX = noise > 0 ? noise * rng.normal() : 0;
      const gX = Math.fround(gx[i] + noiseX);
      const m1 = Math.fround(a * mx[i] + b * gX);
      const s1 = Math.fround(c * sx[i] + e * gX * gX);
      const x = xs[i] + p * mx[i] + (q * m1) / (Math.sqrt(s1) * k + eps);
      [mx[i], sx[i], xs[i]] = [m1, s1, x];
      if (!(Math.abs(xs[i]) <= RUNAWAY)) runaway = true;
    }
    for (let i = r * n; i < (r + 1) * n; i++) {
      const noiseY = noise > 0 ? noise * rng.normal() : 0;
      const gY = Math.fround(gy[i] + noiseY);
      const m1 = Math.fround(a * my[i] + b * gY);
      const s1 = Math.fround(c * sy[i] + e * gY * gY);
      const y = ys[i] + p * my[i] + (q * m1) / (Math.sqrt(s1) * k + eps);
      [my[i], sy[i], ys[i]] = [m1, s1, y];
      if (!(Math.abs(ys[i]) <= RUNAWAY)) runaway = true;
    }
    taken[r]++;
    return !runaway;
  };

  return {
    startLoss,
    step(k) {
      if (!Number.isInteger(k) || k < 1) throw new Error(`Expected k to be a positive integer, but got ${k}`);
      const out = racers.map((_, r): SwarmReadout => ({ losses: [], divergedAt: 0, positions: new Float32Array(0), heads: [0, 0, 0, 0], t: 0 }));
      for (let s = 1; s <= k; s++) {
        if (!live.some(Boolean)) break;
        const moved = racers.map((_, r) => live[r] && update(r));
        // One evaluation gives this step's losses and the next step's gradient.
        gradient.at(xs, ys, N, f, gx, gy);
        racers.forEach((_, r) => {
          if (!live[r]) return;
          const loss = meanOf(r);
          if (!moved[r] || !Number.isFinite(loss)) {
            live[r] = false;
            out[r].divergedAt = s;
            return;
          }
          out[r].losses.push(loss);
          goodX.set(xs.subarray(r * n, (r + 1) * n), r * n);
          goodY.set(ys.subarray(r * n, (r + 1) * n), r * n);
        });
      }
      racers.forEach((_, r) => {
        const positions = new Float32Array(2 * n);
        for (let i = 0; i < n; i++) [positions[2 * i], positions[2 * i + 1]] = [goodX[r * n + i], goodY[r * n + i]];
        Object.assign(out[r], { positions, heads: [mx[r * n], my[r * n], sx[r * n], sy[r * n]], t: taken[r] });
      });
      return out;
    },
  };
}
