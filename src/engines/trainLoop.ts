/**
 * Training the MLP with any optimizer rule from optimizers.ts (one state per weight tensor):
 * one mini-batch update, the seeded order of mini-batches, and a run's loss record (smoothing,
 * divergence) with its losses read back in one transfer.
 *
 * Ownership: trainStep takes over the weights and states it is given. It returns fresh ones and
 * disposes every old tensor that the rule did not carry over, so the tensor count stays flat
 * whatever disposal convention the rule follows.
 */
import * as tf from '@tensorflow/tfjs';
import { permutation, type Rng } from '../lib/rng';
import { loss, type LossOptions, type MlpWeights } from './mlp';
import type { Hyper, Optimizer, State } from './optimizers';

export interface Batch {
  /** Images [n, 784] in [0, 1]. */
  x: tf.Tensor2D;
  /** Integer labels [n]. */
  y: tf.Tensor1D;
}

export interface StepResult {
  weights: MlpWeights;
  states: State[];
  /** Loss on this batch before the update (caller disposes; read it back when convenient). */
  loss: tf.Scalar;
}

/** Every tensor reachable in a value (tensor, array or plain object of them), in order. */
export function tensorsIn(value: unknown, found: tf.Tensor[] = []): tf.Tensor[] {
  if (value instanceof tf.Tensor) found.push(value);
  else if (Array.isArray(value)) for (const v of value) tensorsIn(v, found);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) tensorsIn(v, found);
  return found;
}

/** Disposes the tensors in `old` that do not appear in `kept` (rules may carry some over). */
export function disposeReplaced(old: unknown, kept: unknown): void {
  const keep = new Set(tensorsIn(kept));
  for (const t of tensorsIn(old)) if (!keep.has(t)) t.dispose();
}

/** A fresh optimizer state for each weight tensor. */
export function initStates(rule: Optimizer, weights: MlpWeights): State[] {
  return weights.map((w) => rule.init(w));
}

/**
 * One update: gradients of the batch loss with respect to every weight tensor, then the rule's
 * update on each (weight, gradient, state). `hyper.learningRate` is whatever the schedule says
 * for this step. The inputs are consumed (see the file comment); the batch is left alone.
 */
export function trainStep(
  weights: MlpWeights,
  rule: Optimizer,
  states: State[],
  batch: Batch,
  hyper: Hyper,
  lossOptions: LossOptions = {},
): StepResult {
  const lossOf = (...ws: tf.Tensor[]) => loss(ws, batch.x, batch.y, lossOptions);
  const { value, grads } = tf.tidy(() => tf.valueAndGrads(lossOf)(weights));
  // Each rule frees its own intermediates in a tidy and returns new tensors (optimizers.ts).
  const updates = weights.map((w, i) => rule.update(w, grads[i], states[i], hyper));
  const next = { weights: updates.map((u) => u.params), states: updates.map((u) => u.state) };
  for (const g of grads) g.dispose();
  disposeReplaced([weights, states], [next.weights, next.states]);
  return { ...next, loss: value };
}

/** Refuses a batch size or training-set size that cannot make one full batch. */
function checkBatching(nTrain: number, batchSize: number): void {
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new Error(`Expected batchSize to be a positive integer, but got ${batchSize}`);
  }
  if (!Number.isInteger(nTrain) || nTrain < batchSize) {
    throw new Error(`Expected at least one full batch: nTrain ${nTrain} < batchSize ${batchSize}`);
  }
}

/**
 * The same mini-batches as batchOrder, made one epoch at a time as the steps reach it: `at(step)`
 * for steps in increasing order. A long run (the bench's million steps) then holds one epoch's
 * permutation, not millions of small arrays that the garbage collector would walk while it trains.
 */
export function batchStream(nTrain: number, batchSize: number, rng: Rng): { at(step: number): Int32Array } {
  checkBatching(nTrain, batchSize);
  const perEpoch = Math.floor(nTrain / batchSize);
  let epoch = -1;
  let order: Int32Array = new Int32Array(0);
  return {
    at(step) {
      const wanted = Math.floor(step / perEpoch);
      if (wanted < epoch) throw new Error(`Expected steps in increasing order, but got step ${step} after epoch ${epoch}`);
      for (; epoch < wanted; epoch++) order = permutation(nTrain, rng);
      const b = step - wanted * perEpoch;
      return order.slice(b * batchSize, (b + 1) * batchSize);
    },
  };
}

/**
 * The mini-batches of `epochs` passes over `nTrain` examples: each epoch is a fresh seeded
 * permutation cut into batches of `batchSize`; the remainder is dropped so every batch has the
 * same shape (WebGL compiles one set of shaders). Entries are positions in the training list.
 */
