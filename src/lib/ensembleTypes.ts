/**
 * The shapes the ensemble engine (ensemble.ts) takes and returns, and the check of its
 * configuration at the boundary. Pure: no tfjs, so charts and islands can import the types
 * without pulling tfjs into their first chunk.
 */
import type { DigitSet } from './mnist';

export type EnsembleMode = 'independent' | 'snapshots' | 'averaging';
export const ensembleModes: readonly EnsembleMode[] = ['independent', 'snapshots', 'averaging'];

/** How many rescued digits the snapshot carries each member's vote for (the lab draws these). */
export const RESCUED_SHOWN = 8;

/** The most members (or snapshots) a run may have. */
export const MAX_MEMBERS = 8;

export interface EnsembleConfig {
  digits: DigitSet;
  mode: EnsembleMode;
  /** K: independent members, or snapshots (cycles) of the one run. Unused by `averaging`. */
  members: number;
  /** Width of the one hidden layer: 784 → hidden → 10. */
  hidden: number;
  /** Training digits, from the start of the training pool (classes are interleaved there). */
  trainCount: number;
  /** Held-out digits every result is measured on (never trained on). */
  heldOutCount: number;
  /** S: updates per member, per snapshot cycle, or of the whole averaging run. */
  stepsPerMember: number;
  batchSize: number;
  /** Base rate of SGD + momentum (the top of each cosine cycle; constant in `averaging`). */
  learningRate: number;
  momentum?: number;
  /** β of the parameter EMA (`averaging` only). */
  emaDecay: number;
  seed: number;
  /** How many times the averaging run measures raw and EMA accuracy. */
  evalPoints?: number;
}

/** What one finished result is: an independent member, a snapshot, or one of the averaging run's three test-time weights. */
export type ResultKind = 'member' | 'snapshot' | 'raw' | 'ema' | 'polyak';

export interface MemberResult {
  kind: ResultKind;
  /** 1-based position among the results of its run. */
  index: number;
  /** Held-out accuracy in [0, 1]. */
  heldOut: number;
  /** Held-out mean cross-entropy (nats) of a member or snapshot; absent for averaging's weights. */
  heldOutLoss?: number;
  /** Total updates done when it was measured. */
  step: number;
}

export interface EnsembleSnapshot {
  mode: EnsembleMode;
  step: number;
  totalSteps: number;
  done: boolean;
  /** Finished members or snapshots, in order (raw / EMA / Polyak for `averaging`). */
  members: MemberResult[];
  /** Held-out accuracy of the first k members' ensemble, k = 1..members (empty for `averaging`). */
  gain: { k: number; accuracy: number }[];
  /** The ensemble of every finished member; null before the first (and for `averaging`). */
  ensemble: number | null;
  /** Held-out mean cross-entropy of that ensemble's averaged probabilities (never above the members' mean: Jensen). */
  ensembleLoss: number | null;
  /** Mean pairwise correlation of the members' held-out mistakes (null under two members). */
  errorCorrelation: number | null;
  /** Held-out positions the ensemble gets right though most members do not (and the reverse). */
  rescued: number[];
  lost: number[];
  /** For the first RESCUED_SHOWN rescued positions: each member's predicted class, in member order. */
  rescuedVotes: number[][];
  /** `averaging` only: held-out accuracy of the raw and the EMA weights during the run. */
  curve: { step: number; raw: number; ema: number }[];
  heldOutCount: number;
}

/** Throws a message naming the first field of `c` that is out of range. */
export function checkEnsembleConfig(c: EnsembleConfig, trainPool: number, heldOutPool: number): void {
  const int = (v: number, lo: number, hi: number, what: string) => {
    if (!Number.isInteger(v) || v < lo || v > hi) {
      throw new Error(`Expected ${what} to be an integer from ${lo} to ${hi}, but got ${v}`);
    }
  };
  if (!ensembleModes.includes(c.mode)) {
    throw new Error(`Expected mode to be one of ${ensembleModes.join(', ')}, but got ${String(c.mode)}`);
  }
  int(c.members, 1, MAX_MEMBERS, 'members');
  int(c.hidden, 1, 4096, 'hidden');
  int(c.batchSize, 1, trainPool, 'batchSize');
  int(c.trainCount, c.batchSize, trainPool, 'trainCount');
  int(c.heldOutCount, 1, heldOutPool, 'heldOutCount');
  int(c.stepsPerMember, 1, 100_000, 'stepsPerMember');
  int(c.seed, 0, 2 ** 32 - 1, 'seed');
  if (!(c.learningRate > 0) || !Number.isFinite(c.learningRate)) {
    throw new Error(`Expected learningRate to be a positive number, but got ${c.learningRate}`);
  }
  checkEmaDecay(c.emaDecay);
}

/** Checks β at the boundary: 0 ≤ β < 1 (β = 1 would never move). */
export function checkEmaDecay(beta: number): void {
  if (!Number.isFinite(beta) || beta < 0 || beta >= 1) {
    throw new Error(`Expected emaDecay to be in [0, 1), but got ${beta}`);
  }
}
