/**
 * The six first-order rules of optimizers.ts stepped as ONE set of tensors: every built-in
 * first-order racer's particles live in a [2, R, n] tensor (row 0 = x, row 1 = y, R racers of n
 * particles), so a step is one gradient call and one update for all of them. The cost of a
 * swarm step is the number of tfjs ops (each op has a fixed overhead, the work per particle is
 * tiny): 6 racers stepped apart run about six times the ops of this.
 *
 * All six rules are one rule with per-racer coefficients (tests/unit/fusedSwarm.test.ts holds
 * the iterates to optimizers.ts's to 1e-6):
 *   m ← a·m + b·g;   s ← c·s + e·g²;   w ← w + p·m_old + Q·m / (√s·K + E)
 *            a    b    c    e    p     Q          K              E
 *   sgd      0    1    0    0    0    −lr        0              1
 *   momentum mu  −lr   0    0    0    1          0              1
 *   nesterov mu  −lr   0    0   −mu   1+mu       0              1
 *   adagrad  0    1    1    1    0    −lr        1              eps
 *   rmsprop  0    1   rho 1−rho 0    −lr        1              eps
 *   adam     b1 1−b1  b2  1−b2  0  −lr/(1−b1^t) 1/√(1−b2^t)    eps   (Q, K without /(…) when
 *                                                                      biasCorrection is off)
 * so m is the velocity of the momenta and Adam's m; s is the cache of AdaGrad/RMSProp and Adam's v.
 * The coefficients are full-size tensors: tfjs's cpu backend broadcasts a [1, R, 1] tensor
 * element by element through index arithmetic, which costs more than the op itself.
 *
 * Divergence is judged per racer exactly as race.ts judges a runner; a diverged racer's rows keep
 * their last good positions (`good`) while the arithmetic of its other rows goes on unaffected.
 * Disposal follows optimizers.ts: every step's old tensors are disposed once replaced.
 */
import * as tf from '@tensorflow/tfjs';
import type { Hyper, OptimizerName } from './optimizers';
import type { Rng } from '../lib/rng';
import type { Surface } from './surfaces';

/** Beyond this size a particle is taken to have run off to infinity (as race.ts). */
const RUNAWAY = 1e6;

export interface FusedRacer {
  name: OptimizerName;
  hyper: Hyper;
  /** The racer's own noise stream (same draws as it would make stepped alone). */
  rng: Rng;
}

export interface FusedSwarm {
  /**
   * k steps of every racer still `live`; returns a [R, 2k + 2n + 4] readout per racer: k mean
   * losses (f − lossFloor), k ok-flags, its positions (x row then y row), m and s of particle 0.
   * The caller disposes it.
   */
  advance(k: number, live: readonly boolean[]): tf.Tensor;
  /** Adam's step counter of racer r (steps it took). */
  steps(r: number): number;
  dispose(): void;
}

type Coefficients = [a: number, b: number, c: number, e: number, p: number, q: number, k: number, eps: number];

/** The coefficients of the table above for racer `name` after `t` steps (t counts from 1). */
function coefficients(name: OptimizerName, h: Hyper, t: number): Coefficients {
  switch (name) {
    case 'sgd':
      return [0, 1, 0, 0, 0, -h.learningRate, 0, 1];
    case 'momentum':
      return [h.momentum, -h.learningRate, 0, 0, 0, 1, 0, 1];
    case 'nesterov':
      return [h.momentum, -h.learningRate, 0, 0, -h.momentum, 1 + h.momentum, 0, 1];
    case 'adagrad':
      return [0, 1, 1, 1, 0, -h.learningRate, 1, h.epsilon];
    case 'rmsprop':
      return [0, 1, h.decayRate, 1 - h.decayRate, 0, -h.learningRate, 1, h.epsilon];
    case 'adam': {
      const q = h.biasCorrection ? -h.learningRate / (1 - h.beta1 ** t) : -h.learningRate;
      const k = h.biasCorrection ? 1 / Math.sqrt(1 - h.beta2 ** t) : 1;
      return [h.beta1, 1 - h.beta1, h.beta2, 1 - h.beta2, 0, q, k, h.epsilon];
    }
  }
}

