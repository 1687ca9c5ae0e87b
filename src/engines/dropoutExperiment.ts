/**
 * Dropout against overfitting, as a controlled experiment: copies of one small MLP trained on
 * a small MNIST subset, identical except for the regularizer. Every copy starts from a clone of
 * ONE initialisation and trains on the SAME mini-batch at every step with the same optimizer;
 * only the dropout copy masks its hidden units (inverted dropout, p = DROP probability) and only
 * the optional weight-decay copy adds (λ/2)·‖W‖² to its loss.
 *
 * Takes in: the decoded digits, the subset size, p, optional λ, steps and a seed.
 * Returns: { step(k), work(ms), snapshot(), dispose() }. The run is a generator of small units
 * of work (one copy's update, one 250-row chunk of an evaluation), so an animation frame can
 * do a few milliseconds of it and hand the page back: work(ms) is for frames, step(k) for tests
 * and the Step button. Train accuracy (on the whole subset) and held-out accuracy are measured
 * without dropout, at step 0 and `evalPoints` more times.
 *
 *   created --work/step--> evaluating step 0 --> training <--> evaluating --> done --dispose()--> disposed
 *
 * mlp.ts's forward already has the dropout hook, so nothing of it is wrapped here.
 */
import * as tf from '@tensorflow/tfjs';
import { splitIndices } from '../lib/mnist';
import { createRng } from '../lib/rng';
import { dropoutHook } from './dropout';
import {
  checkConfig,
  type AccuracyPoint,
  type CopyName,
  type CopySnapshot,
  type DropoutExperiment,
  type DropoutExperimentConfig,
  type ExperimentSnapshot,
} from '../lib/dropoutExperimentConfig';
import { accuracy, cloneWeights, disposeWeights, initMlp, type LossOptions, type MlpWeights } from './mlp';
import { digitTensors, disposeDigitTensors } from './mnistLoader';
import { optimizers, resolveHyper, type State } from './optimizers';
import { batchOrder, epochsFor, initStates, tensorsIn, trainStep } from './trainLoop';

export type * from '../lib/dropoutExperimentConfig';

/** Rows per evaluation chunk: about as much work as one copy's update, so one fits in a frame. */
const EVAL_CHUNK = 250;

interface Copy {
  name: CopyName;
  weights: MlpWeights;
  states: State[];
  options: LossOptions;
  dropProbability: number;
  inputDropProbability: number;
  weightDecay: number;
  curve: AccuracyPoint[];
}

