/**
 * Augmentation suited to handwritten digits, for the experiment: small rotations (±15°), zooms
 * and shifts, all in one resample. No flips: a mirrored 2, 3, 4, 5, 7 or 9 is not a digit at
 * all, and a 180° turn makes a 6 a 9, so neither keeps the label.
 *
 * The batched form draws one affine per image with the same `drawAffine` as the single-image
 * transform (geometry.ts), so a batch equals its images augmented one by one.
 */
import * as tf from '@tensorflow/tfjs';
import { balancedSubset, gather, IMAGE_SIZE, splitIndices, type DigitSet } from '../../lib/mnist';
import { createRng, type Rng } from '../../lib/rng';
import { applyAffines, drawAffine, randomAffine, type AffineRanges } from './geometry';
import type { Transform } from './transform';

/** ±15° rotation, zoom 0.9–1.1, shift up to ±10 % (about ±3 px on 28 px). */
export const DIGIT_AUGMENT: AffineRanges = { degrees: 15, scale: 0.1, fraction: 0.1 };

/** The single-image form, for the gallery-style preview of one digit. */
export function digitAugmentation(ranges: AffineRanges = DIGIT_AUGMENT): Transform {
  return randomAffine(ranges);
}

/** A fresh batch [n, 784] of augmented copies of `x` [n, 784] (the caller owns it; x is kept). */
export function augmentDigitBatch(x: tf.Tensor2D, ranges: AffineRanges, rng: Rng): tf.Tensor2D {
  const n = x.shape[0];
  const affines = Array.from({ length: n }, () => drawAffine(ranges, IMAGE_SIZE, IMAGE_SIZE, rng));
  return tf.tidy(() => {
    const images = x.reshape([n, IMAGE_SIZE, IMAGE_SIZE, 1]) as tf.Tensor4D;
    return applyAffines(images, affines).reshape([n, IMAGE_SIZE * IMAGE_SIZE]) as tf.Tensor2D;
  });
}

/** The digits `x` (n rows of 784 pixels) augmented by `ranges` and clipped to [0, 1], as n rows of 784 values to draw. */
export function augmentedDigitPixels(x: Float32Array, n: number, ranges: AffineRanges, rng: Rng): Float32Array {
  const clipped = tf.tidy(() => tf.clipByValue(augmentDigitBatch(tf.tensor2d(x, [n, IMAGE_SIZE * IMAGE_SIZE]), ranges, rng), 0, 1));
  const pixels = clipped.dataSync() as Float32Array;
  clipped.dispose();
  return pixels;
}

/** The experiment's preview strip: one training digit of each of the first `count` classes, augmented (seeded by `seed`). */
export function previewDigitPixels(digits: DigitSet, count: number, ranges: AffineRanges, seed: number): Float32Array {
  const rows = balancedSubset(digits, splitIndices(digits).train, 1).slice(0, count);
  return augmentedDigitPixels(gather(digits, rows).x, rows.length, ranges, createRng(seed));
}
