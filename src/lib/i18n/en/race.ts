/** Words of raceWords.ts (namespace `race`). Pure data. */
import { point, onShare } from '../format';
import type { SurfaceProblem } from '../../formulaSingularity';
export const race = {
  title: 'Optimizer race',
  racers: 'Racers',
  status: 'f − f_min now',
  lossCaption: 'Loss f − f_min per step (log scale).',
  mapCaption: {
    light: 'The surface: darker is higher, ★ marks the lowest point, ○ the start.',
    dark: 'The surface: lighter is higher, ★ marks the lowest point, ○ the start.',
  },
  arrows: 'Each arrow points where its racer goes next: the velocity for the two momentum rules, the last step for the others (lengths stretched to stay visible).',
  mapHint: 'Click or tap the map to move the start (or type Start x and Start y below).',
  step: 'Step',
  innerState: 'Inside the optimizers (particle 0)',
  velocity: 'velocity v',
  velocityNote: 'the arrow on the map',
  cache: 'accumulated g²',
  cacheEmpty: 'cache = 0: no steps yet. The first gradient fills it; from then on bars for x and y show it.',
  effectiveStep: 'effective step α/(√cache + ε)',
  adamMoments: 'm̂ and √v̂',
  plainStep: 'step size α (same in x and y)',
  adamStep: 'effective step α/(√v̂ + ε)',
  notRunning: 'Turn on a racer to see its state.',
  settings: 'Settings',
  hyper: 'Hyper-parameters',
  swarm: 'Noise, swarm and speed',
  formulaLabel: 'Your formula f(x, y)',
  formulaHint: 'The surface drawn, as a formula: edit it to race on your own. Use x, y, numbers, + − * / ^, parentheses, pi, e and sin cos tan tanh exp log sqrt abs min max.',
  formulaError: 'Not used',
  formulaKeeps: 'The race keeps the last surface that worked.',
  loading: 'Loading TensorFlow.js…',
  swarmOn: (n: number) => `Swarm: ${n} particles per racer; the loss is their mean.`,
  outcome: 'Where the particles end up',
  basin: { global: 'global minimum', local: 'local minimum', unsettled: 'not settled' },
  racer: 'Racer',
  basinNote: (radius: string) => `A particle counts as settled in a minimum when it is within ${radius} of it; each row sums to 100 %.`,
  ecdfCaption: 'Final loss of every particle: the share (up) whose f − f_min is at most the value across. A curve far left and steep means nearly all particles reached the bottom; a step halfway up is a group stuck higher.',
  ecdfSummary: (rows: string) => `Final loss per racer: ${rows}.`,
  medianOf: (label: string, median: string) => `${label} median ${median}`,
  /** Why a formula that parses cannot be raced on the window [−2, 2]². */
  surfaceProblem: (problem: SurfaceProblem): string => {
    const at = point(problem.at);
    if (problem.kind === 'undefined')
      return `f has no value at (x, y) = ${at}${onShare(problem, true)}: log, sqrt and fractional powers need a positive argument there; shift it, as in log(x^2 + 1)`;
    if (problem.kind === 'overflow')
      return `f is too large to compute at (x, y) = ${at}${onShare(problem, true)} (beyond 3.4e38); scale it down, as in exp(x) instead of exp(100*x)`;
    return `f blows up near (x, y) = ${at}, where a denominator or a log's argument reaches 0; keep it away from 0 on the window, as in 1/(x^2 + 1)`;
  },
};
