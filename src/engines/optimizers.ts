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
 * Added beyond the brief: `disposeState`, `resolveHyper`.
 * The facts about each rule (label, colour, hyper-parameters, defaults, starting learning rates
 * per context) live in lib/optimizerTable.ts; this file adds only the behaviour.
 */
import * as tf from '@tensorflow/tfjs';
import type { Hyper, OptimizerName } from '../lib/optimizerTypes';
import type { Label } from '../lib/params';
import { defaultHyper, optimizerTable, type RateContext } from '../lib/optimizerTable';

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
  /** The lecture's hyper-parameters with the surface learning rate (the OptimizerRace's). */
  defaults: Hyper;
  init(params: tf.Tensor): State;
  update(params: tf.Tensor, grads: tf.Tensor, state: State, hyper: Hyper): { params: tf.Tensor; state: State };
}

/** The table's facts about `name`, in the shape every rule below starts from. */
const facts = (name: OptimizerName) => {
  const { label, color, hyper } = optimizerTable[name];
  return { label, color, hyper, defaults: defaultHyper(name, 'surface') };
};

/** The step AdaGrad and RMSProp share once their caches differ: w - lr*g/(sqrt(cache) + eps). */
function scaledStep(params: tf.Tensor, grads: tf.Tensor, cache: tf.Tensor, hyper: Hyper): tf.Tensor {
  return params.sub(grads.mul(hyper.learningRate).div(cache.sqrt().add(hyper.epsilon)));
}

const sgd: Optimizer = {
  ...facts('sgd'),
  init: () => ({}),
  update: (params, grads, _state, hyper) =>
    tf.tidy(() => ({ params: params.sub(grads.mul(hyper.learningRate)), state: {} })),
};

const momentum: Optimizer = {
  ...facts('momentum'),
  init: (params) => ({ velocity: tf.zerosLike(params) }),
  update: (params, grads, state, hyper) =>
    tf.tidy(() => {
      const velocity = state.velocity!.mul(hyper.momentum).sub(grads.mul(hyper.learningRate));
      return { params: params.add(velocity), state: { velocity } };
    }),
};

const nesterov: Optimizer = {
  ...facts('nesterov'),
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
  ...facts('adagrad'),
  init: (params) => ({ cache: tf.zerosLike(params) }),
  update: (params, grads, state, hyper) =>
    tf.tidy(() => {
      const cache = state.cache!.add(grads.square());
      return { params: scaledStep(params, grads, cache, hyper), state: { cache } };
    }),
};

const rmsprop: Optimizer = {
  ...facts('rmsprop'),
  init: (params) => ({ cache: tf.zerosLike(params) }),
  update: (params, grads, state, hyper) =>
    tf.tidy(() => {
      const cache = state.cache!.mul(hyper.decayRate).add(grads.square().mul(1 - hyper.decayRate));
      return { params: scaledStep(params, grads, cache, hyper), state: { cache } };
    }),
};

const adam: Optimizer = {
  ...facts('adam'),
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

export { optimizerNames } from '../lib/optimizerTable';

/**
 * The defaults of `name` in `context` (the learning rate differs between the 2-D surfaces and a
 * network) overridden by `overrides` (undefined keeps the default); rejects a non-finite number by name.
 */
export function resolveHyper(name: OptimizerName, overrides: Partial<Hyper> = {}, context: RateContext = 'surface'): Hyper {
  const given = Object.entries(overrides).filter(([, value]) => value !== undefined);
  const hyper: Hyper = { ...defaultHyper(name, context), ...Object.fromEntries(given) };
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
