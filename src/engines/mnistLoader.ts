/**
 * Getting the shipped MNIST digits into the engines: one fetch per page however many islands
 * ask (they share the promise), decoded by src/lib/mnist.ts, and uploaded as tensors for the
 * training subset and the held-out digits. No DOM: `fetch` exists in browsers and in Node.
 */
import * as tf from '@tensorflow/tfjs';
import { decodeDigits, gather, gunzipIfNeeded, MNIST_URL, PIXELS, splitIndices, type DigitSet } from '../lib/mnist';

const loading = new Map<string, Promise<DigitSet>>();

/**
 * The digits at `url` (default: the shipped file), fetched and decoded once per page; a failed
 * load is forgotten so that a later call can retry.
 */
export function loadMnist(url: string = MNIST_URL, fetchBytes: typeof fetch = fetch): Promise<DigitSet> {
  const cached = loading.get(url);
  if (cached) return cached;
  const promise = (async () => {
    const response = await fetchBytes(url);
    if (!response.ok) throw new Error(`Could not load the MNIST digits from ${url}: HTTP ${response.status}`);
    return decodeDigits(await gunzipIfNeeded(new Uint8Array(await response.arrayBuffer())));
  })();
  loading.set(url, promise);
  promise.catch(() => loading.delete(url));
  return promise;
}

export interface DigitTensors {
  /** Dataset indices of the training rows, in row order. */
  trainIndices: Int32Array;
  trainX: tf.Tensor2D;
  trainY: tf.Tensor1D;
  heldOutX: tf.Tensor2D;
  heldOutY: tf.Tensor1D;
}

/**
 * The first `trainCount` digits of the training pool (classes are interleaved there, so any
 * prefix is nearly balanced) and the first `heldOutCount` held-out digits, as tensors the
 * caller owns (free them with disposeDigitTensors).
 */
export function digitTensors(digits: DigitSet, trainCount: number, heldOutCount: number): DigitTensors {
  const split = splitIndices(digits);
  if (trainCount > split.train.length || heldOutCount > split.heldOut.length) {
    throw new Error(
      `Asked for ${trainCount} training and ${heldOutCount} held-out digits, ` +
        `but the set has ${split.train.length} and ${split.heldOut.length}`,
    );
  }
  const trainIndices = split.train.slice(0, trainCount);
  const train = gather(digits, trainIndices);
  const held = gather(digits, split.heldOut.subarray(0, heldOutCount));
  return {
    trainIndices,
    trainX: tf.tensor2d(train.x, [trainCount, PIXELS]),
    trainY: tf.tensor1d(train.y, 'int32'),
    heldOutX: tf.tensor2d(held.x, [heldOutCount, PIXELS]),
    heldOutY: tf.tensor1d(held.y, 'int32'),
  };
}

/** Frees the tensors made by digitTensors. */
export function disposeDigitTensors(t: DigitTensors): void {
  tf.dispose([t.trainX, t.trainY, t.heldOutX, t.heldOutY]);
}
