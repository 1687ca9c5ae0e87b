import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { brightness, contrast, hue, hueMatrix, saturation } from '../../src/engines/augment/colour';
import { cutout, cutoutSide } from '../../src/engines/augment/cutout';
import { flip, randomResizedCrop } from '../../src/engines/augment/flipCrop';
import { rotate, rotateBy, translate } from '../../src/engines/augment/geometry';
import { augmentGrid, buildPipeline, disposeGrid } from '../../src/engines/augment/pipeline';
import { compose, type Transform } from '../../src/engines/augment/transform';
import { createRng } from '../../src/lib/rng';
import { augmentParams, augmentSettings, switchName } from '../../src/lib/widgets/augment';
import { defaults } from '../../src/lib/params';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A deterministic colourful test image [h, w, 3] with values in (0, 1). */
function pattern(h: number, w: number): tf.Tensor3D {
  const v = new Float32Array(h * w * 3);
  for (let r = 0; r < h; r++) for (let c = 0; c < w; c++) for (let k = 0; k < 3; k++) v[(r * w + c) * 3 + k] = ((r * 7 + c * 13 + k * 5) % 17) / 17 + 0.02;
  return tf.tensor3d(v, [h, w, 3]);
}

/** Row r, column c, channel k of a [h, w, c] image's values. */
const at = (values: ArrayLike<number>, w: number, ch: number, r: number, c: number, k = 0) => values[(r * w + c) * ch + k];

/** Runs `fn`, disposes what it returns, and checks that no tensor outlived it. */
function noLeak(fn: () => tf.Tensor | tf.Tensor[] | void) {
  const before = tf.memory().numTensors;
  const out = fn();
  if (out) tf.dispose(out);
  expect(tf.memory().numTensors).toBe(before);
}

describe('horizontal flip', () => {
  it('with probability 1 maps pixel (r, c) to (r, W − 1 − c)', () => {
    const img = pattern(5, 7);
    const out = flip({ probability: 1 })(img, createRng(1));
    const [a, b] = [img.dataSync(), out.image.dataSync()];
    for (let r = 0; r < 5; r++) for (let c = 0; c < 7; c++) for (let k = 0; k < 3; k++) expect(at(b, 7, 3, r, c, k)).toBe(at(a, 7, 3, r, 6 - c, k));
    expect(out.drawn).toEqual({ flip: true });
    tf.dispose([img, out.image]);
  });

  it('with probability 0.5 flips about half of 400 draws, and with 0 never', () => {
    const img = pattern(2, 2);
    const rng = createRng(3);
    let flips = 0;
    for (let i = 0; i < 400; i++) {
      const out = flip({ probability: 0.5 })(img, rng);
      if (out.drawn.flip) flips++;
      out.image.dispose();
    }
    // Binomial(400, 0.5): std 10, so 200 ± 40 is four standard deviations.
    expect(Math.abs(flips - 200)).toBeLessThan(40);
    const never = flip({ probability: 0 })(img, rng);
    expect(never.drawn.flip).toBe(false);
    expect(Array.from(never.image.dataSync())).toEqual(Array.from(img.dataSync()));
    tf.dispose([img, never.image]);
  });
});

