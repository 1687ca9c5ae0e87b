/**
 * The transfer engine: the shipped model loads in Node from public/, features have the right
 * shape, head-only training at 10 digits per class beats chance by far, runs leak no tensors,
 * and the analysis helpers match hand-computed values. Runs on tfjs's wasm backend in Node: the
 * cpu backend's plain-JavaScript convolution needs about 0.5 s per digit for this network.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { bodyFeatures, featureSizeAt, initBody } from '../../src/engines/transfer/architecture';
import { conv3x3Fast, im2col } from '../../src/engines/conv3x3';
import { centroids, nearestCentroidAccuracy, pca2d } from '../../src/engines/transfer/analysis';
import { disposeTransferData, transferData } from '../../src/engines/transfer/data';
import { parseManifest } from '../../src/engines/transfer/loadModel';
import { createRun, runToEnd } from '../../src/engines/transfer/strategies';
import { createTrainer } from '../../src/engines/transfer/trainer';
import { trainPadClassifier } from '../../src/engines/transfer/padClassifier';
import { normalizeDrawing } from '../../src/lib/drawing';
import type { DigitSet } from '../../src/lib/mnist';
import { createRng } from '../../src/lib/rng';
import { loadShippedMnist } from './mnistData';
import { loadShippedBody } from './transferModel';

let digits: DigitSet;
let shipped: ReturnType<typeof loadShippedBody>;
beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  digits = await loadShippedMnist();
  shipped = loadShippedBody();
});

describe('shipped model', () => {
  it('loads from public/ with three conv layers and 128 features', () => {
    expect(shipped.body.layers.map((l) => l.filters)).toEqual([32, 64, 128]);
    expect(shipped.body.featureSize).toBe(128);
    expect(shipped.body.kernels.map((k) => k.shape)).toEqual([[9, 32], [288, 64], [576, 128]]);
  });

  it('maps a batch of digits to non-negative features of shape [n, 128]', () => {
    const x = tf.randomUniform([5, 784], 0, 1, 'float32', 1) as tf.Tensor2D;
    const f = bodyFeatures(shipped.body, x);
    expect(f.shape).toEqual([5, 128]);
    expect(f.min().dataSync()[0]).toBeGreaterThanOrEqual(0);
    tf.dispose([x, f]);
  });

  it('rejects a model.json of another format, naming it', () => {
    expect(() => parseManifest({ format: 'layers-model' })).toThrowError(/lecture7-transfer-body/);
  });
});

describe('conv3x3Fast', () => {
  it('matches im2col + matMul, differentiated by tfjs itself, in value and in both gradients', () => {
    const x = tf.randomUniform([2, 6, 5, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const k = tf.randomNormal([27, 4], 0, 0.5, 'float32', 2) as tf.Tensor2D;
    const b = tf.randomNormal([4], 0, 0.5, 'float32', 3) as tf.Tensor1D;
    const w = tf.randomNormal([2, 6, 5, 4], 0, 1, 'float32', 4);
    const before = tf.memory().numTensors;
    const conv3x3 = (xx: tf.Tensor4D, kk: tf.Tensor2D, bb: tf.Tensor1D) =>
      tf.add(tf.matMul(im2col(xx), kk), bb).reshape([...xx.shape.slice(0, 3), kk.shape[1]]) as tf.Tensor4D;
    const loss = (conv: typeof conv3x3) => (xx: tf.Tensor, kk: tf.Tensor) => tf.sum(tf.mul(conv(xx as tf.Tensor4D, kk as tf.Tensor2D, b), w));
    const [dxFast, dkFast] = tf.grads(loss(conv3x3Fast))([x, k]);
    const [dxRef, dkRef] = tf.grads(loss(conv3x3))([x, k]);
    // The comparison's own tensors are the test's, freed by tidy; conv3x3Fast's are counted.
    const close = (a: tf.Tensor, r: tf.Tensor) => {
      const gap = tf.tidy(() => tf.max(tf.abs(tf.sub(a, r))));
      expect(gap.dataSync()[0]).toBeLessThan(1e-4);
      gap.dispose();
    };
    const yFast = conv3x3Fast(x, k, b);
    const yRef = tf.tidy(() => conv3x3(x, k, b));
    close(yFast, yRef);
    close(dxFast, dxRef);
    close(dkFast, dkRef);
    tf.dispose([yFast, yRef, dxFast, dkFast, dxRef, dkRef]);
    expect(tf.memory().numTensors).toBe(before);
    tf.dispose([x, k, b, w]);
  });
});

describe('features from an earlier block', () => {
  it('has one feature per channel of the block read, and names a bad depth', () => {
    expect([1, 2, 3].map((d) => featureSizeAt(shipped.body, d))).toEqual([32, 64, 128]);
    const x = tf.randomUniform([3, 784], 0, 1, 'float32', 5) as tf.Tensor2D;
    const f = bodyFeatures(shipped.body, x, 2);
    expect(f.shape).toEqual([3, 64]);
    tf.dispose([x, f]);
    expect(() => featureSizeAt(shipped.body, 4)).toThrowError(/feature depth from 1 to 3/);
  });

  it('trains head only on conv2 features, counting the 100 images through the body once', () => {
    const data = transferData(digits, 10, 100, createRng(1));
    const end = runToEnd('head', { pretrained: shipped.body, ...data, seed: 1, headDepth: 2 });
    disposeTransferData(data);
    expect(end.done).toBe(true);
    expect(end.bodyPasses).toBe(100);
    expect(end.heldOutAccuracy).toBeGreaterThan(0.3);
  });
});

describe('training', () => {
  it('head-only at N=10 reaches far above chance (10 %) on 500 held-out digits', () => {
    const data = transferData(digits, 10, 500, createRng(1));
    const end = runToEnd('head', { pretrained: shipped.body, ...data, seed: 1 });
    disposeTransferData(data);
    // PyTorch measured 89.5-92.2 % on all 2,000 held-out digits (transfer-measured.json).
    expect(end.heldOutAccuracy).toBeGreaterThan(0.8);
    expect(end.done).toBe(true);
  });

  it('leaks no tensors across runs, and stops by the rule', () => {
    const data = transferData(digits, 1, 50, createRng(2));
    const before = tf.memory().numTensors;
    for (const strategy of ['head', 'finetune'] as const) {
      const run = createRun(strategy, { pretrained: shipped.body, ...data, seed: 3 });
      for (let i = 0; i < 3 && !run.snapshot.done; i++) run.epoch();
      run.dispose();
    }
    expect(tf.memory().numTensors).toBe(before);
    disposeTransferData(data);
  });

  it('checks frozenLayers at the boundary', () => {
    const body = initBody(shipped.body.layers, createRng(1));
    const x = tf.zeros([2, 784]) as tf.Tensor2D;
    const y = tf.tensor1d([0, 1], 'int32');
    expect(() => createTrainer({ body, head: null!, frozenLayers: 7, x, y, learningRate: 0.1, rng: createRng(1) })).toThrowError(/frozenLayers/);
    tf.dispose([x, y, ...body.kernels, ...body.biases]);
  });
});

describe('drawing pad classifier', () => {
  /** A 56x56 canvas with a ring (class 0) or a vertical bar (class 1), shifted by `d`. */
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

  it('learns two drawn classes from three drawings each and says which class is empty', () => {
    const images = [0, 1].flatMap((k) => [-4, 0, 4].map((d) => draw(k as 0 | 1, d)));
    const labels = [0, 0, 0, 1, 1, 1];
    expect(() => trainPadClassifier(shipped.body, images.slice(0, 3), [0, 0, 0], 2, 1)).toThrowError(/Class 1 has no drawings/);
    const before = tf.memory().numTensors;
    const pad = trainPadClassifier(shipped.body, images, labels, 2, 1);
    const ring = pad.predict(draw(0, 2));
    const bar = pad.predict(draw(1, -2));
    expect(ring[0] + ring[1]).toBeCloseTo(1, 5);
    expect(ring[0]).toBeGreaterThan(0.5);
    expect(bar[1]).toBeGreaterThan(0.5);
    pad.dispose();
    expect(tf.memory().numTensors).toBe(before);
  });
});

