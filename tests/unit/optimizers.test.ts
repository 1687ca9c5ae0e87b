import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  disposeState, type Hyper, type OptimizerName, optimizerNames, optimizers, resolveHyper,
} from '../../src/engines/optimizers';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

// Three fixed gradients applied from w0 = [1, -2] with lr 0.1 and the lecture's other defaults.
const w0 = [1, -2];
const gradients = [[0.5, -1], [0.2, 0.4], [-0.1, 0.3]];

/** Params after each of the three steps of `name` with `hyper` overrides. */
function threeSteps(name: OptimizerName, overrides: Partial<Hyper> = {}): number[][] {
  const optimizer = optimizers[name];
  const hyper = resolveHyper(name, { learningRate: 0.1, ...overrides });
  let params: tf.Tensor = tf.tensor1d(w0);
  let state = optimizer.init(params);
  const trail: number[][] = [];
  for (const g of gradients) {
    const grads = tf.tensor1d(g);
    const next = optimizer.update(params, grads, state, hyper);
    tf.dispose([params, grads]);
    disposeState(state);
    params = next.params;
    state = next.state;
    trail.push(Array.from(params.dataSync()));
  }
  params.dispose();
  disposeState(state);
  return trail;
}

const expectTrail = (actual: number[][], expected: number[][]) => {
  actual.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(expected[i][j], 5)));
};

describe('update rules against hand-computed steps (tolerance 1e-5, float32)', () => {
  it('SGD: w <- w - lr*g', () => {
    // [1 - 0.05, -2 + 0.1], then -0.1*[0.2, 0.4], then -0.1*[-0.1, 0.3]
    expectTrail(threeSteps('sgd'), [[0.95, -1.9], [0.93, -1.94], [0.94, -1.97]]);
  });

  it('momentum: v <- 0.9v - lr*g; w <- w + v', () => {
    // v1 = [-0.05, 0.1]; v2 = 0.9*v1 - [0.02, 0.04] = [-0.065, 0.05]; v3 = [-0.0485, 0.015]
    expectTrail(threeSteps('momentum'), [[0.95, -1.9], [0.885, -1.85], [0.8365, -1.835]]);
  });

  it('Nesterov: w <- w - 0.9v + 1.9v_new, same velocities as momentum', () => {
    // w1 = w0 + 1.9*v1; w2 = w1 - 0.9*v1 + 1.9*v2; w3 = w2 - 0.9*v2 + 1.9*v3
    expectTrail(threeSteps('nesterov'), [[0.905, -1.81], [0.8265, -1.805], [0.79285, -1.8215]]);
  });

  it('AdaGrad: cache <- cache + g^2; w <- w - lr*g/(sqrt(cache) + eps)', () => {
    // cache [0.25, 1] -> [0.29, 1.16] -> [0.30, 1.25]; first step is exactly lr per coordinate
    expectTrail(threeSteps('adagrad'), [[0.9, -1.9], [0.8628609, -1.9371391], [0.8811184, -1.9639719]]);
  });

  it('RMSProp: cache <- 0.99cache + 0.01g^2; first step is lr/sqrt(0.01) = 10 lr', () => {
    expectTrail(threeSteps('rmsprop'), [[0, -1], [-0.3730017, -1.373002], [-0.1887696, -1.6436679]]);
  });

  it('Adam with bias correction: first step is lr per coordinate', () => {
    expectTrail(threeSteps('adam'), [[0.9, -1.9], [0.8101425, -1.8654394], [0.7535256, -1.8568614]]);
  });

  it('Adam without bias correction: first step is 0.1/sqrt(0.001) = 3.1623 lr', () => {
    expectTrail(threeSteps('adam', { biasCorrection: false }), [[0.6837724, -1.6837723], [0.3019149, -1.536904], [0.0216479, -1.4944409]]);
  });
});

