/**
 * The Ensembles chapter's claims, shown by the ensemble engine at the EnsembleLab's default
 * settings (src/lib/widgets/ensemble.ts) with seeds 1, 2 and 3. On tfjs's wasm backend
 * (tests/unit/support/wasmNode.ts), in a fraction of the cpu backend's time: weights, batches
 * and orders come from the seeded Rng, and every number printed here came out the same on both
 * backends when this moved (seeds 1–3, independent and averaging), so they are the numbers a
 * reader sees on the cpu backend too. Every number is printed
 * (console.log) so the project note can quote them; the assertions state what must hold, not
 * what happened to come out, and the comparison with the best member is reported either way.
 * One claim is a theorem (the loss of the averaged prediction is at most the members' mean loss),
 * the others are measured on each seed.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createEnsembleLab, type EnsembleConfig, type EnsembleSnapshot } from '../../src/engines/ensemble';
import { spread } from '../../src/lib/ensembleMath';
import type { DigitSet } from '../../src/lib/mnist';
import { defaults } from '../../src/lib/params';
import { ensembleParams, ensembleSettings } from '../../src/lib/widgets/ensemble';
import { loadShippedMnist } from './mnistData';
import { useWasmInNode } from './support/wasmNode';

/** The widget's held-out count (src/islands/ensemble/useEnsembleRunner.ts HELD_OUT). */
const HELD_OUT = 1000;

let digits: DigitSet;
beforeAll(async () => {
  await useWasmInNode();
  // Decoded once for the six runs.
  digits = await loadShippedMnist();
});

/** Seeds of the claims: three, each a full run at the widget's defaults (a few seconds each). */
const SEEDS = [1, 2, 3];

/** Runs the widget's default settings in `mode` with `seed` to the end and returns the last snapshot. */
async function runDefault(mode: EnsembleConfig['mode'], seed: number): Promise<EnsembleSnapshot> {
  const lab = createEnsembleLab({ digits, heldOutCount: HELD_OUT, ...ensembleSettings({ ...defaults(ensembleParams), seed }), mode });
  let snap = lab.snapshot();
  while (!snap.done) snap = lab.step(100);
  lab.dispose();
  return snap;
}

const pct = (v: number) => (100 * v).toFixed(2);
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;

describe.each(SEEDS)('Ensembles chapter claims (K = 5 independent models, widget defaults), seed %i', (seed) => {
  let snap: EnsembleSnapshot;
  beforeAll(async () => {
    const before = tf.memory().numTensors;
    snap = await runDefault('independent', seed);
    expect(tf.memory().numTensors).toBe(before);
    const accs = snap.members.map((m) => m.heldOut);
    const { mean: meanAcc, best, worst } = spread(accs) as { mean: number; best: number; worst: number };
    const ensemble = snap.ensemble as number;
    console.log(
      `[claims-ensemble] seed ${seed}, independent K=5 on ${HELD_OUT} held-out digits: members ${accs.map(pct).join(', ')} % ` +
        `(mean ${pct(meanAcc)}, best ${pct(best)}, worst ${pct(worst)}); ensemble ${pct(ensemble)} %; ` +
        `ensemble − mean ${pct(ensemble - meanAcc)} points, ensemble − best ${pct(ensemble - best)} points; ` +
        `loss: members ${snap.members.map((m) => m.heldOutLoss?.toFixed(4)).join(', ')} (mean ${mean(snap.members.map((m) => m.heldOutLoss as number)).toFixed(4)}), ` +
        `ensemble ${snap.ensembleLoss?.toFixed(4)}; gain curve k=1..5: ${snap.gain.map((g) => pct(g.accuracy)).join(', ')} %; ` +
        `error correlation ρ = ${snap.errorCorrelation?.toFixed(3)}`,
    );
  });

  it('the ensemble\u2019s held-out loss is at most the members\u2019 mean loss (Jensen: cross-entropy is convex)', () => {
    expect(snap.members).toHaveLength(5);
    const memberLoss = mean(snap.members.map((m) => m.heldOutLoss as number));
    expect(snap.ensembleLoss as number).toBeLessThanOrEqual(memberLoss);
  });

  it('the ensemble of 5 is more accurate than the mean of its members; compared with the best member it is reported', () => {
    expect(snap.ensemble as number).toBeGreaterThan(mean(snap.members.map((m) => m.heldOut)));
  });

  it('members make correlated but not identical mistakes (0.3 < ρ < 0.95)', () => {
    // Members of one architecture on the same data make correlated mistakes (the chapter's ρ > 0) …
    expect(snap.errorCorrelation as number).toBeGreaterThan(0.3);
    // … but not identical ones, or averaging could not help.
    expect(snap.errorCorrelation as number).toBeLessThan(0.95);
  });

  it('an EMA of one run\u2019s parameters tests better than its raw final parameters (constant learning rate)', async () => {
    const averaged = await runDefault('averaging', seed);
    const get = (kind: string) => averaged.members.find((m) => m.kind === kind)?.heldOut as number;
    console.log(
      `[claims-ensemble] seed ${seed}, averaging, ${averaged.totalSteps} steps at a constant rate, β = 0.99: raw final ${pct(get('raw'))} %, ` +
        `EMA ${pct(get('ema'))} %, Polyak (second half) ${pct(get('polyak'))} %; curve (step raw/ema): ` +
        averaged.curve.map((p) => `${p.step} ${pct(p.raw)}/${pct(p.ema)}`).join(', '),
    );
    expect(get('ema')).toBeGreaterThan(get('raw'));
  });
});
