/**
 * A small fully connected classifier for MNIST (784 -> 64 ReLU -> 10 by default), kept as a
 * plain list of tensors [W1, b1, W2, b2, ...] rather than a tf.LayersModel, so that the
 * hand-written optimizers in optimizers.ts update exactly these tensors, one state per tensor.
 *
 * Ownership: every function here returns new tensors that the caller owns (and must dispose);
 * none of them disposes its inputs.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../lib/rng';
import { hiddenDense, inputDense } from './dense';

/** [W1, b1, W2, b2, ...]: W_i has shape [in, out], b_i has shape [out]. */
export type MlpWeights = tf.Tensor[];

/**
 * Transforms one hidden activation during training (dropout plugs in here). `layer` counts the
 * hidden layers from 0. It runs inside the caller's tidy and gradient tape.
 */
export type HiddenHook = (activation: tf.Tensor2D, layer: number) => tf.Tensor2D;

export interface ForwardOptions {
  /** Training-time transform of each hidden activation after its ReLU (e.g. inverted dropout). */
  dropout?: HiddenHook;
  /** Training-time transform of the input pixels (dropout on the input, as in Srivastava et al.). */
  inputDropout?: (x: tf.Tensor2D) => tf.Tensor2D;
}

export interface LossOptions extends ForwardOptions {
  /** L2 strength λ: adds (λ/2)·Σ‖W‖² over the weight matrices (biases are not decayed). */
  weightDecay?: number;
}

export const DEFAULT_SIZES: readonly number[] = [784, 64, 10];

/** Checks layer sizes at the boundary, with a message that names the problem. */
function checkSizes(sizes: readonly number[]): void {
  if (sizes.length < 2) throw new Error(`Expected at least 2 layer sizes, but got [${sizes.join(', ')}]`);
  for (const n of sizes) {
    if (!Number.isInteger(n) || n < 1) {
      throw new Error(`Expected layer sizes to be positive integers, but got [${sizes.join(', ')}]`);
    }
  }
}

/**
 * He-initialised weights (normal, std √(2/fan-in); zero biases) for layer `sizes`. The numbers
 * come from the seeded Rng, not from tf.randomNormal, so they are identical on every backend.
 */
export function initMlp(sizes: readonly number[] = DEFAULT_SIZES, seed = 1): MlpWeights {
  checkSizes(sizes);
  const rng = createRng(seed);
  const weights: MlpWeights = [];
  for (let i = 0; i + 1 < sizes.length; i++) {
    const [fanIn, fanOut] = [sizes[i], sizes[i + 1]];
    const std = Math.sqrt(2 / fanIn);
    const values = new Float32Array(fanIn * fanOut);
    for (let k = 0; k < values.length; k++) values[k] = rng.normal() * std;
    weights.push(tf.tensor2d(values, [fanIn, fanOut]), tf.zeros([fanOut]));
  }
  return weights;
}

/** An independent copy of every weight tensor (so several optimizers can start from one init). */
export function cloneWeights(weights: MlpWeights): MlpWeights {
  return weights.map((w) => w.clone());
}

/** Disposes every tensor in the list. */
export function disposeWeights(weights: MlpWeights): void {
  for (const w of weights) w.dispose();
}

/** The layer sizes these weights implement, e.g. [784, 64, 10]. */
export function layerSizes(weights: MlpWeights): number[] {
  return [weights[0].shape[0], ...weights.filter((_, i) => i % 2 === 0).map((w) => w.shape[1] as number)];
}

/** Logits [n, classes] for images x [n, 784]: affine + ReLU on hidden layers, affine at the end. */
export function forward(weights: MlpWeights, x: tf.Tensor2D, options: ForwardOptions = {}): tf.Tensor2D {
  return tf.tidy(() => {
    let h = options.inputDropout ? options.inputDropout(x) : x;
    const layers = weights.length / 2;
    for (let l = 0; l < layers; l++) {
      const dense = l === 0 ? inputDense : hiddenDense;
      const z = dense(h, weights[2 * l] as tf.Tensor2D, weights[2 * l + 1]);
      if (l === layers - 1) return z;
      h = tf.relu(z);
      if (options.dropout) h = options.dropout(h, l);
    }
    return h;
  });
}

/**
 * Mean softmax cross-entropy of the logits against integer labels y [n], plus the optional
 * weight-decay term. Written with logSoftmax so large logits give a large loss, not NaN.
 */
export function loss(weights: MlpWeights, x: tf.Tensor2D, y: tf.Tensor1D, options: LossOptions = {}): tf.Scalar {
  return tf.tidy(() => {
    const logits = forward(weights, x, options);
    const oneHot = tf.oneHot(tf.cast(y, 'int32'), logits.shape[1]);
    const dataLoss = tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1)));
    const lambda = options.weightDecay ?? 0;
    if (lambda === 0) return dataLoss as tf.Scalar;
    const squares = weights.filter((_, i) => i % 2 === 0).map((w) => tf.sum(tf.square(w)));
    return tf.add(dataLoss, tf.mul(lambda / 2, tf.addN(squares))) as tf.Scalar;
  });
}

/** Fraction of rows of x whose arg-max logit equals the label in y (reads one number back). */
export function accuracy(weights: MlpWeights, x: tf.Tensor2D, y: tf.Tensor1D): number {
  const hits = tf.tidy(() => {
    const predicted = tf.argMax(forward(weights, x), 1);
    return tf.mean(tf.cast(tf.equal(predicted, tf.cast(y, 'int32')), 'float32'));
  });
  const value = hits.dataSync()[0];
  hits.dispose();
  return value;
}
