/**
 * Geometric augmentations that move pixels: rotation, translation, and the one-resample affine
 * (rotation + scale + shift, like torchvision's RandomAffine) that digits use. All go through
 * tf.image.transform with bilinear sampling; what falls outside the image is filled with 0
 * (black), as torchvision does, which for MNIST is exactly the background.
 *
 * tf.image.transform wants, per image, the map from an OUTPUT pixel (x, y) to the INPUT point
 * it samples: x_in = a0·x + a1·y + a2, y_in = b0·x + b1·y + b2 (the last two entries 0: no
 * perspective). We rotate about the pixel centre ((W−1)/2, (H−1)/2), so a 180° turn maps pixel
 * (r, c) exactly onto (H−1−r, W−1−c) and two of them give the image back.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../lib/rng';
import { checkImage, checkRange, uniform, type Transform } from './transform';

export interface Affine {
  /** Rotation in degrees. */
  degrees: number;
  /** Zoom factor: 1.2 shows the middle bigger. */
  scale: number;
  /** Shift of the content in pixels, right and down. */
  dx: number;
  dy: number;
  /** Mirror left to right as well (the wrong augmentation for digits, offered to show why). */
  mirror?: boolean;
}

/** The 8 numbers of tf.image.transform for `a` on an image `height` x `width`. */
export function affineMatrix(a: Affine, height: number, width: number): number[] {
  const t = (a.degrees * Math.PI) / 180;
  const [cos, sin] = [Math.cos(t) / a.scale, Math.sin(t) / a.scale];
  const cx = (width - 1) / 2;
  const cy = (height - 1) / 2;
  // Inverse of "scale and rotate about the centre, then shift": undo the shift, then the rest.
  const [ox, oy] = [cx + a.dx, cy + a.dy];
  const row = [cos, sin, cx - cos * ox - sin * oy];
  // A mirror after the rest: the sampled input column c becomes W − 1 − c.
  const x = a.mirror ? [-row[0], -row[1], width - 1 - row[2]] : row;
  return [...x, -sin, cos, cy + sin * ox - cos * oy, 0, 0];
}

/**
 * Resamples a batch [N, H, W, C] with one affine per image. One tf.image.transform call per
 * image, not one for the batch: the cpu kernel of tfjs 4.22 returns zeros for every image after
 * the first of a batch (tests/unit/augment.test.ts checks the batch against single images).
 */
export function applyAffines(images: tf.Tensor4D, affines: Affine[]): tf.Tensor4D {
  const [n, h, w] = images.shape;
  if (affines.length !== n) throw new Error(`Expected ${n} affines for ${n} images, but got ${affines.length}`);
  return tf.tidy(() => {
    const one = (image: tf.Tensor4D, a: Affine) =>
      tf.image.transform(image, tf.tensor2d([affineMatrix(a, h, w)], [1, 8]), 'bilinear', 'constant', 0);
    if (n === 1) return one(images, affines[0]);
    return tf.concat(tf.split(images, n, 0).map((image, i) => one(image as tf.Tensor4D, affines[i])), 0) as tf.Tensor4D;
  });
}

/** Applies one affine to one image. */
function affineOne(image: tf.Tensor3D, a: Affine): tf.Tensor3D {
  return tf.tidy(() => applyAffines(image.expandDims(0) as tf.Tensor4D, [a]).squeeze([0]) as tf.Tensor3D);
}

/** Rotation by an angle drawn uniformly from [−degrees, degrees]. */
export function rotate(opts: { degrees: number }): Transform {
  checkRange('rotate.degrees', 0, opts.degrees, 0, 180);
  return (image, rng) => {
    checkImage(image, 'rotate');
    const degrees = uniform(rng, -opts.degrees, opts.degrees);
    return { image: affineOne(image, { degrees, scale: 1, dx: 0, dy: 0 }), drawn: { rotate: degrees } };
  };
}

/** Rotation by exactly `degrees` (no randomness), for tests and for showing one angle. */
export function rotateBy(degrees: number): Transform {
  return (image) => ({ image: affineOne(image, { degrees, scale: 1, dx: 0, dy: 0 }), drawn: { rotate: degrees } });
}

/** A shift by up to `fraction` of the width and height, each drawn uniformly, in whole pixels. */
export function translate(opts: { fraction: number }): Transform {
  checkRange('translate.fraction', 0, opts.fraction, 0, 0.5);
  return (image, rng) => {
    checkImage(image, 'translate');
    const [h, w] = image.shape;
    // Whole pixels keep the shifted image sharp (bilinear at integer offsets copies pixels).
    const dx = Math.round(uniform(rng, -opts.fraction, opts.fraction) * w);
    const dy = Math.round(uniform(rng, -opts.fraction, opts.fraction) * h);
    return { image: affineOne(image, { degrees: 0, scale: 1, dx, dy }), drawn: { shiftX: dx, shiftY: dy } };
  };
}

export interface AffineRanges {
  degrees: number;
  /** Zoom drawn from [1 − scale, 1 + scale]. */
  scale: number;
  /** Shift drawn from ±fraction of the size, in pixels (not rounded: one resample anyway). */
  fraction: number;
  /** Probability of a left–right mirror (0 or absent: never, and no number is drawn for it). */
  flip?: number;
}

/** Draws one affine for an image `height` x `width` (shared by the single and batched forms). */
export function drawAffine(r: AffineRanges, height: number, width: number, rng: Rng): Affine {
  return {
    degrees: uniform(rng, -r.degrees, r.degrees),
    scale: uniform(rng, 1 - r.scale, 1 + r.scale),
    dx: uniform(rng, -r.fraction, r.fraction) * width,
    dy: uniform(rng, -r.fraction, r.fraction) * height,
    mirror: (r.flip ?? 0) > 0 && rng.next() < (r.flip ?? 0),
  };
}

/** Rotation, zoom and shift in one resample (one blur instead of three): the digit augmentation. */
export function randomAffine(r: AffineRanges): Transform {
  checkRange('affine.degrees', 0, r.degrees, 0, 180);
  checkRange('affine.scale', 0, r.scale, 0, 0.9);
  checkRange('affine.fraction', 0, r.fraction, 0, 0.5);
  return (image, rng) => {
    checkImage(image, 'randomAffine');
    const a = drawAffine(r, image.shape[0], image.shape[1], rng);
    return { image: affineOne(image, a), drawn: { rotate: a.degrees, zoom: a.scale, shiftX: a.dx, shiftY: a.dy, flip: a.mirror === true } };
  };
}