describe('random resized crop', () => {
  // Channel 0 holds the column / (W − 1) and channel 1 the row / (H − 1), so the crop's box can
  // be read back from its output: its extent in each channel is its width / height fraction.
  const H = 41;
  const W = 61;
  const ramps = () => {
    const v = new Float32Array(H * W * 3);
    for (let r = 0; r < H; r++) for (let c = 0; c < W; c++) {
      v[(r * W + c) * 3] = c / (W - 1);
      v[(r * W + c) * 3 + 1] = r / (H - 1);
    }
    return tf.tensor3d(v, [H, W, 3]);
  };

  it('covers the area fraction it drew, within the stated range and aspect range', () => {
    const img = ramps();
    const rng = createRng(11);
    const crop = randomResizedCrop({ scale: [0.2, 0.5], ratio: [0.75, 4 / 3] });
    for (let i = 0; i < 20; i++) {
      const out = crop(img, rng);
      expect(out.image.shape).toEqual([H, W, 3]);
      const v = out.image.dataSync();
      const xs = Array.from({ length: H * W }, (_, p) => v[p * 3]);
      const ys = Array.from({ length: H * W }, (_, p) => v[p * 3 + 1]);
      const width = Math.max(...xs) - Math.min(...xs);
      const height = Math.max(...ys) - Math.min(...ys);
      // Bilinear sampling of a linear ramp is exact up to float error: 1e-4 is generous.
      expect(width * height).toBeCloseTo(out.drawn.cropScale as number, 3);
      expect(width * height).toBeGreaterThanOrEqual(0.2 - 1e-4);
      expect(width * height).toBeLessThanOrEqual(0.5 + 1e-4);
      expect(width / height).toBeCloseTo(out.drawn.cropRatio as number, 3);
      expect(width / height).toBeGreaterThanOrEqual(0.75 - 1e-3);
      expect(width / height).toBeLessThanOrEqual(4 / 3 + 1e-3);
      out.image.dispose();
    }
    img.dispose();
  });

  it('rejects a scale range outside (0, 1] by name', () => {
    expect(() => randomResizedCrop({ scale: [0.5, 1.5], ratio: [1, 1] })).toThrowError(/crop\.scale/);
  });
});

describe('rotation and shift', () => {
  it('rotation by 0 is the identity', () => {
    const img = pattern(9, 9);
    const out = rotateBy(0)(img, createRng(1));
    const [a, b] = [img.dataSync(), out.image.dataSync()];
    for (let i = 0; i < a.length; i++) expect(b[i]).toBeCloseTo(a[i], 5);
    tf.dispose([img, out.image]);
  });

  it('rotation by 180° maps (r, c) to (H − 1 − r, W − 1 − c), and twice gives the image back', () => {
    const img = pattern(8, 10);
    const once = rotateBy(180)(img, createRng(1));
    const twice = rotateBy(180)(once.image, createRng(1));
    const [a, b, c] = [img.dataSync(), once.image.dataSync(), twice.image.dataSync()];
    for (let r = 0; r < 8; r++) for (let col = 0; col < 10; col++) expect(at(b, 10, 3, r, col)).toBeCloseTo(at(a, 10, 3, 7 - r, 9 - col), 4);
    for (let i = 0; i < a.length; i++) expect(c[i]).toBeCloseTo(a[i], 4);
    tf.dispose([img, once.image, twice.image]);
  });

  it('random rotation stays within ±degrees', () => {
    const img = pattern(6, 6);
    const rng = createRng(5);
    for (let i = 0; i < 30; i++) {
      const out = rotate({ degrees: 15 })(img, rng);
      expect(Math.abs(out.drawn.rotate as number)).toBeLessThanOrEqual(15);
      out.image.dispose();
    }
    img.dispose();
  });

  it('a shift moves pixel (r, c) to (r + dy, c + dx) and fills with 0', () => {
    const img = pattern(10, 10);
    const rng = createRng(8);
    for (let i = 0; i < 10; i++) {
      const out = translate({ fraction: 0.3 })(img, rng);
      const { shiftX: dx, shiftY: dy } = out.drawn as { shiftX: number; shiftY: number };
      expect(Math.abs(dx)).toBeLessThanOrEqual(3);
      const [a, b] = [img.dataSync(), out.image.dataSync()];
      for (let r = 0; r < 10; r++) for (let c = 0; c < 10; c++) {
        const [sr, sc] = [r - dy, c - dx];
        const inside = sr >= 0 && sr < 10 && sc >= 0 && sc < 10;
        expect(at(b, 10, 3, r, c)).toBeCloseTo(inside ? at(a, 10, 3, sr, sc) : 0, 5);
      }
      out.image.dispose();
    }
    img.dispose();
  });
});

