/**
 * The names and hyper-parameters of the six update rules, as plain types, so pure modules
 * (race state, dropout experiment settings) can speak of an optimizer without importing tfjs.
 * engines/optimizers.ts implements one rule per name; a missing or extra name is a type error there.
 */

/** The key the UI, the URL and the engines use for each update rule, in lecture order. */
export type OptimizerName = 'sgd' | 'momentum' | 'nesterov' | 'adagrad' | 'rmsprop' | 'adam';

/** The second-order rules, raced on the 2-D surfaces only (a network's Hessian is out of reach). */
export type SecondOrderName = 'newton' | 'bfgs' | 'lbfgs';

/** Every racer of the optimizer race: first-order rules, then second-order ones. */
export type RacerName = OptimizerName | SecondOrderName;

/** Every hyper-parameter any rule reads; each rule lists the ones it uses in `hyper`. */
export interface Hyper {
  learningRate: number;
  momentum: number;
  decayRate: number;
  beta1: number;
  beta2: number;
  epsilon: number;
  biasCorrection: boolean;
  /** Newton's damping λ: the step is −(H + λI)⁻¹∇f. */
  damping: number;
  /** L-BFGS's memory m: how many (s, y) pairs it keeps. */
  memory: number;
}