/** Builds the experiment; see the file comment for what is shared between the copies. */
export function createDropoutExperiment(config: DropoutExperimentConfig): DropoutExperiment {
  const split = splitIndices(config.digits);
  checkConfig(config, split.train.length, split.heldOut.length);
  const { batchSize, trainCount, steps: totalSteps, dropProbability } = config;
  const lambda = config.weightDecay ?? 0;
  const rule = config.optimizer ?? 'adam';
  const optimizer = optimizers[rule];
  const hyper = resolveHyper(rule, { learningRate: config.learningRate }, 'network');
  const evalEvery = Math.max(1, Math.round(totalSteps / (config.evalPoints ?? 24)));

  const data = digitTensors(config.digits, trainCount, config.heldOutCount);
  const rng = createRng(config.seed);
  const init = initMlp([784, ...(config.hidden ?? [256]), 10], rng.seed());
  const batches = batchOrder(trainCount, batchSize, epochsFor(totalSteps, trainCount, batchSize), rng);
  // The masks get their own stream, drawn after the batches, so p never changes the batches.
  const maskRng = createRng(rng.seed());
  // The input masks get a third stream, so turning them on leaves the hidden masks as they were.
  const inputMaskRng = createRng(rng.seed());
  const inputP = config.inputDropProbability ?? 0;
  const dropoutOptions: LossOptions = { dropout: dropoutHook(dropProbability, maskRng) };
  if (inputP > 0) {
    const inputHook = dropoutHook(inputP, inputMaskRng);
    dropoutOptions.inputDropout = (x) => inputHook(x, -1);
  }

  const plans: { name: CopyName; options: LossOptions; p: number; inputP: number; lambda: number }[] = [
    { name: 'plain', options: {}, p: 0, inputP: 0, lambda: 0 },
    { name: 'dropout', options: dropoutOptions, p: dropProbability, inputP, lambda: 0 },
  ];
  if (lambda > 0) plans.push({ name: 'weightDecay', options: { weightDecay: lambda }, p: 0, inputP: 0, lambda });
  const copies: Copy[] = plans.map((plan) => {
    const weights = cloneWeights(init);
    return {
      name: plan.name,
      weights,
      states: initStates(optimizer, weights),
      options: plan.options,
      dropProbability: plan.p,
      inputDropProbability: plan.inputP,
      weightDecay: plan.lambda,
      curve: [],
    };
  });
  disposeWeights(init);
  let t = 0;
  let disposed = false;
  // An evaluation is owed at step 0 and at every evalEvery-th step; it is paid in chunks.
  let evaluationOwed = true;
  let batch: { x: tf.Tensor2D; y: tf.Tensor1D } | null = null;

  /** Correct predictions of `weights` on rows [start, start + size) of x, y. */
  const hitsIn = (weights: MlpWeights, x: tf.Tensor2D, y: tf.Tensor1D, start: number, size: number) => {
    const rows = tf.tidy(() => ({ x: tf.slice(x, [start, 0], [size, -1]) as tf.Tensor2D, y: tf.slice(y, [start], [size]) as tf.Tensor1D }));
    const hits = accuracy(weights, rows.x, rows.y) * size;
    tf.dispose([rows.x, rows.y]);
    return hits;
  };

  /**
   * Accuracy of every copy on both sets, one chunk of EVAL_CHUNK rows per unit of work. The
   * points are recorded with the last chunk, before the caller's closing yield, so a finished
   * evaluation is visible as soon as its last unit returns.
   */
  function* evaluation(): Generator<void, void, void> {
    const hits = copies.map(() => ({ train: 0, heldOut: 0 }));
    const chunks: (() => void)[] = [];
    copies.forEach((c, i) => {
      for (const [set, x, y] of [['train', data.trainX, data.trainY], ['heldOut', data.heldOutX, data.heldOutY]] as const) {
        for (let start = 0; start < x.shape[0]; start += EVAL_CHUNK) {
          const size = Math.min(EVAL_CHUNK, x.shape[0] - start);
          chunks.push(() => (hits[i][set] += hitsIn(c.weights, x, y, start, size)));
        }
      }
    });
    for (let k = 0; k < chunks.length; k++) {
      if (k > 0) yield;
      chunks[k]();
    }
    // Every copy's curve grows at once, so a snapshot never shows one copy ahead of another.
    const epoch = (t * batchSize) / trainCount;
    copies.forEach((c, i) => {
      c.curve.push({ step: t, epoch, train: hits[i].train / trainCount, heldOut: hits[i].heldOut / data.heldOutX.shape[0] });
    });
    evaluationOwed = false;
  }

  /** The whole run as small units of work: one copy's update, or one evaluation chunk. */
  function* run(): Generator<void, void, void> {
    yield* evaluation();
    yield;
    while (t < totalSteps) {
      const rows = batches[t];
      batch = tf.tidy(() => {
        const index = tf.tensor1d(rows, 'int32');
        return { x: tf.gather(data.trainX, index) as tf.Tensor2D, y: tf.gather(data.trainY, index) as tf.Tensor1D };
      });
      for (const c of copies) {
        const next = trainStep(c.weights, optimizer, c.states, batch, hyper, c.options);
        c.weights = next.weights;
        c.states = next.states;
        next.loss.dispose();
        yield;
      }
      tf.dispose([batch.x, batch.y]);
      batch = null;
      t++;
      if (t % evalEvery === 0 || t === totalSteps) {
        evaluationOwed = true;
        yield* evaluation();
        yield;
      }
    }
  }
  const units = run();
  const finished = () => t >= totalSteps && !evaluationOwed;
  const alive = () => {
    if (disposed) throw new Error('This dropout experiment has been disposed');
  };

  const snapshot = (): ExperimentSnapshot => ({
    step: t,
    totalSteps,
    done: finished(),
    copies: copies.map((c) => ({
      name: c.name,
      dropProbability: c.dropProbability,
      inputDropProbability: c.inputDropProbability,
      weightDecay: c.weightDecay,
      curve: c.curve.map((point) => ({ ...point })),
    })),
  });

  const step = (k: number): ExperimentSnapshot => {
    alive();
    if (!Number.isInteger(k) || k < 0) throw new Error(`Expected k to be a non-negative integer, but got ${k}`);
    const target = Math.min(t + k, totalSteps);
    while (!finished() && (t < target || evaluationOwed)) units.next();
    return snapshot();
  };

  const work = (budgetMs: number, now: () => number = () => performance.now()): ExperimentSnapshot => {
    alive();
    const started = now();
    do units.next();
    while (!finished() && now() - started < budgetMs);
    return snapshot();
  };

  const dispose = () => {
    if (disposed) return;
    disposed = true;
    if (batch) tf.dispose([batch.x, batch.y]);
    for (const c of copies) {
      disposeWeights(c.weights);
      for (const tensor of tensorsIn(c.states)) tensor.dispose();
    }
    disposeDigitTensors(data);
  };

  return { step, work, snapshot, dispose };
}

/** Train minus held-out accuracy at the last measurement of a copy (the overfitting gap). */
export function finalGap(copy: CopySnapshot): number {
  const last = copy.curve[copy.curve.length - 1];
  return last.train - last.heldOut;
}
