/**
 * Data augmentation against overfitting, as a controlled experiment: two copies of one small
 * network trained on a few digits per class, identical except that one sees every mini-batch
 * through random digit augmentation (±15° rotation, zoom, shift: augment/digits.ts). Both start
 * from clones of ONE initialisation, take the SAME mini-batch indices at every step and use the
 * same Adam; accuracy on the un-augmented training digits and on held-out digits is measured at
 * step 0 and `evalPoints` more times.
 *
 * Takes in: the decoded digits, digits per class, the model ('cnn' or 'mlp'), steps, batch size,
 * learning rate, the augmentation ranges and a seed.
 * Returns: { work(budgetMs), step(k), snapshot(), dispose() }. The run is a sequence of small
 * units (one copy's update, or one evaluation chunk); work() does units until the budget is
 * spent, so a tf.nextFrame loop keeps the page drawing.
 *
 *   created --work/step--> training --(all steps, last evaluation)--> done --dispose()--> disposed
 */
import * as tf from '@tensorflow/tfjs';
import { balancedSubset, gather, PIXELS, splitIndices, type DigitSet } from '../lib/mnist';
import { createRng } from '../lib/rng';
import { augmentDigitBatch } from './augment/digits';
import type { AffineRanges } from './augment/geometry';
import { cnnAccuracy, cnnLoss, initCnn } from './cnn';
import { accuracy, initMlp, loss } from './mlp';
import { optimizers, resolveHyper, type State } from './optimizers';
import { batchOrder, disposeReplaced, epochsFor, tensorsIn } from './trainLoop';

/** The two networks the experiment can train, as a table of {init, loss, accuracy}. */
export const digitModels = {
  cnn: { init: (seed: number) => initCnn(undefined, seed), loss: cnnLoss, accuracy: cnnAccuracy },
  mlp: { init: (seed: number) => initMlp([PIXELS, 64, 10], seed), loss: (w: tf.Tensor[], x: tf.Tensor2D, y: tf.Tensor1D) => loss(w, x, y), accuracy },
};
export type DigitModelName = keyof typeof digitModels;

export interface AugmentExperimentConfig {
  digits: DigitSet;
  perClass: number;
  heldOutCount: number;
  model: DigitModelName;
  steps: number;
  batchSize: number;
  learningRate: number;
  augment: AffineRanges;
  seed: number;
  evalPoints?: number;
}

export type AugmentCopyName = 'plain' | 'augmented';

export interface AugmentPoint {
  step: number;
  epoch: number;
  train: number;
  heldOut: number;
}

export interface AugmentSnapshot {
  step: number;
  totalSteps: number;
  done: boolean;
  copies: { name: AugmentCopyName; curve: AugmentPoint[] }[];
}

export interface AugmentExperiment {
  /** Does units of work for about `budgetMs`; returns the new snapshot. */
  work(budgetMs: number): AugmentSnapshot;
  /** Advances both copies by up to k updates (and owed evaluations); returns the snapshot. */
  step(k: number): AugmentSnapshot;
  snapshot(): AugmentSnapshot;
  dispose(): void;
}

/** Held-out rows per evaluation unit: small enough that one unit fits in a frame. */
const EVAL_CHUNK = 250;

