/** Words of scheduleSummary.ts (namespace `scheduleSummary`). Pure data. */

export const scheduleSummary = {
  start: (v: string) => `The learning rate starts at ${v}`,
  peak: (v: string, step: number) => `, rises to a peak of ${v} at step ${step}`,
  low: (v: string, step: number) => `, falls to its lowest value, ${v}, at step ${step}`,
  end: (v: string, total: number) => ` and ends at ${v} after ${total} steps.`,
  flat: (v: string, total: number) => `The learning rate stays at ${v} for all ${total} steps.`,
};
