/** Learning-rate schedules: names, parameter labels, notes (namespace `schedules`). Pure data. */
import { count } from '../format';

export const schedules = {
  names: {
    constant: 'Constant',
    step: 'Step decay',
    exponential: 'Exponential decay',
    inverseTime: '1/t decay',
    cosine: 'Cosine',
    warmup: 'Linear warm-up',
  },
  params: {
    dropEvery: 'drop every (steps)',
    dropFactor: 'drop factor',
    decay: 'decay k (per step)',
    floorFraction: 'final rate / base rate',
    warmupSteps: 'warm-up steps',
    cosine: 'cosine decay after warm-up',
  },
  /** A step schedule whose first drop comes after the run ends. */
  neverDrops: (every: number, total: number) =>
    `The rate drops every ${count(every, 'en')} steps, but the run has only ${count(total, 'en')}: it never drops, so this is a constant rate.`,
  /** A warm-up as long as the run or longer, cut to the run. */
  warmupCut: (w: number, total: number, cosine: boolean) =>
    `The warm-up (${count(w, 'en')} steps) is as long as the run (${count(total, 'en')} steps) or longer, so it is cut to the run: the rate climbs for all ${count(total, 'en')} steps and reaches the base rate only on the last one${cosine ? ', with no steps left for the cosine decay' : ''}.`,
};