/** 100 steps on f(w) = sum(c * w^2) over a [3,2] weight tensor: ours against a tf.train optimizer. */
function againstTfjs(name: OptimizerName, hyper: Partial<Hyper>, reference: tf.Optimizer): number {
  const curvature = tf.tensor2d([[1, 3], [0.5, 2], [4, 0.2]]);
  const start = [[1, -1], [2, 0.5], [-0.3, 1.5]];
  const loss = (w: tf.Tensor) => w.square().mul(curvature).sum() as tf.Scalar;
  const gradient = tf.grad(loss);
  const resolved = resolveHyper(name, hyper);
  let ours: tf.Tensor = tf.tensor2d(start);
  let state = optimizers[name].init(ours);
  const theirs = tf.variable(tf.tensor2d(start));
  for (let step = 0; step < 100; step++) {
    const grads = gradient(ours);
    const next = optimizers[name].update(ours, grads, state, resolved);
    tf.dispose([ours, grads]);
    disposeState(state);
    ours = next.params;
    state = next.state;
    tf.tidy(() => reference.applyGradients({ [theirs.name]: gradient(theirs) }));
  }
  const gap = tf.tidy(() => ours.sub(theirs).abs().max().dataSync()[0]);
  tf.dispose([ours, theirs, curvature]);
  disposeState(state);
  reference.dispose();
  return gap;
}

describe('against tfjs optimizers, 100 steps on a [3,2] quadratic (max |difference| < 1e-5)', () => {
  it('SGD equals tf.train.sgd', () => {
    expect(againstTfjs('sgd', { learningRate: 0.05 }, tf.train.sgd(0.05))).toBeLessThan(1e-5);
  });

  it('Adam equals tf.train.adam with the same epsilon', () => {
    const hyper = { learningRate: 0.05, beta1: 0.9, beta2: 0.999, epsilon: 1e-8 };
    expect(againstTfjs('adam', hyper, tf.train.adam(0.05, 0.9, 0.999, 1e-8))).toBeLessThan(1e-5);
  });

  // tf.train.momentum keeps a = mu*a + g and steps w -= lr*a. With a constant lr our velocity is
  // v = -lr*a, so the two produce the same w. Its Nesterov flag steps w -= lr*(g + mu*a_new),
  // which expands to the same w as our change-of-variables form.
  it('momentum equals tf.train.momentum (v = -lr * accumulation)', () => {
    expect(againstTfjs('momentum', { learningRate: 0.02 }, tf.train.momentum(0.02, 0.9))).toBeLessThan(1e-5);
  });

  it('Nesterov equals tf.train.momentum with useNesterov', () => {
    expect(againstTfjs('nesterov', { learningRate: 0.02 }, tf.train.momentum(0.02, 0.9, true))).toBeLessThan(1e-5);
  });
});

describe('the table and the disposal convention', () => {
  it('lists six optimizers with distinct colours and the hyper-parameters each uses', () => {
    expect(optimizerNames).toEqual(['sgd', 'momentum', 'nesterov', 'adagrad', 'rmsprop', 'adam']);
    expect(new Set(optimizerNames.map((n) => optimizers[n].color)).size).toBe(6);
    for (const name of optimizerNames) {
      const { hyper, defaults } = optimizers[name];
      expect(hyper).toContain('learningRate');
      expect(defaults.learningRate).toBeGreaterThan(0);
    }
    expect(optimizers.adam.defaults).toMatchObject({ beta1: 0.9, beta2: 0.999, epsilon: 1e-8, biasCorrection: true });
    expect(optimizers.rmsprop.defaults.decayRate).toBe(0.99);
    expect(optimizers.momentum.defaults.momentum).toBe(0.9);
  });

  it('update leaves its inputs alive and adds exactly the new params and state', () => {
    for (const name of optimizerNames) {
      const params = tf.ones([4, 2]);
      const grads = tf.fill([4, 2], 0.5);
      const state = optimizers[name].init(params);
      const before = tf.memory().numTensors;
      const next = optimizers[name].update(params, grads, state, optimizers[name].defaults);
      const created = 1 + Object.values(next.state).filter((v) => v instanceof tf.Tensor).length;
      expect(tf.memory().numTensors).toBe(before + created);
      expect(params.isDisposed || grads.isDisposed).toBe(false);
      tf.dispose([params, grads, next.params]);
      disposeState(state);
      disposeState(next.state);
    }
  });

  it('rejects a non-finite hyper-parameter by name', () => {
    expect(() => resolveHyper('adam', { learningRate: NaN })).toThrowError(/adam\.learningRate/);
    expect(resolveHyper('sgd', { learningRate: undefined }).learningRate).toBe(optimizers.sgd.defaults.learningRate);
  });
});
