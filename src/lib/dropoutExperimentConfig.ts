/**
 * The DropoutExperiment's contract: its configuration, the snapshots it reports and the check
 * of a configuration at the boundary (each message names the field). p is the DROP probability.
 */
import type { DigitSet } from './mnist';
import { checkDropProbability } from './dropoutMath';
import type { OptimizerName } from './optimizerTypes';

export interface DropoutExperimentConfig {
  digits: DigitSet;
  /** Training digits, from the start of the training pool (classes are interleaved there). */
  trainCount: number;
  /** Held-out digits used for the held-out curve. */
  heldOutCount: number;
  /** Drop probability of the dropout copy, on every hidden layer. */
  dropProbability: number;
  /**
   * Drop probability of the dropout copy on the input pixels (0 or absent: none). The original
   * paper drops about 0.2 of the inputs and 0.5 of the hidden units.
   */
  inputDropProbability?: number;
  /** λ of the third copy; 0 or absent leaves that copy out. */
  weightDecay?: number;
  /** Hidden layer widths; [256] gives 784 -> 256 -> 10. */
  hidden?: readonly number[];
  batchSize: number;
  steps: number;
  optimizer?: OptimizerName;
  learningRate?: number;
  seed: number;
  /** How many times the accuracies are measured, besides at step 0. */
  evalPoints?: number;
}

export type CopyName = 'plain' | 'dropout' | 'weightDecay';


export interface AccuracyPoint {
  step: number;
  /** Passes over the training subset so far (examples seen / subset size). */
  epoch: number;
  train: number;
  heldOut: number;
}

export interface CopySnapshot {
  name: CopyName;
  dropProbability: number;
  inputDropProbability: number;
  weightDecay: number;
  curve: AccuracyPoint[];
}

export interface ExperimentSnapshot {
  step: number;
  totalSteps: number;
  done: boolean;
  copies: CopySnapshot[];
}

export interface DropoutExperiment {
  /** Advances every copy by up to k updates and finishes any evaluation due; returns the snapshot. */
  step(k: number): ExperimentSnapshot;
  /**
   * Does small units of work (one copy's update, or 250 rows of an evaluation) for about
   * `budgetMs`, at least one; for an animation frame that must stay short.
   */
  work(budgetMs: number, now?: () => number): ExperimentSnapshot;
  /** The current snapshot (copies of the arrays: safe to keep). */
  snapshot(): ExperimentSnapshot;
  /** Frees every tensor of the experiment; later calls throw. */
  dispose(): void;
}


/** Checks the configuration at the boundary, naming the offending field. */
export function checkConfig(c: DropoutExperimentConfig, trainPool: number, heldOutPool: number): void {
  const int = (v: number, lo: number, hi: number, what: string) => {
    if (!Number.isInteger(v) || v < lo || v > hi) {
      throw new Error(`Expected ${what} to be an integer from ${lo} to ${hi}, but got ${v}`);
    }
  };
  int(c.batchSize, 1, trainPool, 'batchSize');
  int(c.trainCount, c.batchSize, trainPool, 'trainCount');
  int(c.heldOutCount, 1, heldOutPool, 'heldOutCount');
  int(c.steps, 1, 1e6, 'steps');
  checkDropProbability(c.dropProbability);
  checkDropProbability(c.inputDropProbability ?? 0);
  const lambda = c.weightDecay ?? 0;
  if (!Number.isFinite(lambda) || lambda < 0) throw new Error(`Expected weightDecay ≥ 0, but got ${lambda}`);
}
