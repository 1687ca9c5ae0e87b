/**
 * The OptimizerRace's parameters: one table that drives its controls, its URL keys
 * (`race.<name>`), the inline prose values (<Param for="race" …/>) and the MDX prop check.
 *
 * Learning rates are one per optimizer, not one shared rate with multipliers: on these surfaces
 * SGD wants ~0.17 and momentum ~0.05 while the adaptive rules take steps of about lr, so a
 * shared number would be wrong for most racers, and the chapter's point ("a learning rate means
 * different things to different optimizers") reads best when the reader sees each real α.
 * The other hyper-parameters are shared by the rules that read them (momentum by SGD+momentum
 * and Nesterov, decayRate by RMSProp, beta1/beta2/biasCorrection by Adam, epsilon by the three
 * adaptive rules). startX/startY follow the surface: choosing a surface moves the start to its
 * suggested point; a click on the map or these two numbers then place it anywhere.
 * The racers' names, labels, default rates (their surface context) and the shared
 * hyper-parameters' defaults come from lib/optimizerTable.ts. Pure data.
 */
import { pair } from '../i18n';
import { MAX_FORMULA_LENGTH } from '../formula';
import { isSecondOrder, learningRateLabel, lectureHyper, optimizerNames, optimizerTable, racerFacts, racerNames, type OptimizerName, type RacerName } from '../optimizerTable';
import type { ParamSpec, ParamTable } from '../params';

/** The racers: the six first-order rules in lecture order, then Newton, BFGS, L-BFGS; the URL and the engine use these keys. */
export const raceOptimizerNames = racerNames;
export type RaceOptimizerName = RacerName;

/** The surfaces offered, built-ins first; `custom` uses the reader's formula. */
export const raceSurfaceNames = ['ravine', 'saddle', 'localMinimum', 'rosenbrock', 'custom'] as const;
export type RaceSurfaceName = (typeof raceSurfaceNames)[number];

/** `sgd` → `Sgd`, for the per-optimizer parameter names `runSgd` and `lrSgd`. */
const suffix = (name: RaceOptimizerName): string => name[0].toUpperCase() + name.slice(1);

/** The parameter that switches racer `name` on or off. */
export const runParam = (name: RaceOptimizerName): string => `run${suffix(name)}`;
/** The parameter that holds first-order racer `name`'s learning rate. */
export const lrParam = (name: OptimizerName): string => `lr${suffix(name)}`;

const runs: ParamSpec[] = raceOptimizerNames.map((name) => ({
  kind: 'boolean',
  name: runParam(name),
  // Just the name: the switch sits in the legend row, where it reads "☑ SGD".
  label: racerFacts(name).label,
  default: true,
}));

/**
 * The controls beside a racer's switch in its legend row: a first-order rule's learning rate,
 * Newton's damping λ, L-BFGS's memory m (BFGS has none: its line search picks the length).
 */
export function rowParams(name: RaceOptimizerName): string[] {
  if (!isSecondOrder(name)) return [runParam(name), lrParam(name)];
  return [runParam(name), ...({ newton: ['damping'], bfgs: [], lbfgs: ['memory'] } as const)[name]];
}

const rates: ParamSpec[] = optimizerNames.map((name: OptimizerName) => ({
  kind: 'number',
  name: lrParam(name),
  label: learningRateLabel(name),
  default: optimizerTable[name].learningRate.surface,
  // Up to 1e9 on purpose: the reader should be able to see a run blow up.
  min: 1e-4,
  max: 1e9,
  step: 0.01,
  scale: 'log',
}));

/** Every parameter of the race, in the order the controls show them. */
export const raceParams: ParamTable = [
  {
    kind: 'choice',
    name: 'surface',
    label: pair((d) => d.raceParams.surface.label),
    default: 'ravine',
    choices: [
      { value: 'ravine', label: pair((d) => d.surfaces.ravine.label) },
      { value: 'saddle', label: pair((d) => d.surfaces.saddle.label) },
      { value: 'localMinimum', label: pair((d) => d.surfaces.localMinimum.label) },
      { value: 'rosenbrock', label: pair((d) => d.surfaces.rosenbrock.label) },
      { value: 'custom', label: pair((d) => d.surfaces.custom.label) },
    ],
  },
  {
    kind: 'text',
    name: 'formula',
    label: pair((d) => d.raceParams.formula.label),
    help: pair((d) => d.raceParams.formula.help),
    default: 'x^2 + 2*y^2 + 0.5*sin(3*x)*sin(3*y)',
    maxLength: MAX_FORMULA_LENGTH,
  },
  ...runs,
  ...rates,
  { kind: 'number', name: 'momentum', label: pair((d) => d.raceParams.momentum.label), default: lectureHyper.momentum, min: 0, max: 0.999, step: 0.01 },
  { kind: 'number', name: 'decayRate', label: pair((d) => d.raceParams.decayRate.label), default: lectureHyper.decayRate, min: 0, max: 0.9999, step: 0.001 },
  { kind: 'number', name: 'beta1', label: pair((d) => d.raceParams.beta1.label), default: lectureHyper.beta1, min: 0, max: 0.999, step: 0.01 },
  { kind: 'number', name: 'beta2', label: pair((d) => d.raceParams.beta2.label), default: lectureHyper.beta2, min: 0, max: 0.9999, step: 0.001 },
  { kind: 'number', name: 'epsilon', label: pair((d) => d.raceParams.epsilon.label), default: lectureHyper.epsilon, min: 1e-10, max: 1, step: 0.01, scale: 'log' },
  {
    kind: 'number',
    name: 'damping',
    label: pair((d) => d.raceParams.damping.label),
    help: pair((d) => d.raceParams.damping.help),
    default: lectureHyper.damping,
    min: 0,
    max: 100,
    step: 0.1,
  },
  { kind: 'int', name: 'memory', label: pair((d) => d.raceParams.memory.label), default: lectureHyper.memory, min: 1, max: 50 },
  {
    kind: 'boolean',
    name: 'biasCorrection',
    label: pair((d) => d.raceParams.biasCorrection.label),
    default: lectureHyper.biasCorrection,
  },
  {
    kind: 'number',
    name: 'noise',
    label: pair((d) => d.raceParams.noise.label),
    help: pair((d) => d.raceParams.noise.help),
    default: 0,
    min: 0,
    max: 5,
    step: 0.05,
  },
  { kind: 'number', name: 'startX', label: pair((d) => d.raceParams.startX.label), default: -2.5, min: -10, max: 10, step: 0.01 },
  { kind: 'number', name: 'startY', label: pair((d) => d.raceParams.startY.label), default: 0.6, min: -10, max: 10, step: 0.01 },
  {
    kind: 'int',
    name: 'particles',
    label: pair((d) => d.raceParams.particles.label),
    help: pair((d) => d.raceParams.particles.help),
    default: 1,
    min: 1,
    max: 10000,
  },
  { kind: 'int', name: 'seed', label: pair((d) => d.raceParams.seed.label), default: 1, min: 0, max: 999999 },
  { kind: 'int', name: 'stepsPerFrame', label: pair((d) => d.raceParams.stepsPerFrame.label), default: 1, min: 1, max: 50 },
];
