/**
 * One training run under the chapter's single stopping rule (the same as
 * scripts/pretrain/measure.py): Adam on shuffled mini-batches of up to 64 examples; after every
 * epoch the whole training set's loss is computed, and the run stops when it is below 0.05 or
 * after 400 steps. Runs advance an epoch at a time so a widget can draw between epochs.
 *
 * With every conv layer frozen the trainer works on features computed once (cached), so a step
 * is one small matMul: this is why head-only training takes a fraction of a second.
 *
 *   created ─epoch()─► epoch()… ─(loss < 0.05 or 400 steps)─► done ─dispose()
 */
import * as tf from '@tensorflow/tfjs';
import { permutation, type Rng } from '../../lib/rng';
import { bodyFeatures, featureSizeAt, featuresInChunks, headLogits, type Body, type Head } from './architecture';

export const TRANSFER_RULES = {
  batch: 64,
  lossTarget: 0.05,
  maxSteps: 400,
  lrHead: 1e-2,
  lrFineTune: 1e-4,
  lrScratch: 1e-3,
} as const;

export interface TrainerOptions {
  body: Body;
  head: Head;
  /** How many conv layers, from the input, stay frozen (all up to featureDepth: cached features). */
  frozenLayers: number;
  /** The head reads the features after this many conv layers (default: all of them). */
  featureDepth?: number;
  x: tf.Tensor2D;
  y: tf.Tensor1D;
  learningRate: number;
  rng: Rng;
  /** Step limit of the stopping rule (default TRANSFER_RULES.maxSteps; tests use fewer). */
  maxSteps?: number;
}

export interface EpochResult {
  steps: number;
  loss: number;
  done: boolean;
}

export interface Trainer {
  /** One epoch (or fewer steps, at the step limit); then the stopping rule is checked. */
  epoch(): EpochResult;
  /** Logits for images x [n, 784]; the caller owns the result. */
  logits(x: tf.Tensor2D): tf.Tensor2D;
  readonly done: boolean;
  readonly steps: number;
  /**
   * Work so far, in images through the conv body: a forward pass counts 1, a training step 3
   * (forward + backward, which costs about two forwards). Cached features cost one pass per
   * example, once. The head is left out: 128 x 10 weights, under 1/5,000 of the body's work.
   */
  readonly bodyPasses: number;
  dispose(): void;
}

/** A trainer for one strategy; it owns its optimizer and cached features, not body/head/x/y. */
export function createTrainer(o: TrainerOptions): Trainer {
  const layers = o.featureDepth ?? o.body.layers.length;
  featureSizeAt(o.body, layers);
  if (!Number.isInteger(o.frozenLayers) || o.frozenLayers < 0 || o.frozenLayers > layers) {
    throw new Error(`Expected frozenLayers to be an integer from 0 to ${layers}, but got ${o.frozenLayers}`);
  }
  const cached = o.frozenLayers === layers ? featuresInChunks(o.body, o.x, 250, layers) : null;
  const vars: tf.Variable[] = [o.head.w, o.head.b];
  for (let i = o.frozenLayers; i < layers; i++) vars.push(o.body.kernels[i], o.body.biases[i]);
  const optimizer = tf.train.adam(o.learningRate);
  const n = o.x.shape[0];
  const oneHot = tf.tidy(() => tf.oneHot(tf.cast(o.y, 'int32'), o.head.b.shape[0]));
  const forward = (idx: tf.Tensor1D | null): tf.Tensor2D => {
    if (cached) return headLogits(o.head, idx ? tf.gather(cached, idx) : cached);
    const x = idx ? (tf.gather(o.x, idx) as tf.Tensor2D) : o.x;
    return headLogits(o.head, bodyFeatures(o.body, x, layers));
  };
  const lossOf = (idx: tf.Tensor1D | null): tf.Scalar =>
    tf.losses.softmaxCrossEntropy(idx ? tf.gather(oneHot, idx) : oneHot, forward(idx)) as tf.Scalar;
  let steps = 0;
  let done = false;
  let bodyPasses = cached ? n : 0;
  const maxSteps = o.maxSteps ?? TRANSFER_RULES.maxSteps;

  return {
    get done() {
      return done;
    },
    get steps() {
      return steps;
    },
    get bodyPasses() {
      return bodyPasses;
    },
    epoch() {
      if (done) throw new Error('This run has already met its stopping rule');
      const order = permutation(n, o.rng);
      for (let start = 0; start < n && steps < maxSteps; start += TRANSFER_RULES.batch) {
        const batch = order.subarray(start, Math.min(n, start + TRANSFER_RULES.batch));
        tf.tidy(() => {
          const idx = tf.tensor1d(batch, 'int32');
          optimizer.minimize(() => lossOf(idx), false, vars);
        });
        steps++;
        if (!cached) bodyPasses += 3 * batch.length;
      }
      const lossT = tf.tidy(() => lossOf(null));
      if (!cached) bodyPasses += n;
      const loss = lossT.dataSync()[0];
      lossT.dispose();
      done = loss < TRANSFER_RULES.lossTarget || steps >= maxSteps;
      return { steps, loss, done };
    },
    logits(x) {
      return tf.tidy(() => headLogits(o.head, cached && x === o.x ? cached : featuresInChunks(o.body, x, 250, layers)));
    },
    dispose() {
      optimizer.dispose();
      tf.dispose([oneHot, ...(cached ? [cached] : [])]);
    },
  };
}

/** Fraction of rows whose argmax logit is the label. */
export function accuracyOf(logits: tf.Tensor2D, y: tf.Tensor1D): number {
  const hits = tf.tidy(() => tf.mean(tf.cast(tf.equal(tf.argMax(logits, 1), tf.cast(y, 'int32')), 'float32')));
  const value = hits.dataSync()[0];
  hits.dispose();
  return value;
}
