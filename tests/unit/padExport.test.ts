/**
 * The drawing pad's export: the trained body + head saved as a tfjs LayersModel loads back with
 * tfjs's own loader and gives the page's probabilities (same arithmetic, same weights), names its
 * classes, and leaves no tensors behind. Uploaded pictures become ink as the pad's strokes do.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { trainPadClassifier } from '../../src/engines/transfer/padClassifier';
import { EXPORT_WEIGHTS_FILE } from '../../src/engines/transfer/padExport';
import { normalizeDrawing } from '../../src/lib/drawing';
import { inkFromPixels } from '../../src/lib/imageInk';
import { PIXELS } from '../../src/lib/mnist';
import { loadShippedBody } from './transferModel';

let shipped: ReturnType<typeof loadShippedBody>;
beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  shipped = loadShippedBody();
});

/** A ring (kind 0) or a bar (kind 1) on a 56 x 56 canvas, shifted by d, normalised as the pad does. */
const draw = (kind: 0 | 1, d: number) => {
  const ink = new Float32Array(56 * 56);
  for (let y = 0; y < 56; y++) {
    for (let x = 0; x < 56; x++) {
      const r = Math.hypot(x - 28 - d, y - 28);
      ink[y * 56 + x] = kind === 0 ? Number(Math.abs(r - 16) < 3) : Number(Math.abs(x - 28 - d) < 3 && Math.abs(y - 28) < 18);
    }
  }
  return normalizeDrawing(ink, 56, 56)!;
};

describe('drawing pad export', () => {
  it('loads back with tf.loadLayersModel and predicts what the page predicts', async () => {
    const images = [0, 1].flatMap((k) => [-4, 0, 4].map((d) => draw(k as 0 | 1, d)));
    const pad = trainPadClassifier(shipped.body, images, [0, 0, 0, 1, 1, 1], 2, 1);
    const before = tf.memory().numTensors;
    const { modelJson, weights } = await pad.exportModel(['ring', 'bar']);
    expect(tf.memory().numTensors).toBe(before);
    expect(modelJson.userDefinedMetadata).toMatchObject({ classes: ['ring', 'bar'] });
    expect((modelJson.weightsManifest as { paths: string[] }[])[0].paths).toEqual([`./${EXPORT_WEIGHTS_FILE}`]);

    const json = modelJson as unknown as tf.io.ModelJSON;
    const model = await tf.loadLayersModel(tf.io.fromMemory({ modelTopology: json.modelTopology, weightSpecs: json.weightsManifest[0].weights, weightData: weights }));
    const tests = [draw(0, 2), draw(1, -2), draw(0, -6), draw(1, 6)];
    const x = tf.tensor2d(Float32Array.from(tests.flatMap((t) => [...t])), [tests.length, PIXELS]);
    const loaded = (model.predict(x) as tf.Tensor).arraySync() as number[][];
    tests.forEach((t, i) => {
      const page = pad.predict(t);
      page.forEach((p, c) => expect(loaded[i][c]).toBeCloseTo(p, 4));
    });
    expect(pad.classify(tests)).toEqual(loaded.map((row) => row.indexOf(Math.max(...row))));
    expect(pad.classify(tests)).toEqual([0, 1, 0, 1]);
    tf.dispose(x);
    model.dispose();
    pad.dispose();
  });
});

describe('uploaded picture to ink', () => {
  /** A 4 x 4 RGBA picture: paper of grey level `paper`, one 2 x 2 stroke of grey level `stroke`. */
  const picture = (paper: number, stroke: number, alpha = 255) =>
    Uint8Array.from({ length: 64 }, (_, i) => {
      const p = i >> 2;
      const inStroke = [5, 6, 9, 10].includes(p);
      return i % 4 === 3 ? alpha : inStroke ? stroke : paper;
    });

  it('reads dark strokes on light paper, and light strokes on a dark board, as ink', () => {
    const onPaper = inkFromPixels(picture(240, 10), 4, 4);
    const onBoard = inkFromPixels(picture(15, 250), 4, 4);
    for (const ink of [onPaper, onBoard]) {
      expect([5, 6, 9, 10].map((p) => ink[p])).toEqual([1, 1, 1, 1].map(() => expect.closeTo(1, 1)));
      expect([0, 3, 12, 15].map((p) => ink[p])).toEqual([0, 0, 0, 0]);
    }
  });

  it('treats transparent pixels as paper and refuses a wrong byte count', () => {
    expect([...inkFromPixels(picture(0, 0, 0), 4, 4)]).toEqual(new Array(16).fill(0));
    expect(() => inkFromPixels(new Uint8Array(10), 4, 4)).toThrowError(/64 RGBA bytes/);
  });
});

describe('layer view (filters and activations)', () => {
  it('reads the first layer as 32 filters of 3 x 3 in the kernel layout, and a digit through each block without leaking tensors', async () => {
    const { blockActivations, firstLayerFilters } = await import('../../src/engines/transfer/layerView');
    const filters = firstLayerFilters(shipped.body);
    expect(filters).toHaveLength(32);
    // Kernel row (dy·3 + dx), column = channel: filter 5's centre weight is row 4, column 5.
    const kernel = shipped.body.kernels[0].dataSync();
    expect(filters[5].kernel[4]).toBe(kernel[4 * 32 + 5]);
    const before = tf.memory().numTensors;
    const blocks = blockActivations(shipped.body, draw(0, 0), 4);
    expect(tf.memory().numTensors).toBe(before);
    expect(blocks.map((b) => [b.name, b.size, b.channels, b.top.length])).toEqual([['conv1', 14, 32, 4], ['conv2', 7, 64, 4], ['conv3', 7, 128, 4]]);
    for (const b of blocks) {
      const means = b.top.map((t) => t.mean);
      expect(means).toEqual([...means].sort((x, y) => y - x));
      // ReLU: no negative activation; and the mean is the mean of the map shown.
      expect(b.top.every((t) => t.pixels.every((v) => v >= 0))).toBe(true);
      expect(b.top[0].pixels.reduce((s, v) => s + v, 0) / b.size ** 2).toBeCloseTo(b.top[0].mean, 5);
    }
    expect(() => blockActivations(shipped.body, new Float32Array(10))).toThrowError(/784 pixels/);
  });
});