/** Builds the experiment; throws with a message naming the bad setting. */
export function createAugmentExperiment(config: AugmentExperimentConfig): AugmentExperiment {
  const { digits, perClass, heldOutCount, steps, batchSize, learningRate, seed } = config;
  const model = digitModels[config.model];
  if (!model) throw new Error(`Expected model to be one of ${Object.keys(digitModels).join(', ')}, but got ${config.model}`);
  if (!Number.isInteger(perClass) || perClass < 1) throw new Error(`Expected perClass to be a positive integer, but got ${perClass}`);
  if (!Number.isInteger(steps) || steps < 1) throw new Error(`Expected steps to be a positive integer, but got ${steps}`);
  const split = splitIndices(digits);
  if (heldOutCount > split.heldOut.length) throw new Error(`Asked for ${heldOutCount} held-out digits, but the set has ${split.heldOut.length}`);
  const subset = balancedSubset(digits, split.train, perClass);
  const trainCount = subset.length;
  const size = Math.min(batchSize, trainCount);
  const batches = batchOrder(trainCount, size, epochsFor(steps, trainCount, size), createRng(seed));
  const augmentRng = createRng(seed * 7919 + 1);
  const evalEvery = Math.max(1, Math.round(steps / (config.evalPoints ?? 15)));

  const train = gather(digits, subset);
  const held = gather(digits, split.heldOut.subarray(0, heldOutCount));
  const data = {
    trainX: tf.tensor2d(train.x, [trainCount, PIXELS]),
    trainY: tf.tensor1d(train.y, 'int32'),
    heldOutX: tf.tensor2d(held.x, [heldOutCount, PIXELS]),
    heldOutY: tf.tensor1d(held.y, 'int32'),
  };
  const rule = optimizers.adam;
  const hyper = resolveHyper('adam', { learningRate });
  const init = model.init(seed);
  const copies = (['plain', 'augmented'] as const).map((name) => {
    const weights = init.map((w) => w.clone());
    return { name, weights, states: weights.map((w) => rule.init(w)) as State[], curve: [] as AugmentPoint[] };
  });
  tf.dispose(init);

  let t = 0;
  let disposed = false;
  let evaluationOwed = true;
  let batch: { x: tf.Tensor2D; y: tf.Tensor1D; augmented: tf.Tensor2D } | null = null;

  const hits = (weights: tf.Tensor[], x: tf.Tensor2D, y: tf.Tensor1D, start: number, size: number) => {
    const rows = tf.tidy(() => [x.slice([start, 0], [size, -1]), y.slice([start], [size])] as [tf.Tensor2D, tf.Tensor1D]);
    const value = model.accuracy(weights, rows[0], rows[1]) * size;
    tf.dispose(rows);
    return value;
  };

  /** Accuracy of both copies on both sets, one chunk per unit of work; recorded together. */
  function* evaluation(): Generator<void, void, void> {
    const found = copies.map(() => ({ train: 0, heldOut: 0 }));
    for (const [i, c] of copies.entries()) {
      for (const [set, x, y] of [['train', data.trainX, data.trainY], ['heldOut', data.heldOutX, data.heldOutY]] as const) {
        for (let start = 0; start < x.shape[0]; start += EVAL_CHUNK) {
          found[i][set] += hits(c.weights, x, y, start, Math.min(EVAL_CHUNK, x.shape[0] - start));
          yield;
        }
      }
    }
    const epoch = (t * batchSize) / trainCount;
    copies.forEach((c, i) => c.curve.push({ step: t, epoch, train: found[i].train / trainCount, heldOut: found[i].heldOut / heldOutCount }));
    evaluationOwed = false;
  }

  /** One Adam update of `c` on images x (the batch's own or its augmented copy). */
  const update = (c: (typeof copies)[number], x: tf.Tensor2D, y: tf.Tensor1D) => {
    const { value, grads } = tf.tidy(() => tf.valueAndGrads((...ws: tf.Tensor[]) => model.loss(ws, x, y))(c.weights));
    const next = c.weights.map((w, i) => rule.update(w, grads[i], c.states[i], hyper));
    tf.dispose([value, ...grads]);
    const weights = next.map((u) => u.params);
    const states = next.map((u) => u.state);
    disposeReplaced([c.weights, c.states], [weights, states]);
    c.weights = weights;
    c.states = states;
  };

  function* run(): Generator<void, void, void> {
    yield* evaluation();
    while (t < steps) {
      const rows = batches[t];
      batch = tf.tidy(() => {
        const index = tf.tensor1d(rows, 'int32');
        const x = tf.gather(data.trainX, index) as tf.Tensor2D;
        return { x, y: tf.gather(data.trainY, index) as tf.Tensor1D, augmented: augmentDigitBatch(x, config.augment, augmentRng) };
      });
      update(copies[0], batch.x, batch.y);
      yield;
      update(copies[1], batch.augmented, batch.y);
      tf.dispose([batch.x, batch.y, batch.augmented]);
      batch = null;
      t++;
      if (t % evalEvery === 0 || t === steps) evaluationOwed = true;
      if (evaluationOwed) yield* evaluation();
      else yield;
    }
  }

  const units = run();
  const finished = () => t >= steps && !evaluationOwed;
  const alive = () => {
    if (disposed) throw new Error('This augmentation experiment has been disposed');
  };
  const snapshot = (): AugmentSnapshot => ({
    step: t,
    totalSteps: steps,
    done: finished(),
    copies: copies.map((c) => ({ name: c.name, curve: c.curve.map((p) => ({ ...p })) })),
  });

  return {
    work(budgetMs) {
      alive();
      const started = performance.now();
      do units.next();
      while (!finished() && performance.now() - started < budgetMs);
      return snapshot();
    },
    step(k) {
      alive();
      const target = Math.min(t + k, steps);
      while (!finished() && (t < target || evaluationOwed)) units.next();
      return snapshot();
    },
    snapshot,
    dispose() {
      if (disposed) return;
      disposed = true;
      if (batch) tf.dispose([batch.x, batch.y, batch.augmented]);
      for (const c of copies) tf.dispose(tensorsIn([c.weights, c.states]));
      tf.dispose([data.trainX, data.trainY, data.heldOutX, data.heldOutY]);
    },
  };
}
