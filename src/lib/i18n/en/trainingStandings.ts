/** Words of trainingStandings.ts (namespace `trainingStandings`). Pure data. */
import { percent } from '../format';
import type { StandingShape } from '../shapes';
import type { Lang } from '../lang';
export const trainingStandings = {
  none: 'No optimizer is racing: switch at least one on.',
  start: (acc: string) => `Before training, every racer has the same weights and so the same held-out accuracy, ${acc}.`,
  after: (step: number, total: number, examples: number) =>
    `After ${step} of ${total} steps (${examples.toLocaleString('en')} training examples each, in the same order):`,
  row: (r: StandingShape, rank: number, lang: Lang) =>
    `${rank}. ${r.label}, held-out accuracy ${r.accuracy === null ? 'not measured yet' : percent(r.accuracy, lang)}` +
    (r.loss === null ? '' : `, training loss ${r.loss}`),
  diverged: (r: StandingShape) => `${r.label} diverged at step ${r.diverged?.step}${r.diverged?.variable ? ` (${r.diverged.variable} became NaN or infinite first)` : ''}.`,
  /** Between two racers' rows in the text summary. */
  separator: '; ',
};
