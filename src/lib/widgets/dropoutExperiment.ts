/**
 * The DropoutExperiment's parameters: one table for its controls, its URL keys
 * (`dropoutExperiment.<name>`), inline prose values and the MDX prop check, plus the pure
 * mapping to the engine's settings. p is the DROP probability of the dropout copy.
 *
 * The defaults come from a measured search (tests/unit/claims-dropout.test.ts has the numbers):
 * few training digits so that memorizing is easy (1,000), a hidden layer wide enough to memorize
 * them, Adam at the lecture's 1e-3, and a run long enough (600 steps, 19 epochs) that the copy
 * without dropout has settled into memorizing. Shorter runs (300 steps on 500 digits) ended with
 * equal gaps, and input dropout (off by default) did not help reliably. The first result shows
 * within seconds; the whole run takes well under a minute on a 2-core laptop. Pure data.
 */
import { pair } from '../i18n';
import { learningRateLabel, optimizerTable } from '../optimizerTable';
import type { ParamTable, ParamValues } from '../params';

/** Held-out digits for the held-out curve: ±1.2 points of binomial noise at 83 % accuracy. */
export const EXPERIMENT_HELD_OUT = 1000;

export const dropoutExperimentParams: ParamTable = [
  {
    kind: 'number',
    name: 'dropProbability',
    label: pair((d) => d.dropoutExperimentParams.dropProbability.label),
    default: 0.5,
    min: 0.05,
    max: 0.9,
    step: 0.05,
  },
  {
    kind: 'number',
    name: 'inputDropProbability',
    label: pair((d) => d.dropoutExperimentParams.inputDropProbability.label),
    default: 0,
    min: 0,
    max: 0.5,
    step: 0.05,
  },
  {
    kind: 'int',
    name: 'trainCount',
    label: pair((d) => d.dropoutExperimentParams.trainCount.label),
    default: 1000,
    min: 100,
    max: 1000,
    step: 50,
  },
  {
    kind: 'boolean',
    name: 'weightDecayCopy',
    label: pair((d) => d.dropoutExperimentParams.weightDecayCopy.label),
    default: false,
  },
  {
    kind: 'number',
    name: 'weightDecay',
    label: pair((d) => d.dropoutExperimentParams.weightDecay.label),
    default: 0.001,
    min: 1e-5,
    max: 0.1,
    step: 0.00001,
    scale: 'log',
  },
  { kind: 'int', name: 'hidden', label: pair((d) => d.dropoutExperimentParams.hidden.label), default: 256, min: 32, max: 512, step: 32 },
  { kind: 'int', name: 'steps', label: pair((d) => d.dropoutExperimentParams.steps.label), default: 600, min: 50, max: 2000, step: 50 },
  { kind: 'int', name: 'batchSize', label: pair((d) => d.dropoutExperimentParams.batchSize.label), default: 32, min: 8, max: 128, step: 8 },
  {
    kind: 'number',
    name: 'learningRate',
    label: learningRateLabel('adam'),
    default: optimizerTable.adam.learningRate.network,
    min: 1e-4,
    max: 0.1,
    step: 0.0001,
    scale: 'log',
  },
  { kind: 'int', name: 'seed', label: pair((d) => d.dropoutExperimentParams.seed.label), default: 1, min: 1, max: 9999 },
];

/** The parameters shown first; the rest sit behind "more settings". */
export const mainExperimentParams = ['dropProbability', 'trainCount', 'weightDecayCopy', 'weightDecay'] as const;
export const moreExperimentParams = ['inputDropProbability', 'hidden', 'steps', 'batchSize', 'learningRate', 'seed'] as const;

export interface DropoutExperimentSettings {
  trainCount: number;
  dropProbability: number;
  /** Drop probability of the dropout copy's input pixels (0: hidden units only). */
  inputDropProbability: number;
  /** 0 when the third copy is off. */
  weightDecay: number;
  hidden: number[];
  steps: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

/** The engine's settings for `values` (engines/dropoutExperiment.ts adds the digits). */
export function dropoutExperimentSettings(values: ParamValues): DropoutExperimentSettings {
  return {
    trainCount: Number(values.trainCount),
    dropProbability: Number(values.dropProbability),
    inputDropProbability: Number(values.inputDropProbability),
    weightDecay: values.weightDecayCopy === true ? Number(values.weightDecay) : 0,
    hidden: [Number(values.hidden)],
    steps: Number(values.steps),
    batchSize: Number(values.batchSize),
    learningRate: Number(values.learningRate),
    seed: Number(values.seed),
  };
}
