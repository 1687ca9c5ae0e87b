/** Words of ensembleCharts.ts (namespace `ensembleChart`). Pure data. */
import { pct, pts } from '../format';
export const ensembleChart = {
  member: (i: number) => `model ${i}`,
  snapshot: (i: number) => `snapshot ${i}`,
  raw: 'raw final',
  ema: 'EMA',
  polyak: 'Polyak',
  ensemble: (k: number) => `ensemble of ${k}`,
  mean: 'mean model',
  firstK: 'ensemble of the first k',
  meanK: 'mean of those k',
  k: 'models in the ensemble (k)',
  step: 'training step',
  accuracy: 'held-out accuracy (%)',
  none: 'No results yet: press Play to train.',
  who: (snap: boolean) => (snap ? 'Snapshots' : 'Models'),
  list: (who: string, accs: string, mean: number, best: number) =>
    `${who}' held-out accuracy: ${accs} (mean ${pct(mean)}, best ${pct(best)}).`,
  ens: (k: number, e: number, mean: number, best: number) =>
    `Ensemble of ${k}: ${pct(e)}, ${pts(e - mean)} points ${e >= mean ? 'above' : 'below'} the mean model and ` +
    `${pts(e - best)} ${e >= best ? 'above' : 'below'} the best.`,
  gain: (list: string) => `Ensemble of the first k, k = 1, 2, …: ${list}.`,
  rho: (r: number) => `Correlation of their mistakes: ρ = ${r.toFixed(2)}.`,
  averaging: (raw: number, ema: number, polyak: number | null) =>
    `Held-out accuracy of the raw final weights: ${pct(raw)}; of their EMA: ${pct(ema)}` +
    (polyak === null ? '.' : `; of the Polyak mean of the second half: ${pct(polyak)}.`),
  sofar: (step: number, raw: number, ema: number) => `At step ${step}: raw weights ${pct(raw)}, their EMA ${pct(ema)}.`,
  ahead: (n: number, m: number) => `During the run the EMA was ahead of the raw weights at ${n} of ${m} measurements.`,
};
