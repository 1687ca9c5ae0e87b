/**
 * One model of an ensemble run while it trains: its weights, its SGD + momentum state and its
 * own seeded mini-batch order; one update on the next batch; its held-out probabilities.
 *
 * Ownership: a Trainee owns its tensors until releaseTrainee(); updateTrainee hands back the
 * batch loss, which the caller owns. The digit tensors are the caller's and are never freed here.
 */
import * as tf from '@tensorflow/tfjs';
import { createRng } from '../lib/rng';
import { forward, initMlp, disposeWeights, type MlpWeights } from './mlp';
import type { DigitTensors } from './mnistLoader';
import { optimizers, type Hyper, type State } from './optimizers';
import { batchOrder, epochsFor, initStates, tensorsIn, trainStep } from './trainLoop';

/** Every ensemble model uses SGD + momentum, the rule snapshot ensembles were introduced with. */
const rule = optimizers.momentum;

export interface Trainee {
  weights: MlpWeights;
  states: State[];
  batches: Int32Array[];
  /** Updates done in this trainee's run. */
  t: number;
}

/** A fresh model of layer `sizes` from `initSeed`, with batches for `length` updates drawn from `batchSeed`. */
export function startTrainee(
  sizes: readonly number[],
  seeds: { init: number; batches: number },
  length: number,
  trainCount: number,
  batchSize: number,
): Trainee {
  const weights = initMlp(sizes, seeds.init);
  const batches = batchOrder(trainCount, batchSize, epochsFor(length, trainCount, batchSize), createRng(seeds.batches));
  return { weights, states: initStates(rule, weights), batches, t: 0 };
}

/** One update on the trainee's next mini-batch at `hyper` (its learning rate already scheduled). */
export function updateTrainee(trainee: Trainee, data: DigitTensors, hyper: Hyper): tf.Scalar {
  const rows = trainee.batches[trainee.t];
  const batch = tf.tidy(() => {
    const index = tf.tensor1d(rows, 'int32');
    return { x: tf.gather(data.trainX, index) as tf.Tensor2D, y: tf.gather(data.trainY, index) as tf.Tensor1D };
  });
  const next = trainStep(trainee.weights, rule, trainee.states, batch, hyper);
  tf.dispose([batch.x, batch.y]);
  trainee.weights = next.weights;
  trainee.states = next.states;
  trainee.t++;
  return next.loss;
}

/** Frees the trainee's weights and optimizer state. */
export function releaseTrainee(trainee: Trainee): void {
  disposeWeights(trainee.weights);
  for (const tensor of tensorsIn(trainee.states)) tensor.dispose();
}

/** Softmax probabilities of `weights` on the held-out digits, read back as one array. */
export function heldOutProbabilities(weights: MlpWeights, data: DigitTensors): Float32Array {
  const probs = tf.tidy(() => tf.softmax(forward(weights, data.heldOutX)));
  const values = probs.dataSync() as Float32Array;
  probs.dispose();
  return Float32Array.from(values);
}
