/**
 * Dropout, as the chapter defines it. Everywhere in this file (and in the widgets built on it)
 * p is the DROP probability: each unit is set to zero with probability p and kept with 1 − p.
 * (The lecture slides use p for the keep probability; PyTorch's Dropout(p) means drop, like us.)
 *
 * Takes in: a drop probability p in [0, 1), a seed (or a seeded Rng) and activations.
 * Returns: 0/1 keep masks as tensors, masked activations (inverted: kept units scaled by
 * 1/(1 − p) at train time so the expectation is unchanged) and a hook for mlp.ts's forward.
 * The tfjs-free arithmetic (keep flags, expected activations) lives in ./dropoutMath and is
 * re-exported here.
 *
 * The masks come from the project's seeded Rng, not from tf.randomUniform, so the same seed
 * gives the same mask on every backend and in the unit tests. Ownership: tensor functions return
 * new tensors that the caller owns; none disposes its input.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng, type Rng } from '../lib/rng';
import { checkDropProbability, sampleKeepMask } from '../lib/dropoutMath';
import type { HiddenHook } from './mlp';

export * from '../lib/dropoutMath';

/** A float 0/1 mask of `shape` (one independent draw per entry), reproducible from `seed`. */
export function dropoutMask(shape: readonly number[], dropProbability: number, seed: number): tf.Tensor {
  const size = shape.reduce((a, b) => a * b, 1);
  const keep = sampleKeepMask(size, dropProbability, createRng(seed));
  return tf.tensor(Float32Array.from(keep), [...shape], 'float32');
}

export interface DropoutOptions {
  /**
   * Inverted dropout (the default, as in modern frameworks): kept units are divided by 1 − p at
   * train time, so nothing changes at test time. With false, kept units pass unscaled and the
   * test-time network must multiply by 1 − p instead.
   */
  inverted?: boolean;
}

/** Train-time dropout of x with drop probability p: x ⊙ mask, divided by 1 − p when inverted. */
export function applyDropout(x: tf.Tensor, dropProbability: number, seed: number, options: DropoutOptions = {}): tf.Tensor {
  checkDropProbability(dropProbability);
  if (dropProbability === 0) return x.clone();
  const inverted = options.inverted ?? true;
  return tf.tidy(() => {
    const mask = dropoutMask(x.shape, dropProbability, seed);
    const masked = tf.mul(x, mask);
    return inverted ? tf.div(masked, 1 - dropProbability) : masked;
  });
}

/**
 * A hook for mlp.ts's forward: inverted dropout on every hidden activation, with a fresh mask
 * per call (per layer, per forward pass, per example) drawn from `rng`'s stream.
 */
export function dropoutHook(dropProbability: number, rng: Rng, options: DropoutOptions = {}): HiddenHook {
  checkDropProbability(dropProbability);
  return (activation) => applyDropout(activation, dropProbability, rng.seed(), options) as tf.Tensor2D;
}
