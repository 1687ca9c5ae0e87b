/**
 * What the race reports: the snapshot types, and each optimizer's memory as the state of its
 * first particle turned into the numbers the lecture talks about (velocity, cache, Adam's
 * bias-correction factors, the effective step per coordinate). Pure JS on values race.ts has
 * already read back.
 *
 * The effective step is the factor that multiplies the gradient (for Adam: that multiplies m̂)
 * in the update: lr for SGD and both momenta, lr/(√cache + ε) for AdaGrad and RMSProp,
 * lr/(√v̂ + ε) for Adam. m̂ and √v̂ are the values the update used, so with biasCorrection
 * off they are m and √v; the two factors are reported either way, to show what was skipped.
 */
import type { Label } from './params';
import type { Hyper, OptimizerName, RacerName } from './optimizerTypes';
import type { Curvature } from './secondOrder';

export type Pair = [number, number];

export interface AdamReadout {
  /** 1/(1 − beta1^t) */
  biasCorrection1: number;
  /** 1/(1 − beta2^t) */
  biasCorrection2: number;
  mHat: Pair;
  sqrtVHat: Pair;
}

export interface InnerState {
  velocity: Pair | null;
  cache: Pair | null;
  /** null before Adam's first step, where 1/(1 − beta^0) is undefined. */
  adam: AdamReadout | null;
  effectiveStep: Pair;
  /** Second-order racers only: the curvature they step by, drawn as an ellipse at the point. */
  curvature?: CurvatureReadout;
}

/**
 * A second-order racer's model of the surface at particle 0: the symmetric 2×2 matrix
 * [[xx, xy], [xy, yy]] (Newton: the Hessian; BFGS and L-BFGS: the inverse of their estimate),
 * what kind of curvature it is, and the evaluations of f and ∇f the last step used.
 */
export interface CurvatureReadout {
  matrix: [xx: number, xy: number, yy: number];
  source: 'hessian' | 'estimate';
  kind: Curvature;
  evaluations: number;
}

/** One optimizer's part of a race snapshot; every number in it is finite. */
export interface OptimizerSnapshot {
  /** The racer's unique key (a built-in's name, or a reader cell's key). */
  id: string;
  /** The built-in rule (for a reader's cell: the first-order rule it started from). */
  name: RacerName;
  label: Label;
  color: string;
  hyper: Hyper;
  /** Steps taken; stops growing at divergence. */
  step: number;
  /** n*2 floats, always finite. */
  positions: Float32Array;
  /**
   * loss[s] = mean over particles of f − min(lossFloor, lowest such mean any racer has reached)
   * after s steps (loss[0]: at the start); never negative.
   */
  loss: number[];
  /** `variable`: a reader cell's name that first became NaN or ∞, when that is why. */
  diverged: null | { step: number; variable?: string };
  inner: InnerState;
}

/** A race this long has long settled; it stops there, which keeps the loss arrays (copied every frame) small. */
export const RACE_MAX_STEPS = 2000;

/** Everything the island draws after a step. */
export interface RaceSnapshot {
  /** Steps the race was asked to take in all. */
  step: number;
  optimizers: OptimizerSnapshot[];
}

/** The state tensors each rule keeps, in the order race.ts reads their first particle back. */
export const stateKeys: Record<OptimizerName, readonly ('velocity' | 'cache' | 'm' | 'v')[]> = {
  sgd: [],
  momentum: ['velocity'],
  nesterov: ['velocity'],
  adagrad: ['cache'],
  rmsprop: ['cache'],
  adam: ['m', 'v'],
};

/** Readout of particle 0 from its state values `heads` (2 numbers per key of `stateKeys`). */
export function readInnerState(name: OptimizerName, hyper: Hyper, heads: ArrayLike<number>, t: number): InnerState {
  const pair = (offset: number): Pair => [heads[offset], heads[offset + 1]];
  const lr = hyper.learningRate;
  const scaled = (root: Pair): Pair => [lr / (root[0] + hyper.epsilon), lr / (root[1] + hyper.epsilon)];
  const sqrtPair = (p: Pair): Pair => [Math.sqrt(p[0]), Math.sqrt(p[1])];
  switch (name) {
    case 'sgd':
      return { velocity: null, cache: null, adam: null, effectiveStep: [lr, lr] };
    case 'momentum':
    case 'nesterov':
      return { velocity: pair(0), cache: null, adam: null, effectiveStep: [lr, lr] };
    case 'adagrad':
    case 'rmsprop': {
      const cache = pair(0);
      return { velocity: null, cache, adam: null, effectiveStep: scaled(sqrtPair(cache)) };
    }
    case 'adam': {
      if (t === 0) return { velocity: null, cache: null, adam: null, effectiveStep: scaled([0, 0]) };
      const biasCorrection1 = 1 / (1 - hyper.beta1 ** t);
      const biasCorrection2 = 1 / (1 - hyper.beta2 ** t);
      const m = pair(0);
      const v = pair(2);
      const k1 = hyper.biasCorrection ? biasCorrection1 : 1;
      const k2 = hyper.biasCorrection ? biasCorrection2 : 1;
      const sqrtVHat = sqrtPair([v[0] * k2, v[1] * k2]);
      return {
        velocity: null,
        cache: null,
        adam: { biasCorrection1, biasCorrection2, mHat: [m[0] * k1, m[1] * k1], sqrtVHat },
        effectiveStep: scaled(sqrtVHat),
      };
    }
  }
}
