/**
 * Everything the quadratic lab shows for one setting of its controls, computed in one place so
 * the widget (islands/QuadraticLab.tsx) and the numbers the chapter quotes from it
 * (src/lib/measurements/quadraticLab.json, recomputed by tests/unit/quadraticLab.test.ts) are
 * the same numbers: the error per eigen-direction, the rates, and the table of steps to 1e-6 and
 * noise floors for each method at its textbook setting and at the reader's. Pure, doubles.
 */
import {
  bowl, bowlRate, directionRate, iterate, labMethods, noiseFloor, optimum, predictedSteps, rescaledKappa, stepsTo, tunedSettings,
  type Bowl, type LabMethod,
} from './quadraticLab';
import { createRng } from './rng';

/** The lab's controls as numbers (lib/widgets/quadraticLab.ts names them). */
export interface LabSettings {
  kappa: number;
  angle: number;
  method: LabMethod;
  alpha: number;
  rho: number;
  noise: number;
}

/** One row of the lab's table: a method at a setting, its measured and predicted steps to 1e-6, its noise floor. */
export interface LabRow {
  method: LabMethod;
  alpha: number;
  rho: number;
  /** The reader's own setting (the last row), not the textbook one. */
  yours: boolean;
  /** The factor the error shrinks by per step (the slower eigen-direction's). */
  rate: number;
  measured: number | null;
  predicted: number;
  floor: number | null;
}

export interface LabReadout {
  b: Bowl;
  /** The reader's method's factor per step along each eigen-direction, steep first. */
  rates: [number, number];
  errors: [number, number][];
  rows: LabRow[];
  best: ReturnType<typeof optimum>;
  /** The reader's method's rate on the bowl (the slower direction). */
  rate: number;
  rescaled: number;
}

/** The settings read from the widget's parameter values; GD ignores ρ. */
export function labSettings(values: Record<string, unknown>): LabSettings {
  const method = values.method as LabMethod;
  return {
    kappa: Number(values.kappa),
    angle: Number(values.angle),
    method,
    alpha: Number(values.alpha),
    rho: method === 'gd' ? 0 : Number(values.rho),
    noise: Number(values.noise),
  };
}

/** What the lab shows at `s`. The noisy runs use fixed seeds (1 for the chart, 2 for the floors), so a setting always shows the same picture. */
export function labReadout(s: LabSettings): LabReadout {
  const b = bowl(s.kappa, s.angle);
  const rates = b.lambdas.map((l) => directionRate(s.method, s.alpha, s.rho, l)) as [number, number];
  const slowest = Math.max(...rates);
  const shown = slowest < 1 ? Math.min(400, Math.max(30, Math.ceil(predictedSteps(slowest, 1e-8)))) : 60;
  const errors = iterate(s.method, b, s.alpha, s.rho, shown, s.noise, createRng(1));
  const tuned = tunedSettings(b);
  const row = (m: LabMethod, a: number, r: number, yours: boolean): LabRow => {
    const rate = bowlRate(m, a, r, b);
    return {
      method: m, alpha: a, rho: r, yours, rate,
      measured: stepsTo(m, b, a, r),
      predicted: predictedSteps(rate),
      floor: s.noise > 0 ? noiseFloor(m, b, a, r, s.noise, createRng(2)) : null,
    };
  };
  const rows = [...labMethods.map((m) => row(m, tuned[m].alpha, tuned[m].rho, false)), row(s.method, s.alpha, s.rho, true)];
  return { b, rates, errors, rows, best: optimum(b), rate: bowlRate(s.method, s.alpha, s.rho, b), rescaled: rescaledKappa(b) };
}

/** The textbook row of `method` in a readout. */
export function tunedRow(readout: LabReadout, method: LabMethod): LabRow {
  return readout.rows.find((r) => r.method === method && !r.yours)!;
}
