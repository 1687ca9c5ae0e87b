/**
 * The digits a transfer run sees: N random examples per class from the training pool (seeded,
 * so every strategy and every reload gets the same ones) and the first `heldOutCount` of the
 * held-out digits, as tensors the caller owns (free them with disposeTransferData).
 */
import * as tf from '@tensorflow/tfjs';
import { CLASSES, gather, PIXELS, splitIndices, type DigitSet } from '../../lib/mnist';
import { permutation, type Rng } from '../../lib/rng';

export interface TransferData {
  /** Dataset indices of the training examples, class by class. */
  indices: Int32Array;
  x: tf.Tensor2D;
  y: tf.Tensor1D;
  heldX: tf.Tensor2D;
  heldY: tf.Tensor1D;
}

/** `perClass` seeded-random pool indices of each digit (pool order shuffled by `rng`). */
export function sampleBalanced(digits: DigitSet, pool: Int32Array, perClass: number, rng: Rng): Int32Array {
  if (!Number.isInteger(perClass) || perClass < 1) throw new Error(`Expected perClass to be a positive integer, but got ${perClass}`);
  const order = permutation(pool.length, rng);
  const byClass: number[][] = Array.from({ length: CLASSES }, () => []);
  for (const k of order) {
    const i = pool[k];
    const c = digits.labels[i];
    if (byClass[c].length < perClass) byClass[c].push(i);
  }
  const short = byClass.findIndex((list) => list.length < perClass);
  if (short >= 0) throw new Error(`Asked for ${perClass} examples of digit ${short}, but the pool has ${byClass[short].length}`);
  return Int32Array.from(byClass.flat());
}

/** Training examples and held-out digits for one run. */
export function transferData(digits: DigitSet, perClass: number, heldOutCount: number, rng: Rng): TransferData {
  const split = splitIndices(digits);
  if (heldOutCount < 1 || heldOutCount > split.heldOut.length) {
    throw new Error(`Expected heldOutCount from 1 to ${split.heldOut.length}, but got ${heldOutCount}`);
  }
  const indices = sampleBalanced(digits, split.train, perClass, rng);
  const train = gather(digits, indices);
  const held = gather(digits, split.heldOut.subarray(0, heldOutCount));
  return {
    indices,
    x: tf.tensor2d(train.x, [indices.length, PIXELS]),
    y: tf.tensor1d(train.y, 'int32'),
    heldX: tf.tensor2d(held.x, [heldOutCount, PIXELS]),
    heldY: tf.tensor1d(held.y, 'int32'),
  };
}

/** Frees the tensors of transferData. */
export function disposeTransferData(d: TransferData): void {
  tf.dispose([d.x, d.y, d.heldX, d.heldY]);
}
