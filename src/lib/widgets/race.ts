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
import { MAX_FORMULA_LENGTH } from '../formula';
import { learningRateLabel, lectureHyper, optimizerNames, optimizerTable, type OptimizerName } from '../optimizerTable';
import type { ParamSpec, ParamTable } from '../params';

/** The racers in lecture order (all six); the URL and the engine use these keys. */
export const raceOptimizerNames = optimizerNames;
export type RaceOptimizerName = OptimizerName;

/** The surfaces offered, built-ins first; `custom` uses the reader's formula. */
export const raceSurfaceNames = ['ravine', 'saddle', 'localMinimum', 'rosenbrock', 'custom'] as const;
export type RaceSurfaceName = (typeof raceSurfaceNames)[number];

/** `sgd` → `Sgd`, for the per-optimizer parameter names `runSgd` and `lrSgd`. */
const suffix = (name: RaceOptimizerName): string => name[0].toUpperCase() + name.slice(1);

/** The parameter that switches racer `name` on or off. */
export const runParam = (name: RaceOptimizerName): string => `run${suffix(name)}`;
/** The parameter that holds racer `name`'s learning rate. */
export const lrParam = (name: RaceOptimizerName): string => `lr${suffix(name)}`;

const runs: ParamSpec[] = raceOptimizerNames.map((name) => ({
  kind: 'boolean',
  name: runParam(name),
  // Just the name: the switch sits in the legend row, where it reads "☑ SGD".
  label: optimizerTable[name].label,
  default: true,
}));

const rates: ParamSpec[] = raceOptimizerNames.map((name) => ({
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
    label: { en: 'Surface', ko: '손실 곡면' },
    default: 'ravine',
    choices: [
      { value: 'ravine', label: { en: 'Ravine (ill-conditioned bowl)', ko: '협곡 (조건수가 나쁜 그릇)' } },
      { value: 'saddle', label: { en: 'Saddle point', ko: '안장점' } },
      { value: 'localMinimum', label: { en: 'Local minimum', ko: '지역 최솟값' } },
      { value: 'rosenbrock', label: { en: 'Rosenbrock valley', ko: '로젠브록 골짜기' } },
      { value: 'custom', label: { en: 'Your formula', ko: '직접 입력한 식' } },
    ],
  },
  {
    kind: 'text',
    name: 'formula',
    label: { en: 'Formula f(x, y)', ko: '식 f(x, y)' },
    help: { en: 'Used when the surface is “Your formula”.', ko: '곡면이 “직접 입력한 식”일 때 쓰입니다.' },
    default: 'x^2 + 2*y^2 + 0.5*sin(3*x)*sin(3*y)',
    maxLength: MAX_FORMULA_LENGTH,
  },
  ...runs,
  ...rates,
  { kind: 'number', name: 'momentum', label: { en: 'Momentum ρ', ko: '모멘텀 ρ' }, default: lectureHyper.momentum, min: 0, max: 0.999, step: 0.01 },
  { kind: 'number', name: 'decayRate', label: { en: 'RMSProp decay rate', ko: 'RMSProp 감쇠율' }, default: lectureHyper.decayRate, min: 0, max: 0.9999, step: 0.001 },
  { kind: 'number', name: 'beta1', label: { en: 'Adam β₁', ko: 'Adam β₁' }, default: lectureHyper.beta1, min: 0, max: 0.999, step: 0.01 },
  { kind: 'number', name: 'beta2', label: { en: 'Adam β₂', ko: 'Adam β₂' }, default: lectureHyper.beta2, min: 0, max: 0.9999, step: 0.001 },
  { kind: 'number', name: 'epsilon', label: { en: 'ε', ko: 'ε' }, default: lectureHyper.epsilon, min: 1e-10, max: 1, step: 0.01, scale: 'log' },
  {
    kind: 'boolean',
    name: 'biasCorrection',
    label: { en: 'Adam bias correction', ko: 'Adam 편향 보정' },
    default: lectureHyper.biasCorrection,
  },
  {
    kind: 'number',
    name: 'noise',
    label: { en: 'Gradient noise', ko: '기울기 잡음' },
    help: { en: 'Standard deviation added to every gradient coordinate (seeded).', ko: '모든 기울기 성분에 더하는 잡음의 표준편차 (시드 고정).' },
    default: 0,
    min: 0,
    max: 5,
    step: 0.05,
  },
  { kind: 'number', name: 'startX', label: { en: 'Start x', ko: '시작 x' }, default: -2.5, min: -10, max: 10, step: 0.01 },
  { kind: 'number', name: 'startY', label: { en: 'Start y', ko: '시작 y' }, default: 0.6, min: -10, max: 10, step: 0.01 },
  {
    kind: 'int',
    name: 'particles',
    label: { en: 'Particles per optimizer', ko: '최적화기당 입자 수' },
    help: { en: 'More than 1: a swarm from random starts.', ko: '1보다 크면 무작위 시작점에서 출발하는 입자 떼.' },
    default: 1,
    min: 1,
    max: 10000,
  },
  { kind: 'int', name: 'seed', label: { en: 'Seed', ko: '시드' }, default: 1, min: 0, max: 999999 },
  { kind: 'int', name: 'stepsPerFrame', label: { en: 'Steps per frame', ko: '프레임당 스텝' }, default: 1, min: 1, max: 50 },
];
