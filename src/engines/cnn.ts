/**
 * A small convolutional classifier for 28 x 28 digits, kept as a plain list of tensors (like
 * mlp.ts) so the hand-written optimizers in optimizers.ts update exactly these tensors:
 *
 *   [n, 28, 28, 1] ─conv 3x3, 8─ReLU─maxpool 2─► [n, 14, 14, 8] ─conv 3x3, 16─ReLU─maxpool 2─►
 *   [n, 7, 7, 16] ─flatten─dense─► logits [n, 10]
 *
 * Why not tf.conv2d alone: tfjs-backend-wasm 4.22 has no Conv2DBackpropFilter kernel, so its
 * filter gradient would fail there. The convolutions go through conv3x3.ts, whose gradients are
 * written out with fast kernels (im2col for the filter), so this CNN trains on webgl, wasm and cpu
 * alike; a gradient step is about 2x faster than plain im2col + matMul on wasm and cpu.
 *
 * Ownership: as in mlp.ts, functions return new tensors the caller owns and never dispose inputs.
 */
import * as tf from '@tensorflow/tfjs';
import { CLASSES, IMAGE_SIZE } from '../lib/mnist';
import { createRng } from '../lib/rng';
import { conv3x3Fast } from './conv3x3';

/** [K1, b1, K2, b2, W, b]: Ki has shape [9·C_in, C_out] (im2col layout), W is [7·7·C2, 10]. */
export type CnnWeights = tf.Tensor[];

export const DEFAULT_CHANNELS: readonly [number, number] = [8, 16];

/**
 * He-initialised weights from the seeded Rng (not tf.randomNormal), so the start is identical
 * on every backend; zero biases.
 */
export function initCnn(channels: readonly [number, number] = DEFAULT_CHANNELS, seed = 1): CnnWeights {
  for (const c of channels) {
    if (!Number.isInteger(c) || c < 1) throw new Error(`Expected channel counts to be positive integers, but got [${channels.join(', ')}]`);
  }
  const rng = createRng(seed);
  const pooled = (IMAGE_SIZE / 4) ** 2 * channels[1];
  const shapes: [number, number][] = [
    [9 * 1, channels[0]],
    [9 * channels[0], channels[1]],
    [pooled, CLASSES],
  ];
  const weights: CnnWeights = [];
  for (const [fanIn, fanOut] of shapes) {
    const std = Math.sqrt(2 / fanIn);
    const values = new Float32Array(fanIn * fanOut);
    for (let k = 0; k < values.length; k++) values[k] = rng.normal() * std;
    weights.push(tf.tensor2d(values, [fanIn, fanOut]), tf.zeros([fanOut]));
  }
  return weights;
}

/** A 3 x 3 'same' convolution of x [n, h, w, c] with kernel [9c, k] (im2col layout) plus bias. */
export const conv3x3 = conv3x3Fast;

/** Logits [n, 10] for digits x [n, 784] in [0, 1]. */
export function cnnForward(weights: CnnWeights, x: tf.Tensor2D): tf.Tensor2D {
  return tf.tidy(() => {
    const [k1, b1, k2, b2, w, b] = weights as [tf.Tensor2D, tf.Tensor1D, tf.Tensor2D, tf.Tensor1D, tf.Tensor2D, tf.Tensor1D];
    const n = x.shape[0];
    let h = x.reshape([n, IMAGE_SIZE, IMAGE_SIZE, 1]) as tf.Tensor4D;
    h = tf.maxPool(tf.relu(conv3x3(h, k1, b1)), 2, 2, 'valid');
    h = tf.maxPool(tf.relu(conv3x3(h, k2, b2)), 2, 2, 'valid');
    return tf.add(tf.matMul(h.reshape([n, -1]), w), b) as tf.Tensor2D;
  });
}

/** Mean softmax cross-entropy against integer labels y [n] (logSoftmax: large logits stay finite). */
export function cnnLoss(weights: CnnWeights, x: tf.Tensor2D, y: tf.Tensor1D): tf.Scalar {
  return tf.tidy(() => {
    const logits = cnnForward(weights, x);
    const oneHot = tf.oneHot(tf.cast(y, 'int32'), CLASSES);
    return tf.neg(tf.mean(tf.sum(tf.mul(oneHot, tf.logSoftmax(logits)), 1))) as tf.Scalar;
  });
}

/** Fraction of rows of x classified as their label, evaluated in chunks of `chunk` (reads one number back). */
export function cnnAccuracy(weights: CnnWeights, x: tf.Tensor2D, y: tf.Tensor1D, chunk = 500): number {
  const n = x.shape[0];
  const hits = tf.tidy(() => {
    const parts: tf.Tensor[] = [];
    for (let start = 0; start < n; start += chunk) {
      const size = Math.min(chunk, n - start);
      const predicted = tf.argMax(cnnForward(weights, x.slice([start, 0], [size, -1])), 1);
      parts.push(tf.sum(tf.cast(tf.equal(predicted, tf.cast(y.slice([start], [size]), 'int32')), 'float32')));
    }
    return tf.addN(parts);
  });
  const value = hits.dataSync()[0] / n;
  hits.dispose();
  return value;
}
