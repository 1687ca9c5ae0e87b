/**
 * Parameter averaging for one training run: an exponential moving average (EMA) of the weights
 * and a Polyak average (the plain mean of the iterates from some step on). Training keeps using
 * the raw weights; these copies are only read at test time.
 *
 * Takes in: the weights after each update. Returns: the averaged weights on request, as new
 * tensors the caller owns. Owns its own running tensors (free them with dispose()).
 *
 * The EMA starts at zero and is divided by 1 − βᵗ when read (Adam's bias correction), so it does
 * not drag the random initial weights along for ~1/(1 − β) steps the way an EMA started at the
 * initial weights would; with a short run and β = 0.999 that drag would dominate.
 */
import * as tf from '@tensorflow/tfjs';
import { checkEmaDecay } from '../lib/ensembleTypes';
import type { MlpWeights } from './mlp';

export interface ParameterAverager {
  /** Folds in the weights after update number `updates` (1-based). Does not keep `weights`. */
  update(weights: MlpWeights, updates: number): void;
  /** The bias-corrected EMA weights (new tensors: the caller disposes them). */
  ema(): MlpWeights;
  /** The mean of the iterates since `polyakFrom`, or null before any (new tensors). */
  polyak(): MlpWeights | null;
  /** How many iterates the Polyak average holds. */
  polyakCount(): number;
  dispose(): void;
}

/**
 * An averager shaped like `like` (only shapes are read). The Polyak mean counts the iterates
 * of updates `polyakFrom`, `polyakFrom + 1`, …: late iterates only, because early ones are far
 * from the basin the run ends in and would pull the mean away from it.
 */
export function createParameterAverager(like: MlpWeights, beta: number, polyakFrom: number): ParameterAverager {
  checkEmaDecay(beta);
  let ema: MlpWeights = like.map((w) => tf.zerosLike(w));
  let mean: MlpWeights | null = null;
  let count = 0;
  let last = 0;
  let disposed = false;

  const alive = () => {
    if (disposed) throw new Error('This parameter averager has been disposed');
  };

  return {
    update(weights, updates) {
      alive();
      last = updates;
      const nextEma = tf.tidy(() => ema.map((e, i) => e.mul(beta).add(weights[i].mul(1 - beta))));
      tf.dispose(ema);
      ema = nextEma;
      if (updates < polyakFrom) return;
      count++;
      if (mean === null) {
        mean = weights.map((w) => w.clone());
        return;
      }
      const old: MlpWeights = mean;
      // Running mean: m ← m + (w − m) / n, so no sum grows without bound.
      mean = tf.tidy(() => old.map((m, i) => m.add(weights[i].sub(m).div(count))));
      tf.dispose(old);
    },
    ema() {
      alive();
      const correction = last === 0 ? 1 : 1 - beta ** last;
      return tf.tidy(() => ema.map((e) => (last === 0 ? e.clone() : e.div(correction))));
    },
    polyak() {
      alive();
      return mean === null ? null : mean.map((m) => m.clone());
    },
    polyakCount: () => count,
    dispose() {
      if (disposed) return;
      disposed = true;
      tf.dispose(ema);
      if (mean) tf.dispose(mean);
    },
  };
}
