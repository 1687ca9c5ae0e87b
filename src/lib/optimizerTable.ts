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
import type { Hyper, OptimizerName, RacerName, SecondOrderName } from './optimizerTypes';
import type { Label } from './params';

export type { Hyper, OptimizerName, RacerName, SecondOrderName } from './optimizerTypes';

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
  // Newton as the lecture writes it, undamped; L-BFGS's m is not on the slides (3–20 is usual).
  damping: 0,
  memory: 5,
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
  /** What one step costs for D parameters beyond the parameters themselves, shown beside the step count. */
  cost: Label;
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
    cost: pair((d) => d.optimizers.sgd.cost),
  },
  momentum: {
    label: pair((d) => d.optimizers.momentum.label),
    color: '#2C4EFE',
    darkColor: '#7578FF',
    hyper: ['learningRate', 'momentum'],
    learningRate: { surface: 0.05, network: 0.01 },
    cost: pair((d) => d.optimizers.momentum.cost),
  },
  nesterov: {
    label: pair((d) => d.optimizers.nesterov.label),
    color: '#A60174',
    darkColor: '#A8608A',
    hyper: ['learningRate', 'momentum'],
    learningRate: { surface: 0.05, network: 0.01 },
    cost: pair((d) => d.optimizers.nesterov.cost),
  },
  adagrad: {
    label: pair((d) => d.optimizers.adagrad.label),
    color: '#0AA385',
    darkColor: '#BEFFD6',
    hyper: ['learningRate', 'epsilon'],
    learningRate: { surface: 0.5, network: 0.01 },
    cost: pair((d) => d.optimizers.adagrad.cost),
  },
  rmsprop: {
    label: pair((d) => d.optimizers.rmsprop.label),
    color: '#561030',
    darkColor: '#FFC1F7',
    hyper: ['learningRate', 'decayRate', 'epsilon'],
    learningRate: { surface: 0.05, network: 0.001 },
    cost: pair((d) => d.optimizers.rmsprop.cost),
  },
  adam: {
    label: pair((d) => d.optimizers.adam.label),
    color: '#4F4C06',
    darkColor: '#BED102',
    hyper: ['learningRate', 'beta1', 'beta2', 'epsilon', 'biasCorrection'],
    learningRate: { surface: 0.1, network: 0.001 },
    cost: pair((d) => d.optimizers.adam.cost),
  },
};

/**
 * The second-order rules of the lecture, raced on the 2-D surfaces only. They have no learning
 * rate: Newton steps by −(H + λI)⁻¹∇f, BFGS and L-BFGS choose the length by a line search.
 * `cost` is what one step costs for D parameters, shown beside the step count. The colours were
 * found by a search over sRGB for the largest smallest CIEDE2000 distance to the six above and
 * each other under all four visions, at ≥ 3:1 contrast on each theme: about 14 is the most nine
 * colours reach, so pairs with a second-order racer are held to 13.5 (the six first-order rules,
 * raced together by default, keep 15), and every racer is also named at its trail end
 * (tests/unit/optimizerTable.test.ts).
 */
export interface SecondOrderFacts {
  label: Label;
  /** On the light theme; `darkColor` on the dark one (the same checks as the first-order colours). */
  color: string;
  darkColor: string;
  hyper: readonly (keyof Hyper)[];
  cost: Label;
}

export const secondOrderTable: Readonly<Record<SecondOrderName, SecondOrderFacts>> = {
  newton: {
    label: pair((d) => d.optimizers.newton.label),
    color: '#B07DB5',
    darkColor: '#AFA2AC',
    hyper: ['damping'],
    cost: pair((d) => d.optimizers.newton.cost),
  },
  bfgs: {
    label: pair((d) => d.optimizers.bfgs.label),
    color: '#49684F',
    darkColor: '#14B778',
    hyper: [],
    cost: pair((d) => d.optimizers.bfgs.cost),
  },
  lbfgs: {
    label: pair((d) => d.optimizers.lbfgs.label),
    color: '#040157',
    darkColor: '#7A6E61',
    hyper: ['memory'],
    cost: pair((d) => d.optimizers.lbfgs.cost),
  },
};

/** The second-order keys in table order. */
export const secondOrderNames = Object.keys(secondOrderTable) as SecondOrderName[];

/** Every racer of the optimizer race, first-order rules first. */
export const racerNames: RacerName[] = [...(Object.keys(optimizerTable) as OptimizerName[]), ...secondOrderNames];

/** Whether `name` is a second-order rule. */
export const isSecondOrder = (name: RacerName): name is SecondOrderName => name in secondOrderTable;

/** A racer's label, colour and cost per step, whichever table holds it. */
export function racerFacts(name: RacerName): { label: Label; color: string; darkColor: string; cost: Label } {
  return isSecondOrder(name) ? secondOrderTable[name] : optimizerTable[name];
}

/** The page's colour scheme, which picks a racer's colour. */
export type ColorScheme = 'light' | 'dark';

/** `name`'s colour on the `scheme` theme. */
export function racerColor(name: RacerName, scheme: ColorScheme): string {
  const facts = racerFacts(name);
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
