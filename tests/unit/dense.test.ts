import { beforeAll, describe, expect, it } from 'vitest';
import * as tf from '@tensorflow/tfjs';
import { hiddenDense, inputDense } from '../../src/engines/dense';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

describe('dense layers with plain-matMul gradients', () => {
  it('give the same value and gradients as tfjs matMul + add', () => {
    const x = tf.tensor2d([[1, 2, 3], [-1, 0.5, 2]]);
    const w = tf.tensor2d([[0.1, -0.2], [0.3, 0.4], [-0.5, 0.6]]);
    const b = tf.tensor1d([0.05, -0.05]);
    const reference = (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) => tf.sum(tf.square(tf.add(tf.matMul(xx as tf.Tensor2D, ww as tf.Tensor2D), bb)));
    const ours = (xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) => tf.sum(tf.square(hiddenDense(xx as tf.Tensor2D, ww as tf.Tensor2D, bb)));
    const [rx, rw, rb] = tf.grads(reference)([x, w, b]);
    const [ox, ow, ob] = tf.grads(ours)([x, w, b]);
    expect(Array.from(ox.dataSync())).toEqual(Array.from(rx.dataSync()).map((v) => expect.closeTo(v, 5)));
    expect(Array.from(ow.dataSync())).toEqual(Array.from(rw.dataSync()).map((v) => expect.closeTo(v, 5)));
    expect(Array.from(ob.dataSync())).toEqual(Array.from(rb.dataSync()).map((v) => expect.closeTo(v, 5)));
    const [ix] = tf.grads((xx: tf.Tensor, ww: tf.Tensor, bb: tf.Tensor) => tf.sum(inputDense(xx as tf.Tensor2D, ww as tf.Tensor2D, bb)))([x, w, b]);
    expect(Array.from(ix.dataSync())).toEqual([0, 0, 0, 0, 0, 0]);
  });
});
