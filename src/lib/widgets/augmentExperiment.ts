/**
 * The AugmentationExperiment's parameters: its controls, URL keys (`augmentExperiment.<name>`),
 * inline prose values and MDX prop check, plus the pure mapping to the engine's settings.
 *
 * Defaults are sized for a readable result within a minute on a 2-core laptop: 20 digits a
 * class (few enough that the plain copy memorizes them), 200 Adam steps at 1e-3, and the digit
 * augmentation of engines/augment/digits.ts (±15°, zoom ±10 %, shift ±10 %). Pure data.
 */
import { pair } from '../i18n';
import { learningRateLabel, optimizerTable } from '../optimizerTable';
import type { ParamTable, ParamValues } from '../params';

export const augmentExperimentParams: ParamTable = [
  {
    kind: 'choice',
    name: 'model',
    label: pair((d) => d.augmentExperimentParams.model.label),
    default: 'cnn',
    choices: [
      { value: 'cnn', label: pair((d) => d.augmentExperimentParams.model.choices.cnn) },
      { value: 'mlp', label: pair((d) => d.augmentExperimentParams.model.choices.mlp) },
    ],
  },
  { kind: 'int', name: 'perClass', label: pair((d) => d.augmentExperimentParams.perClass.label), default: 20, min: 5, max: 100, step: 5 },
  { kind: 'number', name: 'rotation', label: pair((d) => d.augmentExperimentParams.rotation.label), default: 15, min: 0, max: 45, step: 1 },
  { kind: 'number', name: 'zoom', label: pair((d) => d.augmentExperimentParams.zoom.label), default: 0.1, min: 0, max: 0.3, step: 0.01 },
  { kind: 'number', name: 'shift', label: pair((d) => d.augmentExperimentParams.shift.label), default: 0.1, min: 0, max: 0.25, step: 0.01 },
  {
    kind: 'boolean',
    name: 'flip',
    label: pair((d) => d.augmentExperimentParams.flip.label),
    default: false,
  },
  { kind: 'int', name: 'steps', label: pair((d) => d.augmentExperimentParams.steps.label), default: 200, min: 50, max: 1000, step: 50 },
  { kind: 'int', name: 'batchSize', label: pair((d) => d.augmentExperimentParams.batchSize.label), default: 32, min: 8, max: 64, step: 8 },
  {
    kind: 'number',
    name: 'learningRate',
    label: learningRateLabel('adam'),
    default: optimizerTable.adam.learningRate.network,
    min: 1e-4,
    max: 0.03,
    step: 0.0001,
    scale: 'log',
  },
  { kind: 'int', name: 'seed', label: pair((d) => d.augmentExperimentParams.seed.label), default: 1, min: 1, max: 9999 },
];

/** Held-out digits the widget scores (never trained on by any widget); the chapter's numbers use the same. */
export const AUGMENT_HELD_OUT = 1000;
/** Points on the widget's curves after step 0 (evaluation only: the training is the same for any count). */
export const AUGMENT_EVAL_POINTS = 12;

/** Shown first; the rest sit behind "more settings". */
export const mainAugmentExperimentParams = ['model', 'perClass', 'rotation', 'zoom', 'shift', 'flip'] as const;
export const moreAugmentExperimentParams = ['steps', 'batchSize', 'learningRate', 'seed'] as const;

export interface AugmentExperimentSettings {
  model: 'cnn' | 'mlp';
  perClass: number;
  augment: { degrees: number; scale: number; fraction: number; flip: number };
  steps: number;
  batchSize: number;
  learningRate: number;
  seed: number;
}

/** The engine's settings for `values` (engines/augmentExperiment.ts adds the digits). */
export function augmentExperimentSettings(values: ParamValues): AugmentExperimentSettings {
  return {
    model: values.model === 'mlp' ? 'mlp' : 'cnn',
    perClass: Number(values.perClass),
    augment: { degrees: Number(values.rotation), scale: Number(values.zoom), fraction: Number(values.shift), flip: values.flip === true ? 0.5 : 0 },
    steps: Number(values.steps),
    batchSize: Number(values.batchSize),
    learningRate: Number(values.learningRate),
    seed: Number(values.seed),
  };
}