describe('colour jitter', () => {
  it('keeps every pixel in [0, 1] at full strength', () => {
    const img = pattern(12, 12);
    const rng = createRng(2);
    const jitter = compose(brightness({ strength: 1 }), contrast({ strength: 1 }), saturation({ strength: 1 }), hue({ strength: 0.5 }));
    for (let i = 0; i < 20; i++) {
      const out = jitter(img, rng);
      const v = out.image.dataSync();
      expect(Math.min(...v)).toBeGreaterThanOrEqual(0);
      expect(Math.max(...v)).toBeLessThanOrEqual(1);
      out.image.dispose();
    }
    img.dispose();
  });

  it('a hue turn keeps grey (the YIQ Y axis) fixed and a full turn is the identity', () => {
    const grey = [0.4, 0.4, 0.4];
    const m = hueMatrix(0.3);
    const turned = [0, 1, 2].map((j) => grey.reduce((s, g, k) => s + g * m[k][j], 0));
    for (const v of turned) expect(v).toBeCloseTo(0.4, 2);
    const full = hueMatrix(1);
    for (let i = 0; i < 3; i++) for (let j = 0; j < 3; j++) expect(full[i][j]).toBeCloseTo(i === j ? 1 : 0, 2);
  });

  it('zero saturation gives grey pixels (R = G = B)', () => {
    const img = pattern(4, 4);
    const out = saturation({ strength: 1 })(img, { next: () => 0, normal: () => 0, int: () => 0, seed: () => 1 });
    expect(out.drawn.saturation).toBe(0);
    const v = out.image.dataSync();
    for (let p = 0; p < 16; p++) {
      expect(v[p * 3]).toBeCloseTo(v[p * 3 + 1], 5);
      expect(v[p * 3 + 1]).toBeCloseTo(v[p * 3 + 2], 5);
    }
    tf.dispose([img, out.image]);
  });
});

describe('cutout', () => {
  it('zeroes exactly side² pixels of a white image, with side = size × the shorter side', () => {
    const img = tf.ones([20, 30, 3]) as tf.Tensor3D;
    const out = cutout({ size: 0.25, count: 1 })(img, createRng(4));
    expect(cutoutSide(0.25, 20, 30)).toBe(5);
    const v = out.image.dataSync();
    let zeros = 0;
    for (let p = 0; p < 600; p++) if (v[p * 3] === 0 && v[p * 3 + 1] === 0 && v[p * 3 + 2] === 0) zeros++;
    expect(zeros).toBe(25);
    const { cutout1Row: row, cutout1Col: col } = out.drawn as Record<string, number>;
    expect(at(v, 30, 3, row, col)).toBe(0);
    expect(at(v, 30, 3, row + 4, col + 4)).toBe(0);
    tf.dispose([img, out.image]);
  });
});

describe('pipeline and grid', () => {
  const everything = () => {
    const values = defaults(augmentParams);
    for (const name of ['crop', 'flip', 'rotate', 'translate', 'brightness', 'contrast', 'saturation', 'hue', 'cutout']) values[switchName(name as never)] = true;
    return buildPipeline(augmentSettings(values));
  };

  it('the same seed gives the same 16 images and draws; another seed differs', () => {
    const img = pattern(24, 32);
    const pipeline: Transform = everything();
    const a = augmentGrid(img, pipeline, 7, 16);
    const b = augmentGrid(img, pipeline, 7, 16);
    const c = augmentGrid(img, pipeline, 8, 16);
    expect(b.drawn).toEqual(a.drawn);
    for (let i = 0; i < 16; i++) expect(Array.from(b.images[i].dataSync())).toEqual(Array.from(a.images[i].dataSync()));
    expect(c.drawn).not.toEqual(a.drawn);
    expect(Array.from(c.images[0].dataSync())).not.toEqual(Array.from(a.images[0].dataSync()));
    // Every switched-on transform reports what it drew.
    for (const key of ['cropScale', 'flip', 'rotate', 'shiftX', 'brightness', 'contrast', 'saturation', 'hue', 'cutoutSide']) expect(a.drawn[0]).toHaveProperty(key);
    [a, b, c].forEach(disposeGrid);
    img.dispose();
  });

  it('leaks no tensor: every transform, the pipeline and the grid', () => {
    const img = pattern(16, 16);
    const rng = createRng(1);
    const all: Transform[] = [
      flip({ probability: 1 }),
      randomResizedCrop({ scale: [0.3, 1], ratio: [0.75, 1.33] }),
      rotate({ degrees: 30 }),
      translate({ fraction: 0.2 }),
      brightness({ strength: 0.5 }),
      contrast({ strength: 0.5 }),
      saturation({ strength: 0.5 }),
      hue({ strength: 0.2 }),
      cutout({ size: 0.3, count: 2 }),
    ];
    for (const t of all) noLeak(() => t(img, rng).image);
    noLeak(() => everything()(img, rng).image);
    noLeak(() => compose()(img, rng).image);
    noLeak(() => augmentGrid(img, everything(), 3, 16).images);
    img.dispose();
  });

  it('rejects a non-image by name', () => {
    const flat = tf.zeros([4, 4]);
    expect(() => flip({ probability: 1 })(flat as unknown as tf.Tensor3D, createRng(1))).toThrowError(/flip: expected an image/);
    flat.dispose();
  });
});

