/**
 * The six update rules of Lecture 7 as one table, shaped like tensorflow/playground's
 * activations: behaviour is data, and the UI and the URL refer to an optimizer by its key.
 *
 * Contract of every entry (`optimizers[name]`):
 *   init(params)                       -> State           (fresh zero tensors shaped like params)
 *   update(params, grads, state, hyper) -> { params, state }
 * Works on any shape: a [n,2] swarm of particles on a 2-D surface or a network weight tensor.
 *
 * Disposal convention (race.ts follows it): `init` and `update` return NEW tensors and never
 * dispose or keep their inputs; every intermediate is freed inside `tf.tidy`. The caller owns
 * both sides: after `update` it disposes the old params, the grads and the old state
 * (`disposeState`) once it no longer needs them.
 *
 * Conventions, exactly as the lecture writes them (g = gradient at the stored point):
 *   sgd       w <- w - lr*g
 *   momentum  v <- mu*v - lr*g;  w <- w + v
 *   nesterov  v' = mu*v - lr*g;  w <- w - mu*v + (1 + mu)*v'   (change of variables, so the
 *             gradient is taken at the stored point, not at a look-ahead point)
 *   adagrad   cache <- cache + g^2;                       w <- w - lr*g/(sqrt(cache) + eps)
 *   rmsprop   cache <- rho*cache + (1 - rho)*g^2;         w <- w - lr*g/(sqrt(cache) + eps)
 *   adam      t <- t + 1 first; m <- b1*m + (1 - b1)*g; v <- b2*v + (1 - b2)*g^2;
 *             m^ = m/(1 - b1^t); v^ = v/(1 - b2^t);       w <- w - lr*m^/(sqrt(v^) + eps)
 *             (with biasCorrection false, m and v are used directly).
 *
 * Added beyond the brief: `disposeState`, `resolveHyper`, `networkLearningRates`.
 */
import * as tf from '@tensorflow/tfjs';
import type { Hyper, OptimizerName } from '../lib/optimizerTypes';
import type { Label } from '../lib/params';

export type { Hyper, OptimizerName };

/** Per-rule memory. Tensors have the shape of the params; `t` is Adam's step counter. */
export interface State {
  velocity?: tf.Tensor;
  cache?: tf.Tensor;
  m?: tf.Tensor;
  v?: tf.Tensor;
  t?: number;
}

export interface Optimizer {
  label: Label;
  /** Okabe–Ito colour, distinct under the common colour-vision deficiencies. */
  color: string;
  hyper: readonly (keyof Hyper)[];
  defaults: Hyper;
  init(params: tf.Tensor): State;
  update(params: tf.Tensor, grads: tf.Tensor, state: State, hyper: Hyper): { params: tf.Tensor; state: State };
}

/**
 * The lecture's defaults. epsilon is 1e-8 as on the slides: in float32 it still avoids the
 * division by zero (the only job it has), and matching the slides keeps the Adam claim exact.
 */
const lectureDefaults: Omit<Hyper, 'learningRate'> = {
  momentum: 0.9,
  decayRate: 0.99,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  biasCorrection: true,
};

/**
 * Learning rates for the 2-D surfaces of surfaces.ts (a few units wide, curvature up to 10).
 * SGD 0.17: just under the ravine's stability limit 2/10, so the zig-zag shows. Momentum and
 * Nesterov 0.05: at steady state the velocity is lr/(1 − 0.9) = 10 lr per unit gradient, so
 * a smaller lr gives steps of the same size. AdaGrad 0.5, because its steps shrink as its
 * cache grows; RMSProp 0.05 and Adam 0.1 move about lr per coordinate per step.
 */
const surfaceLearningRates: Record<string, number> = {
  sgd: 0.17,
  momentum: 0.05,
  nesterov: 0.05,
  adagrad: 0.5,
  rmsprop: 0.05,
  adam: 0.1,
};

/** Starting points for network weights (not surfaces), as the lecture suggests them. */
export const networkLearningRates = {
  sgd: 1e-2,
  momentum: 1e-2,
  nesterov: 1e-2,
  adagrad: 1e-2,
  rmsprop: 1e-3,
  adam: 1e-3,
} as const;

const withRate = (name: string): Hyper => ({ ...lectureDefaults, learningRate: surfaceLearningRates[name] });

/** The step AdaGrad and RMSProp share once their caches differ: w - lr*g/(sqrt(cache) + eps). */
function scaledStep(params: tf.Tensor, grads: tf.Tensor, cache: tf.Tensor, hyper: Hyper): tf.Tensor {
  return params.sub(grads.mul(hyper.learningRate).div(cache.sqrt().add(hyper.epsilon)));
}

