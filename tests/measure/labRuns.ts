/**
 * The quadratic lab's quoted numbers (src/lib/measurements/quadraticLab.json), in one place for
 * the measurement (quadraticLab.measure.ts writes them) and the test that recomputes them
 * (tests/unit/quadraticLab.test.ts). Each comes from lib/quadraticLabReadout.ts, the function the
 * widget draws its table and captions from, at the widget's settings. No tests here.
 */
import type { Measurement, MetricFormat } from '../../src/lib/measurements';
import { defaults, type ParamValues } from '../../src/lib/params';
import { labReadout, labSettings, tunedRow } from '../../src/lib/quadraticLabReadout';
import { quadraticLabParams } from '../../src/lib/widgets/quadraticLab';

const STEPS: MetricFormat = { kind: 'count' };
const RATE: MetricFormat = { kind: 'number', digits: 2 };
const RATIO: MetricFormat = { kind: 'number', digits: 1 };

/** The lab's settings: its table's defaults with `varied` laid over them, the seed-free table as the entry lists it. */
export function labValues(varied: ParamValues = {}): ParamValues {
  return { ...defaults(quadraticLabParams), ...varied };
}

/** Steps to 1e-6 and rates at `values`: GD and momentum at their textbook settings, and the reader's setting's rate. */
function stepMetrics(values: ParamValues) {
  const r = labReadout(labSettings(values));
  const [gd, momentum] = [tunedRow(r, 'gd'), tunedRow(r, 'momentum')];
  return {
    readout: r,
    metrics: {
      gdSteps: gd.measured ?? NaN,
      momentumSteps: momentum.measured ?? NaN,
      gdRate: gd.rate,
      optimumRate: r.best.rate,
      settingRate: r.rate,
      /** Momentum's measured steps over its prediction ln(1e-6)/ln(rate). */
      momentumOverPredicted: (momentum.measured ?? NaN) / momentum.predicted,
      /** How many times fewer steps the rates predict for momentum than for GD. */
      predictedSpeedup: gd.predicted / momentum.predicted,
    },
  };
}

/** The three entries: the lab at its defaults (κ = 100), at κ = 1000, and with gradient noise σ = 0.1. */
export function labEntries(command: string): Measurement[] {
  const base = labValues();
  const tenfold = labValues({ kappa: 10 * Number(base.kappa) });
  const noisy = labValues({ noise: 0.1 });
  const at = stepMetrics(base);
  const high = stepMetrics(tenfold);
  const floors = labReadout(labSettings(noisy));
  const engine = 'lib/quadraticLabReadout.ts in doubles, as the widget computes its table (no randomness; the noise floors use the widget’s fixed seed 2)';
  const formats = {
    gdSteps: STEPS, momentumSteps: STEPS, gdRate: RATE, optimumRate: RATE, settingRate: RATE,
    momentumOverPredicted: RATE, predictedSpeedup: RATIO, gdGrowth: RATIO, momentumGrowth: RATIO, momentumFloorOverGd: RATIO,
  };
  const entry = (id: string, settings: ParamValues, varied: string[], metrics: Record<string, number>): Measurement => ({
    id, widget: 'quadraticLab', settings, varied, seeds: [],
    metrics: Object.fromEntries(Object.entries(metrics).map(([k, v]) => [k, [v]])),
    formats: Object.fromEntries(Object.keys(metrics).map((k) => [k, formats[k as keyof typeof formats]])),
    engine, command,
  });
  return [
    entry('lab.defaults', base, [], at.metrics),
    entry('lab.kappaTenfold', tenfold, ['kappa'], {
      ...high.metrics,
      /** Ten times κ: how many times the steps of GD and of momentum. */
      gdGrowth: high.metrics.gdSteps / at.metrics.gdSteps,
      momentumGrowth: high.metrics.momentumSteps / at.metrics.momentumSteps,
    }),
    entry('lab.noise', noisy, ['noise'], {
      momentumFloorOverGd: (tunedRow(floors, 'momentum').floor ?? NaN) / (tunedRow(floors, 'gd').floor ?? NaN),
    }),
  ];
}