export function batchOrder(nTrain: number, batchSize: number, epochs: number, rng: Rng): Int32Array[] {
  checkBatching(nTrain, batchSize);
  if (!Number.isInteger(epochs) || epochs < 0) {
    throw new Error(`Expected epochs to be a non-negative integer, but got ${epochs}`);
  }
  const stream = batchStream(nTrain, batchSize, rng);
  const count = epochs * Math.floor(nTrain / batchSize);
  return Array.from({ length: count }, (_, step) => stream.at(step));
}

/** How many epochs `steps` batches of `batchSize` need from `nTrain` examples. */
export function epochsFor(steps: number, nTrain: number, batchSize: number): number {
  return Math.ceil(steps / Math.max(1, Math.floor(nTrain / batchSize)));
}

/** What one optimizer's run has produced so far: its loss curve and whether it blew up. */
export interface LossRecord {
  /** Batch loss of each update, all finite. */
  loss: number[];
  /** Bias-corrected exponential moving average of `loss` (Adam's trick, so it starts unbiased). */
  smoothedLoss: number[];
  average: number;
  /** `variable`: a reader cell's name that first became NaN or ∞ (engines/cellRule.ts records it). */
  diverged: null | { step: number; variable?: string };
}

/** An empty record. */
export function createLossRecord(): LossRecord {
  return { loss: [], smoothedLoss: [], average: 0, diverged: null };
}

/**
 * Appends one batch loss, or marks the run diverged at this step when the loss is NaN, ±Inf or
 * above `divergeAbove` (the bad value is not stored, so charts never see it). Returns whether
 * the run is still alive.
 */
export function recordLoss(record: LossRecord, value: number, smoothing: number, divergeAbove: number): boolean {
  if (record.diverged) return false;
  if (!Number.isFinite(value) || value > divergeAbove) {
    record.diverged = { step: record.loss.length };
    return false;
  }
  record.average = smoothing * record.average + (1 - smoothing) * value;
  record.loss.push(value);
  record.smoothedLoss.push(record.average / (1 - smoothing ** record.loss.length));
  return true;
}

/** One optimizer training its own copy of the network, with its losses not yet read back. */
export interface TrainingRun {
  rule: Optimizer;
  hyper: Hyper;
  weights: MlpWeights;
  states: State[];
  /** Loss tensors of updates since the last settleLosses (read back together: one GPU sync). */
  pending: tf.Scalar[];
  record: LossRecord;
}

/** A run starting from a copy of `init` (the caller keeps `init`). */
export function createRun(init: MlpWeights, rule: Optimizer, hyper: Hyper): TrainingRun {
  const weights = init.map((w) => w.clone());
  return { rule, hyper, weights, states: initStates(rule, weights), pending: [], record: createLossRecord() };
}

/** One update of a live run on `batch` at `learningRate` (the loss is kept pending). */
export function advanceRun(run: TrainingRun, batch: Batch, learningRate: number, options: LossOptions = {}): void {
  const hyper = { ...run.hyper, learningRate };
  const next = trainStep(run.weights, run.rule, run.states, batch, hyper, options);
  run.weights = next.weights;
  run.states = next.states;
  run.pending.push(next.loss);
}

/** Frees a run's tensors; its record stays readable. */
export function releaseRun(run: TrainingRun): void {
  for (const t of tensorsIn([run.weights, run.states, run.pending])) t.dispose();
  run.weights = [];
  run.states = [];
  run.pending = [];
}

/**
 * Reads every pending loss of `runs` back in one transfer and records them in order; a run
 * stops at its first bad loss (later updates are discarded) and its tensors are freed.
 */
export function settleLosses(runs: TrainingRun[], smoothing: number, divergeAbove: number): void {
  const pending = runs.flatMap((r) => r.pending);
  if (pending.length === 0) return;
  const stacked = tf.stack(pending);
  const values = stacked.dataSync();
  stacked.dispose();
  let offset = 0;
  for (const run of runs) {
    const count = run.pending.length;
    tf.dispose(run.pending);
    run.pending = [];
    for (let i = 0; i < count; i++) {
      if (!recordLoss(run.record, values[offset + i], smoothing, divergeAbove)) break;
    }
    if (run.record.diverged) {
      if (run.states.length > 0) run.record.diverged.variable ??= brokenVariable(run);
      releaseRun(run);
    }
    offset += count;
  }
}

/** The variable of a reader's cell rule that first became NaN or ∞ in any layer's state (undefined for built-in rules). */
function brokenVariable(run: TrainingRun): string | undefined {
  const firstBad = (run.rule as { firstBad?: (state: State) => { variable: string; step: number } | null }).firstBad;
  if (!firstBad) return undefined;
  const found = run.states.map((s) => firstBad(s)).filter((b) => b !== null);
  return found.sort((a, b) => a.step - b.step)[0]?.variable;
}
