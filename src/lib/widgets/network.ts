/**
 * The NetworkRace's parameters ("a fair race on a real network"): one table that drives its
 * controls, its URL keys (`network.<name>`), inline prose values (<Param for="network" …/>) and
 * the MDX prop check, plus the pure mapping from those values to the engine's race settings.
 *
 * Learning rates are one per optimizer, as in the OptimizerRace: the chapter's point is that a
 * learning rate means different things to different rules (SGD scales the gradient, Adam's rate
 * is nearly the step length). `shareRate` switches to one rate for all, so the reader can see
 * why that is not a fair race. The racers' names, labels and default rates (their network
 * context, where the table says why each was chosen) come from lib/optimizerTable.ts.
 * Pure data: no DOM, no tfjs.
 */
import { pair } from '../i18n';
import type { Label } from '../params';
import { learningRateLabel, optimizerNames, optimizerTable, type OptimizerName } from '../optimizerTable';
import type { ParamSpec, ParamTable, ParamValues } from '../params';
import { scheduleNames, schedules, type ScheduleName, type ScheduleParams } from '../schedules';
import { scheduleArgs, scheduleParamKey } from './schedule';

/** The racers in lecture order (all six); the URL and the engine use these keys. */
export const networkOptimizerNames = optimizerNames;
export type NetworkOptimizerName = OptimizerName;

/** `sgd` → `Sgd`, for the per-optimizer parameter names `runSgd` and `lrSgd`. */
const suffix = (name: NetworkOptimizerName): string => name[0].toUpperCase() + name.slice(1);

/** The parameter that switches racer `name` on or off. */
export const runParam = (name: NetworkOptimizerName): string => `run${suffix(name)}`;
/** The parameter that holds racer `name`'s base learning rate. */
export const lrParam = (name: NetworkOptimizerName): string => `lr${suffix(name)}`;

// Up to 100 on purpose: the reader should be able to make a racer diverge.
const rateRange = { min: 1e-5, max: 100, step: 0.00001, scale: 'log' } as const;

const runs: ParamSpec[] = networkOptimizerNames.map((name) => ({
  kind: 'boolean',
  name: runParam(name),
  label: pair((d) => d.networkParams.race(d.optimizers[name].label)),
  // All six race by default, as the chapter invites the reader to compare every rule.
  default: true,
}));

const rates: ParamSpec[] = networkOptimizerNames.map((name) => ({
  kind: 'number',
  name: lrParam(name),
  label: learningRateLabel(name),
  default: optimizerTable[name].learningRate.network,
  ...rateRange,
}));

const shared: ParamSpec[] = [
  {
    kind: 'boolean',
    name: 'shareRate',
    label: pair((d) => d.networkParams.shareRate.label),
    default: false,
  },
  {
    kind: 'number',
    name: 'sharedRate',
    label: pair((d) => d.networkParams.sharedRate.label),
    default: 0.01,
    ...rateRange,
  },
];

const schedule: ParamSpec = {
  kind: 'choice',
  name: 'schedule',
  label: pair((d) => d.networkParams.schedule.label),
  default: 'constant',
  choices: scheduleNames.map((name) => ({ value: name, label: schedules[name].label })),
};

// Named as in the ScheduleExplorer's table, so the two widgets' URLs read alike.
const scheduleOwn: ParamSpec[] = scheduleNames.flatMap((name) =>
  schedules[name].params.map((spec) => ({ ...spec, name: scheduleParamKey(name, spec.name) })),
);

const run: ParamSpec[] = [
  { kind: 'int', name: 'steps', label: pair((d) => d.networkParams.steps.label), default: 300, min: 50, max: 3000, step: 50 },
  { kind: 'int', name: 'batchSize', label: pair((d) => d.networkParams.batchSize.label), default: 64, min: 8, max: 256, step: 8 },
  {
    kind: 'int',
    name: 'trainCount',
    label: pair((d) => d.networkParams.trainCount.label),
    default: 2000,
    min: 500,
    max: 8000,
    step: 500,
  },
  { kind: 'int', name: 'hidden', label: pair((d) => d.networkParams.hidden.label), default: 64, min: 8, max: 256, step: 8 },
  {
    kind: 'int',
    name: 'seed',
    label: pair((d) => d.networkParams.seed.label),
    default: 7,
    min: 1,
    max: 9999,
  },
];

/** Every parameter of the network race, in the order the controls show them. */
export const networkParams: ParamTable = [...runs, ...rates, ...shared, schedule, ...scheduleOwn, ...run];

/** The racers switched on, in lecture order. */
export function racingOptimizers(values: ParamValues): NetworkOptimizerName[] {
  return networkOptimizerNames.filter((name) => values[runParam(name)] === true);
}

/** The base learning rate racer `name` uses under `values` (its own, or the shared one). */
export function baseRate(name: NetworkOptimizerName, values: ParamValues): number {
  return Number(values.shareRate === true ? values.sharedRate : values[lrParam(name)]);
}

/** The controls to show, grouped: who races, their rates, the schedule, the run. */
export function visibleNetworkParams(values: ParamValues): { racers: string[]; rates: string[]; schedule: string[]; run: string[] } {
  const name = values.schedule as ScheduleName;
  const racing = racingOptimizers(values);
  return {
    racers: networkOptimizerNames.map(runParam),
    rates: values.shareRate === true ? ['shareRate', 'sharedRate'] : ['shareRate', ...racing.map(lrParam)],
    schedule: ['schedule', ...schedules[name].params.map((p) => scheduleParamKey(name, p.name))],
    run: run.map((p) => p.name),
  };
}

/** A reader's cell in the race (engines/cellRule.ts compiles it where the engine runs). */
export interface NetworkCellRacer {
  code: string;
  values: Record<string, number>;
  label: Label;
  color: string;
}

export interface NetworkRaceSettings {
  /** The racers, built-ins first; a reader's cell has its own `id` and `cell`. */
  optimizers: { name: NetworkOptimizerName; hyper: { learningRate: number }; id?: string; cell?: NetworkCellRacer }[];
  /** With `cell`, the reader's schedule cell gives each step's rate (engines/networkRace.ts compiles it). */
  schedule: { name: ScheduleName; params: ScheduleParams; cell?: { code: string; values: Record<string, number> } };
  steps: number;
  batchSize: number;
  trainCount: number;
  hidden: number;
  seed: number;
}

/** The engine's race settings for `values` (engines/networkRace.ts adds the digits). */
export function networkRaceSettings(values: ParamValues): NetworkRaceSettings {
  const name = values.schedule as ScheduleName;
  return {
    optimizers: racingOptimizers(values).map((o) => ({ name: o, hyper: { learningRate: baseRate(o, values) } })),
    schedule: { name, params: scheduleArgs(name, values) },
    steps: Number(values.steps),
    batchSize: Number(values.batchSize),
    trainCount: Number(values.trainCount),
    hidden: Number(values.hidden),
    seed: Number(values.seed),
  };
}
