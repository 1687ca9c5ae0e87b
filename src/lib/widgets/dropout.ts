/**
 * The DropoutVisualiser's parameters: one table that drives its controls, its URL keys
 * (`dropout.<name>`), inline prose values (<Param for="dropout" name="dropProbability" />) and the
 * MDX prop check. p is the DROP probability here as everywhere in the course: the chance that a
 * unit is switched off on one forward pass. Layer sizes stay small so that every unit and edge
 * can be drawn and 2^(hidden units) stays a number a reader can picture. Pure data.
 */
import { pair } from '../i18n';
import type { ParamTable, ParamValues } from '../params';

export const dropoutParams: ParamTable = [
  {
    kind: 'number',
    name: 'dropProbability',
    label: pair((d) => d.dropoutParams.dropProbability.label),
    default: 0.5,
    min: 0,
    max: 0.9,
    step: 0.05,
  },
  { kind: 'int', name: 'inputs', label: pair((d) => d.dropoutParams.inputs.label), default: 4, min: 1, max: 8 },
  { kind: 'int', name: 'hidden1', label: pair((d) => d.dropoutParams.hidden1.label), default: 6, min: 1, max: 10 },
  {
    kind: 'int',
    name: 'hidden2',
    label: pair((d) => d.dropoutParams.hidden2.label),
    default: 6,
    min: 0,
    max: 10,
  },
  { kind: 'int', name: 'outputs', label: pair((d) => d.dropoutParams.outputs.label), default: 3, min: 1, max: 6 },
  {
    kind: 'number',
    name: 'passesPerSecond',
    label: pair((d) => d.dropoutParams.passesPerSecond.label),
    default: 2,
    min: 0.5,
    max: 20,
    step: 0.5,
  },
  { kind: 'int', name: 'seed', label: pair((d) => d.dropoutParams.seed.label), default: 1, min: 1, max: 9999 },
];

export interface DropoutVisualiserSettings {
  dropProbability: number;
  /** Units per layer, input first, output last; hidden layers (the ones dropout masks) between. */
  sizes: number[];
  passesPerSecond: number;
  seed: number;
}

/** The visualiser's settings for `values` (a second hidden layer of 0 units is left out). */
export function dropoutVisualiserSettings(values: ParamValues): DropoutVisualiserSettings {
  const hidden = [Number(values.hidden1), Number(values.hidden2)].filter((n) => n > 0);
  return {
    dropProbability: Number(values.dropProbability),
    sizes: [Number(values.inputs), ...hidden, Number(values.outputs)],
    passesPerSecond: Number(values.passesPerSecond),
    seed: Number(values.seed),
  };
}
