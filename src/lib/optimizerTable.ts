/**
 * The six optimizers of Lecture 7 as facts, in one place: keyed by their names (the type is in
 * optimizerTypes.ts, for pure modules that need only the types), their labels in both languages, their colours, the hyper-parameters each reads, the lecture's
 * defaults and the learning rate each starts from in each setting the site trains in.
 * engines/optimizers.ts adds the update rules; the widget tables (lib/widgets/race.ts,
 * network.ts, dropoutExperiment.ts, augmentExperiment.ts, ensemble.ts), the charts (through the
 * engines' snapshots) and the prose (<Param>, through the widget tables) read this table.
 * tests/unit/optimizerTable.test.ts checks that every consumer does. Pure data.
 */
import { pair } from './i18n';
import type { Hyper, OptimizerName } from './optimizerTypes';
import type { Label } from './params';

export type { Hyper, OptimizerName } from './optimizerTypes';

/**
 * The lecture's defaults. epsilon is 1e-8 as on the slides: in float32 it still avoids the
 * division by zero (the only job it has), and matching the slides keeps the Adam claim exact.
 */
export const lectureHyper: Readonly<Omit<Hyper, 'learningRate'>> = {
  momentum: 0.9,
  decayRate: 0.99,
  beta1: 0.9,
  beta2: 0.999,
  epsilon: 1e-8,
  biasCorrection: true,
};

/**
 * Where a learning rate is used. They truly differ, because a rate is a step length only
 * relative to the gradients it meets:
 *   surface  the OptimizerRace's 2-D surfaces (engines/surfaces.ts): a few units wide, with
 *            curvature up to 10, so rates are tuned to those shapes (see below).
 *   network  an MNIST MLP with cross-entropy (NetworkRace, the dropout and augmentation
 *            experiments), where the lecture's usual rates (1e-2, 1e-3) apply.
 */
export type RateContext = 'surface' | 'network';

export interface OptimizerFacts {
  /** The name the legends, controls, standings and prose show. */
  label: Label;
  /**
   * Colour on the light theme (and the engines' snapshots); `darkColor` on the dark theme. Each
   * palette keeps every pair apart (CIEDE2000 ≥ 15) in normal vision and under protanopia,
   * deuteranopia and tritanopia, and every colour at ≥ 3:1 contrast against its theme's page and
   * map paper (tests/unit/optimizerTable.test.ts, with src/lib/colorVision.ts).
   */
  color: string;
  darkColor: string;
  /** The hyper-parameters the rule reads, learning rate first. */
  hyper: readonly (keyof Hyper)[];
  /** The starting learning rate in each context (why each differs: below and in RateContext). */
  learningRate: Record<RateContext, number>;
}

/**
 * Surface rates: SGD 0.17 is just under the ravine's stability limit 2/10, so the zig-zag
 * shows. Momentum and Nesterov 0.05: at steady state the velocity is lr/(1 − 0.9) = 10 lr per
 * unit gradient, so a smaller lr gives steps of the same size. AdaGrad 0.5, because its steps
 * shrink as its cache grows; RMSProp 0.05 and Adam 0.1 move about lr per coordinate per step.
 *
 * Network rates: the lecture's 1e-2 for the momentum family and AdaGrad and its usual 1e-3 for
 * RMSProp and Adam. SGD starts at 0.05 (five times momentum's 0.01, half of momentum's
 * effective 0.1 once up to speed) so that every rule makes real progress in the NetworkRace's
 * 300 steps (with SGD at 0.1 all reached 85–88 % held-out accuracy on 2,000 digits in a trial
 * run) while momentum's head start over SGD stays visible.
 */
export const optimizerTable: Readonly<Record<OptimizerName, OptimizerFacts>> = {
  sgd: {
    label: pair((d) => d.optimizers.sgd.label),
    color: '#EE6316',
    darkColor: '#E2321E',
    hyper: ['learningRate'],
    learningRate: { surface: 0.17, network: 0.05 },
  },
  momentum: {
    label: pair((d) => d.optimizers.momentum.label),
    color: '#2C4EFE',
    darkColor: '#7578FF',
    hyper: ['learningRate', 'momentum'],
    learningRate: { surface: 0.05, network: 0.01 },
  },
  nesterov: {
    label: pair((d) => d.optimizers.nesterov.label),
    color: '#A60174',
    darkColor: '#A8608A',
    hyper: ['learningRate', 'momentum'],
    learningRate: { surface: 0.05, network: 0.01 },
  },
  adagrad: {
    label: pair((d) => d.optimizers.adagrad.label),
    color: '#0AA385',
    darkColor: '#BEFFD6',
    hyper: ['learningRate', 'epsilon'],
    learningRate: { surface: 0.5, network: 0.01 },
  },
  rmsprop: {
    label: pair((d) => d.optimizers.rmsprop.label),
    color: '#561030',
    darkColor: '#FFC1F7',
    hyper: ['learningRate', 'decayRate', 'epsilon'],
    learningRate: { surface: 0.05, network: 0.001 },
  },
  adam: {
    label: pair((d) => d.optimizers.adam.label),
    color: '#4F4C06',
    darkColor: '#BED102',
    hyper: ['learningRate', 'beta1', 'beta2', 'epsilon', 'biasCorrection'],
    learningRate: { surface: 0.1, network: 0.001 },
  },
};

/** The page's colour scheme, which picks a racer's colour. */
export type ColorScheme = 'light' | 'dark';

/** `name`'s colour on the `scheme` theme. */
export function racerColor(name: OptimizerName, scheme: ColorScheme): string {
  const facts = optimizerTable[name];
  return scheme === 'dark' ? facts.darkColor : facts.color;
}

/** The keys in lecture order (the table's order); the URL (`race.lrNesterov`) and the engines use them. */
export const optimizerNames = Object.keys(optimizerTable) as OptimizerName[];

/** The lecture's hyper-parameters with `name`'s starting learning rate in `context`. */
export function defaultHyper(name: OptimizerName, context: RateContext): Hyper {
  return { ...lectureHyper, learningRate: optimizerTable[name].learningRate[context] };
}

/** "<optimizer> learning rate" in both languages, the label of every per-optimizer rate control. */
export function learningRateLabel(name: OptimizerName): Label {
  return pair((d) => d.optimizers.learningRate(d.optimizers[name].label));
}
