/**
 * Cutout (DeVries & Taylor 2017): black out `count` random squares whose side is `size` times
 * the shorter side of the image, so the network cannot rely on any one part of the object.
 * Squares lie wholly inside the image, so one square zeroes exactly side² pixels (several may
 * overlap). The mask is built with tensor ops: a square is (rows in range) ⊗ (columns in range).
 */
import * as tf from '@tensorflow/tfjs';
import { checkImage, checkRange, type Drawn, type Transform } from './transform';

export interface CutoutOptions {
  /** Side of each square as a fraction of the shorter image side. */
  size: number;
  count: number;
}

/** Side in whole pixels of a cutout square of `size` on an image `height` x `width` (at least 1). */
export function cutoutSide(size: number, height: number, width: number): number {
  return Math.max(1, Math.round(size * Math.min(height, width)));
}

/** Zeroes `count` random squares of side `size` × the shorter side. */
export function cutout(opts: CutoutOptions): Transform {
  checkRange('cutout.size', 0, opts.size, 0, 1);
  if (!Number.isInteger(opts.count) || opts.count < 1 || opts.count > 16) {
    throw new Error(`Expected cutout.count to be an integer from 1 to 16, but got ${opts.count}`);
  }
  return (image, rng) => {
    checkImage(image, 'cutout');
    const [h, w] = image.shape;
    const side = cutoutSide(opts.size, h, w);
    const drawn: Drawn = { cutoutSide: side };
    const corners: [number, number][] = [];
    for (let i = 0; i < opts.count; i++) {
      const top = rng.int(h - side + 1);
      const left = rng.int(w - side + 1);
      corners.push([top, left]);
      drawn[`cutout${i + 1}Row`] = top;
      drawn[`cutout${i + 1}Col`] = left;
    }
    const out = tf.tidy(() => {
      const rows = tf.range(0, h).reshape([h, 1]);
      const cols = tf.range(0, w).reshape([1, w]);
      const inside = (index: tf.Tensor, start: number) =>
        tf.logicalAnd(tf.greaterEqual(index, start), tf.less(index, start + side)).cast('float32');
      const holes = corners.map(([top, left]) => tf.mul(inside(rows, top), inside(cols, left)));
      const keep = tf.sub(1, tf.clipByValue(tf.addN(holes), 0, 1)).expandDims(2);
      return tf.mul(image, keep) as tf.Tensor3D;
    });
    return { image: out, drawn };
  };
}
