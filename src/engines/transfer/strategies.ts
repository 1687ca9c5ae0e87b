/**
 * The three ways the chapter adapts the pretrained body to digits, as runs a widget can advance
 * an epoch at a time and a test can run to the end:
 *   head     — every conv layer frozen; features once, then a new dense head (lr 1e-2); the
 *              features are the last block's, or an earlier block's if `headDepth` says so;
 *   finetune — the head-only run first, then the unfrozen layers too at lr 1e-4 (the lecture's
 *              "train the new layer first, then fine-tune with a small learning rate");
 *   scratch  — the same architecture from Glorot-uniform weights, every layer at lr 1e-3.
 * All three see the same examples and the same new-head initialisation (same seed), and stop by
 * the one rule in trainer.ts. `seconds` counts training only (feature caching included), not
 * the held-out evaluations drawn in the curves.
 */
import * as tf from '@tensorflow/tfjs';
import { CLASSES } from '../../lib/mnist';
import { createRng } from '../../lib/rng';
import { cloneBody, disposeBody, disposeHead, featureSizeAt, featuresInChunks, headLogits, initBody, initHead, type Body, type Head } from './architecture';
import { accuracyOf, createTrainer, TRANSFER_RULES, type Trainer } from './trainer';

export type Strategy = 'head' | 'finetune' | 'scratch';
export const STRATEGIES: readonly Strategy[] = ['head', 'finetune', 'scratch'];

export interface RunInputs {
  pretrained: Body;
  x: tf.Tensor2D;
  y: tf.Tensor1D;
  heldX: tf.Tensor2D;
  heldY: tf.Tensor1D;
  seed: number;
  /** Conv layers kept frozen in the fine-tune phase (0 = fine-tune all). */
  frozenLayers?: number;
  /** Head only: read the features after this many conv blocks (default: all of them). */
  headDepth?: number;
  /** Step limit of the stopping rule for every phase (default TRANSFER_RULES.maxSteps). */
  maxSteps?: number;
  /** Evaluate held-out accuracy every this many epochs (and at the end). */
  evalEvery?: number;
}

export interface CurvePoint {
  steps: number;
  train: number;
  heldOut: number | null;
}

export interface RunSnapshot {
  strategy: Strategy;
  steps: number;
  loss: number;
  trainAccuracy: number;
  heldOutAccuracy: number | null;
  seconds: number;
  /** Training work in images through the conv body (trainer.ts's bodyPasses; no evaluation). */
  bodyPasses: number;
  done: boolean;
  curve: CurvePoint[];
}

export interface StrategyRun {
  readonly snapshot: RunSnapshot;
  /** Trains one epoch (no-op when done) and returns the new snapshot. */
  epoch(): RunSnapshot;
  dispose(): void;
}

/** A run of `strategy` on `inputs`; it owns its copies of the weights, not the inputs. */
export function createRun(strategy: Strategy, inputs: RunInputs): StrategyRun {
  const rng = createRng(inputs.seed);
  const layers = inputs.pretrained.layers.length;
  const t0 = performance.now();
  // The head's start is drawn first from the same seed, so all three start from the same head.
  const depth = strategy === 'head' ? (inputs.headDepth ?? layers) : layers;
  const head: Head = initHead(featureSizeAt(inputs.pretrained, depth), CLASSES, createRng(inputs.seed ^ 0x5eed));
  const body: Body = strategy === 'scratch' ? initBody(inputs.pretrained.layers, rng) : strategy === 'finetune' ? cloneBody(inputs.pretrained) : inputs.pretrained;
  const make = (frozen: number, lr: number) =>
    createTrainer({ body, head, frozenLayers: frozen, featureDepth: depth, x: inputs.x, y: inputs.y, learningRate: lr, rng, maxSteps: inputs.maxSteps });
  let trainer: Trainer = strategy === 'scratch' ? make(0, TRANSFER_RULES.lrScratch) : make(depth, TRANSFER_RULES.lrHead);
  let phase: 'head' | 'all' = strategy === 'scratch' ? 'all' : 'head';
  let stepsBefore = 0;
  let passesBefore = 0;
  let seconds = (performance.now() - t0) / 1000;
  // Head-only's body never changes: its held-out features are computed once too (evaluation,
  // so after the clock has stopped).
  const heldFeatures = strategy === 'head' ? featuresInChunks(body, inputs.heldX, 250, depth) : null;
  let epochs = 0;
  let snapshot: RunSnapshot = { strategy, steps: 0, loss: NaN, trainAccuracy: 0, heldOutAccuracy: null, seconds, bodyPasses: trainer.bodyPasses, done: false, curve: [] };

  const evaluate = (done: boolean): RunSnapshot => {
    const trainAccuracy = tf.tidy(() => accuracyOf(trainer.logits(inputs.x), inputs.y));
    const due = done || epochs % (inputs.evalEvery ?? 1) === 0;
    const heldOutAccuracy = !due
      ? snapshot.heldOutAccuracy
      : tf.tidy(() => accuracyOf(heldFeatures ? headLogits(head, heldFeatures) : trainer.logits(inputs.heldX), inputs.heldY));
    const steps = stepsBefore + trainer.steps;
    return {
      ...snapshot,
      steps,
      trainAccuracy,
      heldOutAccuracy,
      done,
      seconds,
      bodyPasses: passesBefore + trainer.bodyPasses,
      curve: [...snapshot.curve, { steps, train: trainAccuracy, heldOut: due ? heldOutAccuracy : null }],
    };
  };

  return {
    get snapshot() {
      return snapshot;
    },
    epoch() {
      if (snapshot.done) return snapshot;
      const t = performance.now();
      const result = trainer.epoch();
      let done = result.done;
      if (done && strategy === 'finetune' && phase === 'head') {
        // Phase two: unfreeze the layers above frozenLayers and continue at the small rate.
        stepsBefore = trainer.steps;
        passesBefore = trainer.bodyPasses;
        trainer.dispose();
        trainer = make(inputs.frozenLayers ?? 0, TRANSFER_RULES.lrFineTune);
        phase = 'all';
        done = false;
      }
      seconds += (performance.now() - t) / 1000;
      epochs++;
      snapshot = { ...evaluate(done), loss: result.loss };
      return snapshot;
    },
    dispose() {
      trainer.dispose();
      disposeHead(head);
      if (body !== inputs.pretrained) disposeBody(body);
      heldFeatures?.dispose();
    },
  };
}

/** Runs `strategy` to its stopping rule and returns the final snapshot (frees everything). */
export function runToEnd(strategy: Strategy, inputs: RunInputs): RunSnapshot {
  const run = createRun(strategy, inputs);
  try {
    while (!run.snapshot.done) run.epoch();
    return run.snapshot;
  } finally {
    run.dispose();
  }
}