describe('digit augmentation', () => {
  it('the batched form gives what the single-image form gives, image by image', async () => {
    const { augmentDigitBatch } = await import('../../src/engines/augment/digits');
    const { randomAffine } = await import('../../src/engines/augment/geometry');
    const ranges = { degrees: 15, scale: 0.1, fraction: 0.1, flip: 0.5 };
    const x = tf.randomUniform([3, 784], 0, 1, 'float32', 5) as tf.Tensor2D;
    const batch = augmentDigitBatch(x, ranges, createRng(9));
    const rng = createRng(9);
    const rows = tf.unstack(x.reshape([3, 28, 28, 1])) as tf.Tensor3D[];
    const single = rows.map((img) => randomAffine(ranges)(img, rng));
    const a = batch.dataSync();
    single.forEach((s, i) => {
      const b = s.image.dataSync();
      for (let p = 0; p < 784; p += 37) expect(a[i * 784 + p]).toBeCloseTo(b[p], 5);
    });
    tf.dispose([x, batch, ...rows, ...single.map((s) => s.image)]);
  });

  it('a mirror with no rotation maps pixel (r, c) to (r, W − 1 − c)', async () => {
    const { applyAffines } = await import('../../src/engines/augment/geometry');
    const img = pattern(6, 9);
    const out = applyAffines(img.expandDims(0) as tf.Tensor4D, [{ degrees: 0, scale: 1, dx: 0, dy: 0, mirror: true }]);
    const [a, b] = [img.dataSync(), out.dataSync()];
    for (let r = 0; r < 6; r++) for (let c = 0; c < 9; c++) expect(at(b, 9, 3, r, c)).toBeCloseTo(at(a, 9, 3, r, 8 - c), 5);
    tf.dispose([img, out]);
  });

  it('the preview strip: n rows of 784 pixels clipped to [0, 1], the batch\u2019s pixels, nothing left behind', async () => {
    const { augmentDigitBatch, augmentedDigitPixels } = await import('../../src/engines/augment/digits');
    const ranges = { degrees: 15, scale: 0.1, fraction: 0.1 };
    // Values outside [0, 1] on purpose: the strip must clip what the resample may overshoot.
    const x = Float32Array.from({ length: 4 * 784 }, (_, i) => ((i * 37) % 101) / 50 - 0.5);
    noLeak(() => {
      const pixels = augmentedDigitPixels(x, 4, ranges, createRng(3));
      expect(pixels.length).toBe(4 * 784);
      const input = tf.tensor2d(x, [4, 784]);
      const batch = augmentDigitBatch(input, ranges, createRng(3));
      const clipped = batch.clipByValue(0, 1);
      const expected = clipped.dataSync();
      for (let p = 0; p < 4 * 784; p++) expect(pixels[p]).toBeCloseTo(expected[p], 6);
      tf.dispose([input, batch, clipped]);
    });
  });

  it('the photo as a tensor: RGBA bytes become [h, w, 3] in [0, 1], alpha dropped', async () => {
    const { photoTensor } = await import('../../src/engines/augment/pipeline');
    const data = Uint8Array.from([255, 0, 51, 7, 0, 255, 102, 255]);
    noLeak(() => {
      const img = photoTensor({ data, width: 2, height: 1 });
      expect(img.shape).toEqual([1, 2, 3]);
      Array.from(img.dataSync()).forEach((v, i) => expect(v).toBeCloseTo([1, 0, 0.2, 0, 1, 0.4][i], 6));
      return img;
    });
  });
});