describe('analysis', () => {
  const rows = [[0, 0], [2, 0], [10, 10], [12, 10], [1, 9]];
  const labels = [0, 0, 1, 1, 0];

  it('computes centroids and nearest-centroid accuracy by hand', () => {
    // Centroid 0 = (1, 3), centroid 1 = (11, 10); (1, 9) is 6 from c0 and ~10.05 from c1.
    expect([...centroids(rows, labels).get(0)!]).toEqual([1, 3]);
    expect(nearestCentroidAccuracy(rows, labels)).toBe(1);
    expect(nearestCentroidAccuracy([[11, 10]], [0], { features: rows, labels })).toBe(0);
    expect(() => nearestCentroidAccuracy(rows, [0])).toThrowError(/one label per feature row/);
  });

  it('projects on the first principal axis: points on a line keep their spacing', () => {
    const line = [[0, 0, 0], [1, 2, 2], [2, 4, 4], [3, 6, 6]]; // direction (1,2,2)/3, spacing 3
    const p = pca2d(line);
    const xs = p.map(([x]) => x);
    expect(xs[1] - xs[0]).toBeCloseTo(3, 6);
    expect(xs[3] - xs[0]).toBeCloseTo(9, 6);
    for (const [, y] of p) expect(Math.abs(y)).toBeLessThan(1e-6);
  });
});
