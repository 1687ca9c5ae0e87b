/**
 * Augmentation suited to handwritten digits, for the experiment: small rotations (±15°), zooms
 * and shifts, all in one resample. No flips: a mirrored 2, 3, 4, 5, 7 or 9 is not a digit at
 * all, and a 180° turn makes a 6 a 9, so neither keeps the label.
 *
 * The batched form draws one affine per image with the same `drawAffine` as the single-image
 * transform (geometry.ts), so a batch equals its images augmented one by one.
 */
import * as tf from '@tensorflow/tfjs';
import { IMAGE_SIZE } from '../../lib/mnist';
import type { Rng } from '../../lib/rng';
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

/** The digits `x` (n rows of 784 pixels) augmented by `ranges` and clipped to [0, 1], as n images [28, 28, 1] to draw; the caller owns them. */
export function augmentedDigitImages(x: Float32Array, n: number, ranges: AffineRanges, rng: Rng): tf.Tensor3D[] {
  return tf.tidy(() => {
    const augmented = augmentDigitBatch(tf.tensor2d(x, [n, IMAGE_SIZE * IMAGE_SIZE]), ranges, rng);
    return tf.unstack(tf.clipByValue(augmented, 0, 1).reshape([n, IMAGE_SIZE, IMAGE_SIZE, 1])) as tf.Tensor3D[];
  });
}