const sgd: Optimizer = {
  label: { en: 'SGD', ko: 'SGD' },
  color: '#D55E00',
  hyper: ['learningRate'],
  defaults: withRate('sgd'),
  init: () => ({}),
  update: (params, grads, _state, hyper) =>
    tf.tidy(() => ({ params: params.sub(grads.mul(hyper.learningRate)), state: {} })),
};

const momentum: Optimizer = {
  label: { en: 'SGD + momentum', ko: 'SGD + 모멘텀' },
  color: '#0072B2',
  hyper: ['learningRate', 'momentum'],
  defaults: withRate('momentum'),
  init: (params) => ({ velocity: tf.zerosLike(params) }),
  update: (params, grads, state, hyper) =>
    tf.tidy(() => {
      const velocity = state.velocity!.mul(hyper.momentum).sub(grads.mul(hyper.learningRate));
      return { params: params.add(velocity), state: { velocity } };
    }),
};

const nesterov: Optimizer = {
  label: { en: 'Nesterov momentum', ko: '네스테로프 모멘텀' },
  color: '#56B4E9',
  hyper: ['learningRate', 'momentum'],
  defaults: withRate('nesterov'),
  init: (params) => ({ velocity: tf.zerosLike(params) }),
  update: (params, grads, state, hyper) =>
    tf.tidy(() => {
      const old = state.velocity!;
      const velocity = old.mul(hyper.momentum).sub(grads.mul(hyper.learningRate));
      const next = params.sub(old.mul(hyper.momentum)).add(velocity.mul(1 + hyper.momentum));
      return { params: next, state: { velocity } };
    }),
};

const adagrad: Optimizer = {
  label: { en: 'AdaGrad', ko: 'AdaGrad' },
  color: '#009E73',
  hyper: ['learningRate', 'epsilon'],
  defaults: withRate('adagrad'),
  init: (params) => ({ cache: tf.zerosLike(params) }),
  update: (params, grads, state, hyper) =>
    tf.tidy(() => {
      const cache = state.cache!.add(grads.square());
      return { params: scaledStep(params, grads, cache, hyper), state: { cache } };
    }),
};

const rmsprop: Optimizer = {
  label: { en: 'RMSProp', ko: 'RMSProp' },
  color: '#CC79A7',
  hyper: ['learningRate', 'decayRate', 'epsilon'],
  defaults: withRate('rmsprop'),
  init: (params) => ({ cache: tf.zerosLike(params) }),
  update: (params, grads, state, hyper) =>
    tf.tidy(() => {
      const cache = state.cache!.mul(hyper.decayRate).add(grads.square().mul(1 - hyper.decayRate));
      return { params: scaledStep(params, grads, cache, hyper), state: { cache } };
    }),
};

const adam: Optimizer = {
  label: { en: 'Adam', ko: 'Adam' },
  color: '#E69F00',
  hyper: ['learningRate', 'beta1', 'beta2', 'epsilon', 'biasCorrection'],
  defaults: withRate('adam'),
  init: (params) => ({ m: tf.zerosLike(params), v: tf.zerosLike(params), t: 0 }),
  update: (params, grads, state, hyper) =>
    tf.tidy(() => {
      const t = (state.t ?? 0) + 1;
      const m = state.m!.mul(hyper.beta1).add(grads.mul(1 - hyper.beta1));
      const v = state.v!.mul(hyper.beta2).add(grads.square().mul(1 - hyper.beta2));
      // Without correction the first steps are (1 - b1)/sqrt(1 - b2) ≈ 3.16 times too long.
      const mHat = hyper.biasCorrection ? m.div(1 - hyper.beta1 ** t) : m;
      const vHat = hyper.biasCorrection ? v.div(1 - hyper.beta2 ** t) : v;
      const next = params.sub(mHat.mul(hyper.learningRate).div(vHat.sqrt().add(hyper.epsilon)));
      return { params: next, state: { m, v, t } };
    }),
};

/** All update rules, keyed by the name the UI and the URL use. */
export const optimizers = { sgd, momentum, nesterov, adagrad, rmsprop, adam } satisfies Record<OptimizerName, Optimizer>;

/** The keys of `optimizers` in lecture order. */
export const optimizerNames = Object.keys(optimizers) as OptimizerName[];

/** The defaults of `name` overridden by `overrides` (undefined keeps the default); rejects a non-finite number by name. */
export function resolveHyper(name: OptimizerName, overrides: Partial<Hyper> = {}): Hyper {
  const given = Object.entries(overrides).filter(([, value]) => value !== undefined);
  const hyper: Hyper = { ...optimizers[name].defaults, ...Object.fromEntries(given) };
  for (const [key, value] of Object.entries(hyper)) {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new Error(`Expected ${name}.${key} to be a finite number, but got ${value}`);
    }
  }
  return hyper;
}

/** Disposes every tensor of an optimizer state (the caller's job under the convention above). */
export function disposeState(state: State): void {
  for (const value of Object.values(state)) if (value instanceof tf.Tensor) value.dispose();
}
