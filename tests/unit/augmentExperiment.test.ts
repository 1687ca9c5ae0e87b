import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DIGIT_AUGMENT } from '../../src/engines/augment/digits';
import { createAugmentExperiment } from '../../src/engines/augmentExperiment';
import { cnnForward, conv3x3, initCnn } from '../../src/engines/cnn';
import type { DigitSet } from '../../src/lib/mnist';
import { loadShippedMnist } from './mnistData';

let digits: DigitSet;
beforeAll(async () => {
  await tf.setBackend('cpu');
  digits = await loadShippedMnist();
});

describe('cnn: im2col convolution', () => {
  it('equals tf.conv2d with "same" padding (to float error) for 3 input channels', () => {
    const x = tf.randomUniform([2, 6, 5, 3], 0, 1, 'float32', 1) as tf.Tensor4D;
    const kernel = tf.randomNormal([3, 3, 3, 4], 0, 1, 'float32', 2) as tf.Tensor4D;
    const bias = tf.tensor1d([0.1, -0.2, 0.3, 0]);
    const ours = conv3x3(x, kernel.reshape([27, 4]), bias);
    const theirs = tf.add(tf.conv2d(x, kernel, 1, 'same'), bias);
    const diff = tf.max(tf.abs(tf.sub(ours, theirs))).dataSync()[0];
    expect(diff).toBeLessThan(1e-5);
    tf.dispose([x, kernel, bias, ours, theirs]);
  });

  it('gives 10 logits per digit and rejects a kernel of the wrong size by name', () => {
    const weights = initCnn([4, 8], 3);
    const logits = cnnForward(weights, tf.zeros([5, 784]) as tf.Tensor2D);
    expect(logits.shape).toEqual([5, 10]);
    expect(() => conv3x3(tf.zeros([1, 4, 4, 2]) as tf.Tensor4D, tf.zeros([9, 4]) as tf.Tensor2D, tf.zeros([4]) as tf.Tensor1D)).toThrowError(/kernel of 18 rows/);
    tf.dispose([logits, ...weights]);
  });
});

describe('augmentation experiment', () => {
  const config = (model: 'cnn' | 'mlp') => ({ digits, perClass: 5, heldOutCount: 100, model, steps: 4, batchSize: 16, learningRate: 0.001, augment: DIGIT_AUGMENT, seed: 3, evalPoints: 2 });

  it('starts both copies from the same weights, measures at step 0 and on schedule, and frees every tensor', () => {
    const before = tf.memory().numTensors;
    // The MLP: the Node cpu backend needs seconds per CNN step (the e2e test runs the CNN).
    const experiment = createAugmentExperiment(config('mlp'));
    const start = experiment.step(0);
    expect(start.copies.map((c) => c.name)).toEqual(['plain', 'augmented']);
    expect(start.copies[0].curve).toEqual(start.copies[1].curve);
    const end = experiment.step(4);
    expect(end.done).toBe(true);
    expect(end.copies[0].curve.map((p) => p.step)).toEqual([0, 2, 4]);
    // Only the augmented copy's inputs differ, so after training the two copies differ.
    expect(end.copies[0].curve[2]).not.toEqual(end.copies[1].curve[2]);
    experiment.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(() => experiment.step(1)).toThrowError(/disposed/);
  });

  it('the same seed gives the same run', () => {
    const a = createAugmentExperiment(config('mlp'));
    const b = createAugmentExperiment(config('mlp'));
    expect(a.step(4)).toEqual(b.step(4));
    a.dispose();
    b.dispose();
  });

  it('rejects bad settings by name', () => {
    expect(() => createAugmentExperiment({ ...config('mlp'), perClass: 0 })).toThrowError(/perClass/);
    expect(() => createAugmentExperiment({ ...config('mlp'), model: 'rnn' as 'mlp' })).toThrowError(/model/);
  });
});
