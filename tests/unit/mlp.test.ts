import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { accuracy, cloneWeights, disposeWeights, forward, initMlp, layerSizes, loss } from '../../src/engines/mlp';
import { optimizerNames, optimizers, resolveHyper } from '../../src/engines/optimizers';
import { batchOrder, batchStream, epochsFor, initStates, tensorsIn, trainStep } from '../../src/engines/trainLoop';
import { createRng, permutation } from '../../src/lib/rng';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** A hand-made 2 -> 2 linear "network": identity weights, zero bias. */
const identityNet = () => [tf.tensor2d([[1, 0], [0, 1]]), tf.zeros([2])];

describe('MLP weights', () => {
  it('initialises deterministically from the seed, He-scaled, with zero biases', () => {
    const a = initMlp([784, 64, 10], 7);
    const b = initMlp([784, 64, 10], 7);
    const c = initMlp([784, 64, 10], 8);
    expect(layerSizes(a)).toEqual([784, 64, 10]);
    expect(a.map((w) => w.shape)).toEqual([[784, 64], [64], [64, 10], [10]]);
    a.forEach((w, i) => expect(Array.from(w.dataSync())).toEqual(Array.from(b[i].dataSync())));
    expect(Array.from(a[0].dataSync())).not.toEqual(Array.from(c[0].dataSync()));
    // std √(2/784) = 0.0505 over 50,176 samples: within 2%.
    const w1 = Array.from(a[0].dataSync());
    const std = Math.sqrt(w1.reduce((s, v) => s + v * v, 0) / w1.length);
    expect(std).toBeGreaterThan(0.0505 * 0.98);
    expect(std).toBeLessThan(0.0505 * 1.02);
    expect(Array.from(a[1].dataSync()).every((v) => v === 0)).toBe(true);
    [a, b, c].forEach(disposeWeights);
  });

  it('clones into independent tensors', () => {
    const a = initMlp([4, 3, 2], 1);
    const copy = cloneWeights(a);
    disposeWeights(a);
    expect(copy.every((w) => !w.isDisposed)).toBe(true);
    expect(copy[0].shape).toEqual([4, 3]);
    disposeWeights(copy);
  });

  it('rejects bad layer sizes by name', () => {
    expect(() => initMlp([784], 1)).toThrowError(/layer sizes/);
    expect(() => initMlp([784, 0, 10], 1)).toThrowError(/layer sizes/);
  });
});

describe('forward, loss and accuracy', () => {
  it('computes softmax cross-entropy by hand: logits [1, 0], label 0 -> log(1 + 1/e)', () => {
    const w = identityNet();
    const x = tf.tensor2d([[1, 0]]);
    const y = tf.tensor1d([0], 'int32');
    expect(loss(w, x, y).dataSync()[0]).toBeCloseTo(Math.log(1 + Math.exp(-1)), 5);
    // Weight decay λ = 0.5 adds 0.25 x ‖W‖² = 0.25 x 2 (biases excluded).
    expect(loss(w, x, y, { weightDecay: 0.5 }).dataSync()[0]).toBeCloseTo(0.31326 + 0.5, 4);
    tf.dispose([...w, x, y]);
  });

  it('gives a large finite loss, not NaN, for huge logits', () => {
    const w = [tf.tensor2d([[1e4, 0], [0, 1e4]]), tf.zeros([2])];
    const x = tf.tensor2d([[0, 1]]);
    const y = tf.tensor1d([0], 'int32');
    expect(loss(w, x, y).dataSync()[0]).toBeCloseTo(1e4, 0);
    tf.dispose([...w, x, y]);
  });

  it('counts arg-max hits', () => {
    const w = identityNet();
    const x = tf.tensor2d([[1, 0], [0, 1], [3, 2]]);
    const y = tf.tensor1d([0, 0, 0], 'int32');
    expect(accuracy(w, x, y)).toBeCloseTo(2 / 3, 6);
    tf.dispose([...w, x, y]);
  });

  it('passes each hidden activation through the dropout hook', () => {
    const w = initMlp([3, 5, 4, 2], 3);
    const x = tf.ones([2, 3]) as tf.Tensor2D;
    const seen: number[][] = [];
    const logits = forward(w, x, {
      dropout: (h, layer) => {
        seen.push([layer, ...h.shape]);
        return tf.zerosLike(h);
      },
    });
    expect(seen).toEqual([[0, 2, 5], [1, 2, 4]]);
    // Zeroed last hidden layer: logits are the (zero) output bias.
    expect(Array.from(logits.dataSync())).toEqual([0, 0, 0, 0]);
    tf.dispose([...w, x, logits]);
  });
});

