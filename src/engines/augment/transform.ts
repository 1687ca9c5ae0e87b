/**
 * The one shape every augmentation has, and `compose` to chain them (Observable Plot's
 * transforms share one signature so they compose; so do ours).
 *
 *   (image [H, W, C] in [0, 1], rng) ──► { image: a NEW tensor, drawn: what this call drew }
 *
 * Ownership: a transform never disposes its input and returns a tensor the caller owns (never
 * the input itself, so the caller can always dispose both). `drawn` lists the random values of
 * this call under names unique across transforms, so compose can merge them and the gallery can
 * show them under each tile.
 */
import * as tf from '@tensorflow/tfjs';
import type { Rng } from '../../lib/rng';

/** The parameters one call drew: numbers (degrees, factors, pixels) and yes/no draws. */
export type Drawn = Record<string, number | boolean>;

export interface Augmented {
  image: tf.Tensor3D;
  drawn: Drawn;
}

/** A random, label-preserving (one hopes) change of one image. */
export type Transform = (image: tf.Tensor3D, rng: Rng) => Augmented;

/** Applies `transforms` in order, freeing the intermediate images, and merges what each drew. */
export function compose(...transforms: Transform[]): Transform {
  return (image, rng) => {
    let current = image;
    const drawn: Drawn = {};
    for (const transform of transforms) {
      const next = transform(current, rng);
      if (current !== image) current.dispose();
      current = next.image;
      Object.assign(drawn, next.drawn);
    }
    // The contract promises a new tensor even when nothing ran.
    return { image: current === image ? image.clone() : current, drawn };
  };
}

/** Checks an image at the boundary: rank 3, 1 or 3 channels, float, non-empty. */
export function checkImage(image: tf.Tensor, who: string): asserts image is tf.Tensor3D {
  if (image.rank !== 3) throw new Error(`${who}: expected an image of shape [height, width, channels], but got [${image.shape.join(', ')}]`);
  const [h, w, c] = image.shape as number[];
  if (h < 1 || w < 1) throw new Error(`${who}: expected a non-empty image, but got ${h} x ${w}`);
  if (c !== 1 && c !== 3) throw new Error(`${who}: expected 1 or 3 channels, but got ${c}`);
  if (image.dtype !== 'float32') throw new Error(`${who}: expected float32 pixels in [0, 1], but got ${image.dtype}`);
}

/** Checks that [lo, hi] is an ordered, finite range within [min, max]. */
export function checkRange(name: string, lo: number, hi: number, min: number, max: number): void {
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || lo > hi || lo < min || hi > max) {
    throw new Error(`Expected ${name} to be a range [lo, hi] with ${min} <= lo <= hi <= ${max}, but got [${lo}, ${hi}]`);
  }
}

/** A uniform draw in [lo, hi). */
export function uniform(rng: Rng, lo: number, hi: number): number {
  return lo + (hi - lo) * rng.next();
}
