/** Words of augmentCharts.ts (namespace `augmentChart`). Pure data. */
import { pct } from '../format';
import type { AccuracyRow } from '../shapes';
export const augmentChart = {
  plain: 'Without augmentation',
  augmented: 'With augmentation',
  epoch: 'passes over the training digits (epochs)',
  accuracy: 'accuracy (%)',
  none: 'Only the starting point is measured so far: press Play, or wait for the next measurement.',
  summary: (step: number, rows: AccuracyRow[]) =>
    `After ${step} steps: ` + rows.map((r) => `${r.label}: training ${pct(r.train)}, held-out ${pct(r.heldOut)}`).join('; ') + '.',
};