describe('training step', () => {
  const stepSizes = { sgd: 0.5, momentum: 0.05, nesterov: 0.05, adagrad: 0.05, rmsprop: 0.01, adam: 0.01 };
  it('lowers the loss on a fixed batch with every optimizer, without leaking tensors', () => {
    const rng = createRng(5);
    const x = tf.tensor2d(Float32Array.from({ length: 16 * 8 }, () => rng.next()), [16, 8]);
    const y = tf.tensor1d(Int32Array.from({ length: 16 }, (_, i) => i % 3), 'int32');
    for (const name of optimizerNames) {
      let weights = initMlp([8, 16, 3], 11);
      let states = initStates(optimizers[name], weights);
      const hyper = resolveHyper(name, { learningRate: stepSizes[name] });
      const losses: number[] = [];
      let before = 0;
      for (let s = 0; s < 30; s++) {
        if (s === 2) before = tf.memory().numTensors;
        const next = trainStep(weights, optimizers[name], states, { x, y }, hyper);
        ({ weights, states } = next);
        losses.push(next.loss.dataSync()[0]);
        next.loss.dispose();
      }
      expect(tf.memory().numTensors, name).toBe(before);
      console.log(`${name}: fixed-batch loss ${losses[0].toFixed(3)} -> ${losses[29].toFixed(3)}`);
      expect(losses[29], name).toBeLessThan(losses[0] * 0.9);
      disposeWeights(weights);
      tensorsIn(states).forEach((t) => t.dispose());
    }
    tf.dispose([x, y]);
  });
});

describe('batch order', () => {
  it('is a fresh seeded permutation each epoch, cut into full batches', () => {
    const a = batchOrder(10, 3, 2, createRng(4));
    const b = batchOrder(10, 3, 2, createRng(4));
    expect(a.map((x) => Array.from(x))).toEqual(b.map((x) => Array.from(x)));
    expect(a).toHaveLength(6); // 3 full batches of 3 per epoch, remainder of 1 dropped
    for (const epoch of [a.slice(0, 3), a.slice(3)]) {
      const seen = epoch.flatMap((x) => Array.from(x));
      expect(new Set(seen).size).toBe(9);
      expect(seen.every((i) => i >= 0 && i < 10)).toBe(true);
    }
    expect(Array.from(a[0])).not.toEqual(Array.from(a[3]));
    expect(epochsFor(7, 10, 3)).toBe(3);
  });

  it('streams the same batches epoch by epoch (a million-step race holds one epoch, not a million arrays)', () => {
    // The order as it was always made: a fresh permutation per epoch, cut into full batches.
    const rng = createRng(9);
    const reference = Array.from({ length: 4 }, () => permutation(10, rng)).flatMap((order) => [0, 1, 2].map((b) => Array.from(order.slice(b * 3, b * 3 + 3))));
    const stream = batchStream(10, 3, createRng(9));
    expect(reference.map((_, step) => Array.from(stream.at(step)))).toEqual(reference);
    expect(batchOrder(10, 3, 4, createRng(9)).map((x) => Array.from(x))).toEqual(reference);
    expect(() => stream.at(0)).toThrowError(/increasing order/);
  });

  it('rejects impossible batches by name', () => {
    expect(() => batchOrder(10, 0, 1, createRng(1))).toThrowError(/batchSize/);
    expect(() => batchOrder(2, 3, 1, createRng(1))).toThrowError(/nTrain/);
  });
});
