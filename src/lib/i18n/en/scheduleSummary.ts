/** Words of scheduleSummary.ts (namespace `scheduleSummary`). Pure data. */
import { count } from '../format';

export const scheduleSummary = {
  start: (v: string) => `The learning rate starts at ${v}`,
  peak: (v: string, step: number) => `, rises to a peak of ${v} at step ${count(step, 'en')}`,
  low: (v: string, step: number) => `, falls to its lowest value, ${v}, at step ${count(step, 'en')}`,
  end: (v: string, total: number) => ` and ends at ${v} after ${count(total, 'en')} steps.`,
  flat: (v: string, total: number) => `The learning rate stays at ${v} for all ${count(total, 'en')} steps.`,
};
