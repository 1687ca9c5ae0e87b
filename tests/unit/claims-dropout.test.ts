/**
 * The claims the regularization chapter makes about the DropoutExperiment, checked on the
 * engine with the widget's own default settings and its 1,000 held-out digits: 1,000 training
 * digits, 784 → 256 → 10, Adam at 1e-3, 600 steps of 32 (19 epochs), a dropout copy that drops
 * each hidden unit with p = 0.5, and the widget's optional weight-decay copy (λ = 1e-3) switched
 * on; seeds 1, 2 and 3.
 *
 * Backend: wasm, not cpu (tests/unit/support/wasmNode.ts). Weights, masks and batches come from
 * the seeded Rng, so both backends give the same run; cpu needs minutes for it.
 *
 * What holds, and what does not (measured, not tuned; the settings searched are listed in the
 * chapter's note): every copy memorizes its 1,000 digits (training accuracy 99.9–100 %), so the
 * final gap differs almost only through the held-out accuracy. With these settings the dropout
 * copy ends 0.6–1.1 points higher on held-out digits on seeds 1–5 (seeds 1–3 here: 86.2 → 87.1, 86.1 → 87.2, 86.7 → 87.3 %), a small but
 * consistent effect. It is not robust to shorter runs or less data: with 500 digits and 300
 * steps both copies memorized and the dropout copy's final gap was 0.3–0.9 points LARGER (seed 1:
 * 17.9 vs 17.0), and with 500 digits at Adam 3e-3 (600 steps, input dropout 0.2) the sign of the
 * difference changed from seed to seed (+1.3, +1.2, +1.6, −0.8, 0.0 points).
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDropoutExperiment, finalGap, type CopySnapshot, type ExperimentSnapshot } from '../../src/engines/dropoutExperiment';
import { measurement } from '../../src/lib/measurements';
import { defaults } from '../../src/lib/params';
import { dropoutExperimentParams, dropoutExperimentSettings, EXPERIMENT_HELD_OUT } from '../../src/lib/widgets/dropoutExperiment';
import { loadShippedMnist } from './mnistData';
import { useWasmInNode } from './support/wasmNode';

const SEEDS = [1, 2, 3];
const results = new Map<number, ExperimentSnapshot>();
const copy = (seed: number, name: string): CopySnapshot => results.get(seed)!.copies.find((c) => c.name === name)!;
const last = (c: CopySnapshot) => c.curve[c.curve.length - 1];
const pct = (v: number) => (100 * v).toFixed(1);
let tensorsAfter = -1;

beforeAll(async () => {
  await useWasmInNode();
  const digits = await loadShippedMnist();
  const values = defaults(dropoutExperimentParams);
  for (const seed of SEEDS) {
    // With the widget's optional third copy (weight decay, λ = 1e-3) switched on.
    const settings = dropoutExperimentSettings({ ...values, seed, weightDecayCopy: true });
    const started = performance.now();
    const experiment = createDropoutExperiment({ digits, heldOutCount: EXPERIMENT_HELD_OUT, ...settings, evalPoints: 6 });
    let snap = experiment.snapshot();
    while (!snap.done) snap = experiment.step(100);
    experiment.dispose();
    results.set(seed, snap);
    console.log(`seed ${seed}, ${JSON.stringify(settings)}: ${((performance.now() - started) / 1000).toFixed(1)} s on ${tf.getBackend()}`);
    for (const c of snap.copies) {
      console.log(`  ${c.name}: final train ${pct(last(c).train)}%, held-out ${pct(last(c).heldOut)}%, gap ${pct(finalGap(c))} points`);
    }
  }
  tensorsAfter = tf.memory().numTensors;
}, 900_000);

describe('claims of the regularization chapter: dropout against overfitting', () => {
  it('trains the copies from one start on one batch order, and frees every tensor', () => {
    for (const seed of SEEDS) expect(copy(seed, 'plain').curve[0]).toEqual(copy(seed, 'dropout').curve[0]);
    expect(copy(1, 'plain').curve[0]).toEqual(copy(1, 'weightDecay').curve[0]);
    expect(tensorsAfter).toBe(0);
  });

  it('gives exactly the numbers the chapter prints (src/lib/measurements/dropout.json)', () => {
    const m = measurement('dropout.defaults');
    for (const seed of SEEDS) {
      const i = m.seeds.indexOf(seed);
      for (const c of results.get(seed)!.copies) {
        expect(last(c).train, `${c.name} train, seed ${seed}`).toBeCloseTo(m.metrics[`${c.name}Train`][i], 6);
        expect(last(c).heldOut, `${c.name} held-out, seed ${seed}`).toBeCloseTo(m.metrics[`${c.name}HeldOut`][i], 6);
      }
    }
  });

  it('ends with a smaller train/held-out gap with dropout, by more than the spread over seeds', () => {
    // Both copies memorize the training digits, so the gap shrinks only if held-out accuracy rises.
    for (const seed of SEEDS) {
      expect(last(copy(seed, 'plain')).train).toBeGreaterThanOrEqual(0.99);
      expect(last(copy(seed, 'dropout')).train).toBeGreaterThanOrEqual(0.99);
    }
    // Gap without minus gap with dropout, per seed (points): 0.9, 1.2, 0.6 (seed 1: 13.8 vs 12.9).
    const reductions = SEEDS.map((seed) => finalGap(copy(seed, 'plain')) - finalGap(copy(seed, 'dropout')));
    const mean = reductions.reduce((s, r) => s + r, 0) / reductions.length;
    const spread = Math.max(...reductions) - Math.min(...reductions);
    console.log(`final gap reduction by dropout: ${reductions.map(pct).join(', ')} points; mean ${pct(mean)}, spread ${pct(spread)}`);
    for (const r of reductions) expect(r).toBeGreaterThan(0.005);
    expect(mean).toBeGreaterThan(0.005);
    expect(mean).toBeGreaterThan(spread);
    // And so the held-out accuracy is higher with dropout on every seed.
    for (const seed of SEEDS) expect(last(copy(seed, 'dropout')).heldOut).toBeGreaterThan(last(copy(seed, 'plain')).heldOut);
  });

  it('weight decay (λ = 1e-3, in the loss, with Adam) does not shrink the final gap reliably here', () => {
    // Gap without minus gap with weight decay, per seed (points): 0.2, −0.3, 0.2 (mean 0.0).
    const reductions = SEEDS.map((seed) => finalGap(copy(seed, 'plain')) - finalGap(copy(seed, 'weightDecay')));
    const dropout = SEEDS.map((seed) => finalGap(copy(seed, 'plain')) - finalGap(copy(seed, 'dropout')));
    const mean = (v: number[]) => v.reduce((s, r) => s + r, 0) / v.length;
    const spread = Math.max(...reductions) - Math.min(...reductions);
    console.log(`final gap reduction by weight decay: ${reductions.map(pct).join(', ')} points; mean ${pct(mean(reductions))}, spread ${pct(spread)}`);
    for (const seed of SEEDS) expect(last(copy(seed, 'weightDecay')).train).toBeGreaterThanOrEqual(0.99);
    // No clear effect: the mean change is smaller than its spread over the seeds, and smaller
    // than dropout's on every seed's average.
    expect(Math.abs(mean(reductions))).toBeLessThan(spread);
    expect(mean(reductions)).toBeLessThan(mean(dropout));
  });
});
