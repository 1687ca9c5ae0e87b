/**
 * The two augmentations of the classic ImageNet recipe: a horizontal flip with probability p,
 * and RandomResizedCrop (Szegedy et al. 2015, torchvision's default): a box covering a random
 * fraction `scale` of the area with a random aspect ratio `ratio` (width / height, drawn
 * log-uniformly), resized back to the full image size.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../lib/rng';
import { checkImage, checkRange, uniform, type Transform } from './transform';

/** Mirrors left to right with probability `probability`: pixel (r, c) ↔ (r, W − 1 − c). */
export function flip(opts: { probability: number }): Transform {
  checkRange('flip.probability', 0, opts.probability, 0, 1);
  return (image, rng) => {
    checkImage(image, 'flip');
    const flipped = rng.next() < opts.probability;
    if (!flipped) return { image: image.clone(), drawn: { flip: false } };
    const out = tf.tidy(() => tf.image.flipLeftRight(image.expandDims(0) as tf.Tensor4D).squeeze([0]) as tf.Tensor3D);
    return { image: out, drawn: { flip: true } };
  };
}

export interface CropRanges {
  /** Area fraction range, e.g. [0.08, 1]. */
  scale: [number, number];
  /** Aspect-ratio range (width / height of the box, as a fraction of the image's), e.g. [3/4, 4/3]. */
  ratio: [number, number];
}

/** A crop box in fractions of the image: top, left, height, width. */
export interface Box {
  top: number;
  left: number;
  height: number;
  width: number;
}

/** Tries torchvision's 10 draws for a box that fits; falls back to the whole image. */
export function drawBox(r: CropRanges, rng: Rng): Box {
  const [logLo, logHi] = [Math.log(r.ratio[0]), Math.log(r.ratio[1])];
  for (let attempt = 0; attempt < 10; attempt++) {
    const area = uniform(rng, r.scale[0], r.scale[1]);
    const ratio = Math.exp(uniform(rng, logLo, logHi));
    const width = Math.sqrt(area * ratio);
    const height = Math.sqrt(area / ratio);
    if (width <= 1 && height <= 1) {
      return { top: uniform(rng, 0, 1 - height), left: uniform(rng, 0, 1 - width), height, width };
    }
  }
  return { top: 0, left: 0, height: 1, width: 1 };
}

/** RandomResizedCrop: a random box of the stated area and shape, bilinearly resized to H x W. */
export function randomResizedCrop(r: CropRanges): Transform {
  checkRange('crop.scale', r.scale[0], r.scale[1], 0.01, 1);
  checkRange('crop.ratio', r.ratio[0], r.ratio[1], 0.1, 10);
  return (image, rng) => {
    checkImage(image, 'randomResizedCrop');
    const [h, w] = image.shape;
    const b = drawBox(r, rng);
    const out = tf.tidy(() => {
      // cropAndResize boxes are [y1, x1, y2, x2], normalised so that 1 is the last pixel.
      const boxes = tf.tensor2d([[b.top, b.left, b.top + b.height, b.left + b.width]]);
      const crop = tf.image.cropAndResize(image.expandDims(0) as tf.Tensor4D, boxes, [0], [h, w], 'bilinear');
      return crop.squeeze([0]) as tf.Tensor3D;
    });
    return { image: out, drawn: { cropScale: b.height * b.width, cropRatio: b.width / b.height } };
  };
}