/** The fused swarm of `racers` on `surface`, every racer from the same `starts` (x0 y0 x1 y1 …). */
export function createFusedSwarm(surface: Surface, racers: readonly FusedRacer[], starts: Float32Array, noise: number): FusedSwarm {
  const R = racers.length;
  const n = starts.length / 2;
  const shape: [number, number, number] = [2, R, n];
  const block = n;
  /** A full-size tensor holding coefficient `which` of each racer in its rows. */
  const full = (which: number, ts: readonly number[]) => {
    const values = new Float32Array(2 * R * n);
    racers.forEach(({ name, hyper }, r) => {
      const value = coefficients(name, hyper, ts[r])[which];
      values.fill(value, r * block, (r + 1) * block);
      values.fill(value, (R + r) * block, (R + r + 1) * block);
    });
    return tf.tensor3d(values, shape);
  };
  const ones = racers.map(() => 1);
  const [a, b, c, e, p, , , eps] = [0, 1, 2, 3, 4, 5, 6, 7].map((which) => (which === 5 || which === 6 ? null : full(which, ones)));
  const timeVarying = racers.some(({ name, hyper }) => name === 'adam' && hyper.biasCorrection);
  let q = full(5, ones);
  let kScale = full(6, ones);
  const taken = racers.map(() => 0);

  let params = tf.tidy(() => tf.tensor2d(starts, [n, 2]).transpose().reshape([2, 1, n]).tile([1, R, 1]));
  let m = tf.zeros(shape);
  let s = tf.zeros(shape);
  let good = params.clone();
  let allGood = tf.ones([R], 'bool');
  const rowsOf = (w: tf.Tensor) => [w.slice([0, 0, 0], [1, R, n]), w.slice([1, 0, 0], [1, R, n])] as [tf.Tensor, tf.Tensor];
  const partials = tf.grads((x: tf.Tensor, y: tf.Tensor) => surface.f(x, y).sum());

  const step = (live: readonly boolean[]) => {
    if (timeVarying) {
      tf.dispose([q, kScale]);
      racers.forEach((_, r) => live[r] && taken[r]++);
      q = full(5, taken);
      kScale = full(6, taken);
    }
    const next = tf.tidy(() => {
      let g = tf.concat(partials(rowsOf(params)), 0);
      if (noise > 0) {
        const draws = racers.map(({ rng }) => tf.randomNormal([2, 1, n], 0, noise, 'float32', rng.seed()));
        g = g.add(tf.concat(draws, 1));
      }
      const m2 = m.mul(a!).add(g.mul(b!));
      const s2 = s.mul(c!).add(g.square().mul(e!));
      const w = params.add(m.mul(p!)).add(m2.mul(q).div(s2.sqrt().mul(kScale).add(eps!)));
      const [x, y] = rowsOf(w);
      const loss = surface.f(x, y).mean([0, 2]).sub(surface.lossFloor);
      const size = w.abs();
      const ok = tf.isFinite(size.sum([0, 2])).logicalAnd(size.max([0, 2]).lessEqual(RUNAWAY)).logicalAnd(tf.isFinite(loss)).logicalAnd(allGood);
      const kept = tf.where(ok.reshape([1, R, 1]), w, good);
      return { m2, s2, w, loss, ok, kept };
    });
    tf.dispose([params, m, s, good, allGood]);
    params = next.w;
    m = next.m2;
    s = next.s2;
    good = next.kept;
    allGood = next.ok.clone();
    if (!timeVarying) racers.forEach((_, r) => live[r] && taken[r]++);
    return { loss: next.loss, ok: next.ok };
  };

  return {
    advance(k, live) {
      const losses: tf.Tensor[] = [];
      const flags: tf.Tensor[] = [];
      for (let i = 0; i < k; i++) {
        const { loss, ok } = step(live);
        losses.push(loss);
        flags.push(ok);
      }
      const readout = tf.tidy(() =>
        tf.concat(
          [
            tf.stack(losses, 1),
            tf.stack(flags, 1).cast('float32'),
            good.transpose([1, 0, 2]).reshape([R, 2 * n]),
            m.slice([0, 0, 0], [2, R, 1]).transpose([1, 0, 2]).reshape([R, 2]),
            s.slice([0, 0, 0], [2, R, 1]).transpose([1, 0, 2]).reshape([R, 2]),
          ],
          1,
        ),
      );
      tf.dispose([...losses, ...flags]);
      return readout;
    },
    steps: (r) => taken[r],
    dispose() {
      tf.dispose([params, m, s, good, allGood, q, kScale, a!, b!, c!, e!, p!, eps!]);
    },
  };
}
