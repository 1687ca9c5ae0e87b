/**
 * The gallery's augmentations as a table of named entries (the UI and the URL refer to them by
 * name; names and settings in lib/augmentSettings.ts), the pipeline built from the switched-on ones,
 * the photo as a tensor, and a grid of augmentations of one image.
 *
 * Each tile draws from its own generator seeded from the grid's seed, so tile 5 looks the same
 * however many numbers tile 4 happened to use (a crop may retry its draw).
 */
import * as tf from '@tensorflow/tfjs';
import { activeAugmentations, type AugmentName, type AugmentSettings } from '../../lib/augmentSettings';
import { createRng } from '../../lib/rng';
import { brightness, contrast, hue, saturation } from './colour';
import { cutout } from './cutout';
import { flip, randomResizedCrop } from './flipCrop';
import { rotate, translate } from './geometry';
import { compose, type Drawn, type Transform } from './transform';

/** How each named augmentation is built from the settings (a missing name is a type error). */
export const augmentations: Record<AugmentName, (s: AugmentSettings) => Transform> = {
  crop: (s) => randomResizedCrop({ scale: s.cropScale, ratio: s.cropRatio }),
  flip: (s) => flip({ probability: s.flipProbability }),
  rotate: (s) => rotate({ degrees: s.rotateDegrees }),
  translate: (s) => translate({ fraction: s.translateFraction }),
  brightness: (s) => brightness({ strength: s.brightness }),
  contrast: (s) => contrast({ strength: s.contrast }),
  saturation: (s) => saturation({ strength: s.saturation }),
  hue: (s) => hue({ strength: s.hue }),
  cutout: (s) => cutout({ size: s.cutoutSize, count: s.cutoutCount }),
};

/** The switched-on augmentations of `settings`, composed in pipeline order. */
export function buildPipeline(settings: AugmentSettings): Transform {
  return compose(...activeAugmentations(settings).map((name) => augmentations[name](settings)));
}

/** The picture `source` (a canvas, an image or raw RGBA pixels) as one float image [h, w, 3] in [0, 1]; the caller owns it. */
export function photoTensor(source: Parameters<typeof tf.browser.fromPixels>[0]): tf.Tensor3D {
  return tf.tidy(() => tf.browser.fromPixels(source).toFloat().div(255) as tf.Tensor3D);
}

export interface Grid {
  /** `count` augmented images; the caller owns them (disposeGrid). */
  images: tf.Tensor3D[];
  drawn: Drawn[];
}

/** `count` augmentations of `image` by `transform`, reproducible from `seed`. */
export function augmentGrid(image: tf.Tensor3D, transform: Transform, seed: number, count: number): Grid {
  if (!Number.isInteger(count) || count < 1) throw new Error(`Expected count to be a positive integer, but got ${count}`);
  const master = createRng(seed);
  const images: tf.Tensor3D[] = [];
  const drawn: Drawn[] = [];
  try {
    for (let i = 0; i < count; i++) {
      const out = transform(image, createRng(master.seed()));
      images.push(out.image);
      drawn.push(out.drawn);
    }
  } catch (error) {
    tf.dispose(images);
    throw error;
  }
  return { images, drawn };
}

/** Frees a grid's images. */
export function disposeGrid(grid: Grid): void {
  tf.dispose(grid.images);
}

/** One grid as plain pixels: `count` tiles of `width` x `height` RGBA bytes, one after another, and what each drew. */
export interface GridPixels {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
  drawn: Drawn[];
}

/** `count` augmentations of `image` by `settings`, reproducible from `seed`, as RGBA bytes to paint (no canvas needed: runs in a worker). */
export async function augmentGridPixels(image: tf.Tensor3D, settings: AugmentSettings, seed: number, count: number): Promise<GridPixels> {
  const grid = augmentGrid(image, buildPipeline(settings), seed, count);
  try {
    const [height, width] = image.shape;
    const rgba = new Uint8ClampedArray(count * width * height * 4);
    const tiles = await Promise.all(grid.images.map((img) => tf.browser.toPixels(img)));
    tiles.forEach((tile, i) => rgba.set(tile, i * width * height * 4));
    return { width, height, rgba, drawn: grid.drawn };
  } finally {
    disposeGrid(grid);
  }
}
