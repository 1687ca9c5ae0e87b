/**
 * The names and hyper-parameters of the six update rules, as plain types, so pure modules
 * (race state, dropout experiment settings) can speak of an optimizer without importing tfjs.
 * engines/optimizers.ts implements one rule per name; a missing or extra name is a type error there.
 */

/** The key the UI, the URL and the engines use for each update rule, in lecture order. */
export type OptimizerName = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

/** Every hyper-parameter any rule reads; each rule lists the ones it uses in `hyper`. */
export interface Hyper {
  learningRate: number;
  momentum: number;
  decayRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  biasCorrection: boolean;
}
