/**
 * The EnsembleLab's parameters: one table for its controls, its URL keys (`ensemble.<name>`),
 * inline prose values (<Param for="ensemble" name="members" />) and the MDX prop check, plus the
 * pure mapping to the engine's settings (engines/ensemble.ts adds the digits).
 *
 * The defaults are sized for a first member within seconds and the whole K = 5 ensemble within
 * a minute on a 2-core laptop: a narrow network, 2,000 training digits, 200 updates per member
 * (about three passes over them). tests/unit/claims-ensemble.test.ts runs these very settings.
 * Pure data.
 */
import { pair } from '../i18n';
import { lectureHyper, optimizerTable } from '../optimizerTable';
import type { ParamTable, ParamValues } from '../params';

const momentum = optimizerTable.momentum;

export const ensembleParams: ParamTable = [
  {
    kind: 'choice',
    name: 'mode',
    label: pair((d) => d.ensembleParams.mode.label),
    default: 'independent',
    choices: [
      { value: 'independent', label: pair((d) => d.ensembleParams.mode.choices.independent) },
      { value: 'snapshots', label: pair((d) => d.ensembleParams.mode.choices.snapshots) },
      { value: 'averaging', label: pair((d) => d.ensembleParams.mode.choices.averaging) },
    ],
  },
  { kind: 'int', name: 'members', label: pair((d) => d.ensembleParams.members.label), default: 5, min: 1, max: 8 },
  {
    kind: 'int',
    name: 'steps',
    label: pair((d) => d.ensembleParams.steps.label),
    default: 200,
    min: 50,
    max: 1000,
    step: 50,
  },
  { kind: 'int', name: 'hidden', label: pair((d) => d.ensembleParams.hidden.label), default: 32, min: 8, max: 256, step: 8 },
  {
    kind: 'int',
    name: 'trainCount',
    label: pair((d) => d.ensembleParams.trainCount.label),
    default: 2000,
    min: 500,
    max: 8000,
    step: 500,
  },
  { kind: 'int', name: 'seed', label: pair((d) => d.ensembleParams.seed.label), default: 1, min: 1, max: 9999 },
  {
    kind: 'number',
    name: 'emaDecay',
    label: pair((d) => d.ensembleParams.emaDecay.label),
    default: 0.99,
    min: 0.5,
    max: 0.999,
    step: 0.001,
  },
  { kind: 'int', name: 'batchSize', label: pair((d) => d.ensembleParams.batchSize.label), default: 32, min: 8, max: 128, step: 8 },
  {
    kind: 'number',
    name: 'learningRate',
    label: pair((d) => d.ensembleParams.learningRate(d.optimizers.momentum.label, lectureHyper.momentum)),
    // Not the table's network rate for momentum (0.01): a member trains only 200 steps, most of
    // them on a cosine-decayed rate, so it starts higher; claims-ensemble.test.ts runs this default.
    default: 0.05,
    min: 0.001,
    max: 0.5,
    step: 0.001,
    scale: 'log',
  },
];

/** The controls shown first for `mode`; the rest sit behind "more settings". */
export function mainEnsembleParams(mode: string): string[] {
  return mode === 'averaging'
    ? ['mode', 'steps', 'emaDecay', 'hidden', 'trainCount', 'seed']
    : ['mode', 'members', 'steps', 'hidden', 'trainCount', 'seed'];
}

/** The controls behind "more settings" for `mode`. */
export function moreEnsembleParams(mode: string): string[] {
  return mode === 'averaging' ? ['batchSize', 'learningRate'] : ['batchSize', 'learningRate', 'emaDecay'];
}

export type EnsembleModeName = 'independent' | 'snapshots' | 'averaging';

export interface EnsembleSettings {
  mode: EnsembleModeName;
  members: number;
  stepsPerMember: number;
  hidden: number;
  trainCount: number;
  seed: number;
  emaDecay: number;
  batchSize: number;
  learningRate: number;
}

/** The engine's settings for `values` (the engine adds the digits and the held-out count). */
export function ensembleSettings(values: ParamValues): EnsembleSettings {
  return {
    mode: String(values.mode) as EnsembleModeName,
    members: Number(values.members),
    stepsPerMember: Number(values.steps),
    hidden: Number(values.hidden),
    trainCount: Number(values.trainCount),
    seed: Number(values.seed),
    emaDecay: Number(values.emaDecay),
    batchSize: Number(values.batchSize),
    learningRate: Number(values.learningRate),
  };
}

/** Updates the run will take: K × S, except one S-step run for parameter averaging. */
export function totalUpdates(s: Pick<EnsembleSettings, 'mode' | 'members' | 'stepsPerMember'>): number {
  return s.mode === 'averaging' ? s.stepsPerMember : s.members * s.stepsPerMember;
}
