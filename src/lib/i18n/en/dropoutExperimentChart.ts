/** Words of dropoutExperimentCharts.ts (namespace `dropoutExperimentChart`). Pure data. */
import { pct, points } from '../format';
import type { GapRowShape } from '../shapes';
export const dropoutExperimentChart = {
  plain: 'Without dropout',
  dropout: (p: number) => `With dropout (p = ${p} dropped)`,
  weightDecay: (l: number) => `Weight decay (λ = ${l})`,
  epoch: 'passes over the training digits (epochs)',
  accuracy: 'accuracy (%)',
  summary: (step: number, rows: GapRowShape[]) =>
    `After ${step} steps: ` +
    rows.map((r) => `${r.label}: training ${pct(r.train)}, held-out ${pct(r.heldOut)}, gap ${points(r.gap)} points`).join('; ') +
    '.',
  none: 'No measurements yet: press Play.',
};
