/**
 * The augmentation widgets' jobs on the engine host: the experiment (two copies trained side by
 * side), the experiment's preview strip, and the gallery (the photo kept as a tensor, a grid of
 * augmentations as RGBA bytes per request). Images come in and go out as typed arrays, so the
 * page only paints.
 */
import type { AugmentExperimentConfig, AugmentSnapshot } from '../augmentExperiment';
import type { AffineRanges } from '../augment/geometry';
import type { AugmentSettings } from '../../lib/augmentSettings';
import { hostDigits } from './hostData';
import type { Job, JobSnapshot } from './jobs';

export type AugmentExperimentJobConfig = Omit<AugmentExperimentConfig, 'digits'>;

export interface DigitPreviewJobConfig {
  /** The training digits shown: one of each of the first `count` classes. */
  count: number;
  ranges: AffineRanges;
  seed: number;
}

/** A one-shot job: `count` training digits augmented by `ranges`, as 784 values each in [0, 1]. */
export interface DigitPreviewSnapshot extends JobSnapshot {
  pixels: Float32Array;
}

/** The gallery's photo as RGBA bytes (its buffer travels transferred); the job keeps it as a tensor. */
export interface AugmentGalleryJobConfig {
  width: number;
  height: number;
  rgba: Uint8ClampedArray;
}

/** What the gallery asks of its job: a grid of `count` tiles (query 'grid'). */
export interface GalleryGridRequest {
  settings: AugmentSettings;
  seed: number;
  count: number;
}

export const augmentJobs = {
  async augmentExperiment(config: AugmentExperimentJobConfig): Promise<Job<AugmentSnapshot>> {
    const [{ createAugmentExperiment }, digits] = await Promise.all([import('../augmentExperiment'), hostDigits()]);
    const experiment = createAugmentExperiment({ ...config, digits });
    // The engine's snapshot is built fresh on every call (plain numbers): nothing to copy.
    return { snapshot: experiment.snapshot, work: experiment.work, step: experiment.step, dispose: experiment.dispose };
  },
  async digitPreview(config: DigitPreviewJobConfig): Promise<Job<DigitPreviewSnapshot>> {
    const [{ previewDigitPixels }, digits] = await Promise.all([import('../augment/digits'), hostDigits()]);
    const pixels = previewDigitPixels(digits, config.count, config.ranges, config.seed);
    // A fresh copy per snapshot: the worker transfers (detaches) what it sends.
    const snapshot = () => ({ step: 1, done: true, pixels: pixels.slice() });
    return { snapshot, work: snapshot, step: snapshot, dispose: () => {} };
  },
  async augmentGallery(config: AugmentGalleryJobConfig): Promise<Job> {
    const { augmentGridPixels, photoTensor } = await import('../augment/pipeline');
    const { width, height, rgba } = config;
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1 || rgba.length !== width * height * 4) {
      throw new Error(`Expected ${width} x ${height} RGBA pixels, but got ${rgba.length} bytes`);
    }
    const image = photoTensor({ width, height, data: new Uint8Array(rgba.buffer, rgba.byteOffset, rgba.length) });
    let grids = 0;
    const snapshot = () => ({ step: grids, done: true });
    const query = async (what: string, arg: unknown) => {
      if (what !== 'grid') return null;
      const { settings, seed, count } = arg as GalleryGridRequest;
      const grid = await augmentGridPixels(image, settings, seed, count);
      grids++;
      return grid;
    };
    return { snapshot, work: snapshot, step: snapshot, query, dispose: () => image.dispose() };
  },
};
