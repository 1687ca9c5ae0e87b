/**
 * The Ensembles chapter's claims, shown by the ensemble engine at the EnsembleLab's default
 * settings (src/lib/widgets/ensemble.ts) on the cpu backend, with fixed seeds, so the numbers
 * here are the numbers a reader sees on the cpu backend. Every number is printed
 * (console.log) so the project note can quote them; the assertions state what must hold, not
 * what happened to come out, and the comparison with the best member is reported either way.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnsembleLab, type EnsembleConfig, type EnsembleSnapshot } from '../../src/engines/ensemble';
import { spread } from '../../src/lib/ensembleMath';
import { defaults } from '../../src/lib/params';
import { ensembleParams, ensembleSettings } from '../../src/lib/widgets/ensemble';
import { loadShippedMnist } from './mnistData';

/** The widget's held-out count (src/islands/ensemble/useEnsembleRunner.ts HELD_OUT). */
const HELD_OUT = 1000;

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** Runs the widget's default settings in `mode` to the end and returns the last snapshot. */
async function runDefault(mode: EnsembleConfig['mode']): Promise<EnsembleSnapshot> {
  const digits = await loadShippedMnist();
  const lab = createEnsembleLab({ digits, heldOutCount: HELD_OUT, ...ensembleSettings(defaults(ensembleParams)), mode });
  let snap = lab.snapshot();
  while (!snap.done) snap = lab.step(100);
  lab.dispose();
  return snap;
}

const pct = (v: number) => (100 * v).toFixed(2);

describe('Ensembles chapter claims (K = 5 independent models, widget defaults, cpu)', () => {
  it('the ensemble of 5 is more accurate than the mean of its members; compared with the best member it is reported', async () => {
    const before = tf.memory().numTensors;
    const snap = await runDefault('independent');
    expect(tf.memory().numTensors).toBe(before);
    const accs = snap.members.map((m) => m.heldOut);
    const { mean, best, worst } = spread(accs) as { mean: number; best: number; worst: number };
    const ensemble = snap.ensemble as number;
    console.log(
      `[claims-ensemble] independent K=5 on ${HELD_OUT} held-out digits: members ${accs.map(pct).join(', ')} % ` +
        `(mean ${pct(mean)}, best ${pct(best)}, worst ${pct(worst)}); ensemble ${pct(ensemble)} %; ` +
        `ensemble − mean ${pct(ensemble - mean)} points, ensemble − best ${pct(ensemble - best)} points; ` +
        `gain curve k=1..5: ${snap.gain.map((g) => pct(g.accuracy)).join(', ')} %; error correlation ρ = ${snap.errorCorrelation?.toFixed(3)}`,
    );
    expect(accs).toHaveLength(5);
    expect(ensemble).toBeGreaterThan(mean);
    // Members of one architecture on the same data make correlated mistakes (the chapter's ρ > 0) …
    expect(snap.errorCorrelation as number).toBeGreaterThan(0.3);
    // … but not identical ones, or averaging could not help.
    expect(snap.errorCorrelation as number).toBeLessThan(0.95);
  });

  it('an EMA of one run\u2019s parameters tests better than its raw final parameters (constant learning rate)', async () => {
    const snap = await runDefault('averaging');
    const get = (kind: string) => snap.members.find((m) => m.kind === kind)?.heldOut as number;
    console.log(
      `[claims-ensemble] averaging, ${snap.totalSteps} steps at a constant rate, β = 0.99: raw final ${pct(get('raw'))} %, ` +
        `EMA ${pct(get('ema'))} %, Polyak (second half) ${pct(get('polyak'))} %; curve (step raw/ema): ` +
        snap.curve.map((p) => `${p.step} ${pct(p.raw)}/${pct(p.ema)}`).join(', '),
    );
    expect(get('ema')).toBeGreaterThan(get('raw'));
  });
});
