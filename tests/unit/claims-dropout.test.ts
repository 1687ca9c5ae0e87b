/**
 * The claims the regularization chapter makes about the DropoutExperiment, checked on the
 * engine with the widget's own default settings (500 digits, 784 → 256 → 10, Adam 1e-3, 300
 * steps of 32, p = 0.5, seed 1) and the widget's 1,000 held-out digits.
 *
 * Backend: wasm, not cpu. Weights and masks come from the seeded Rng, so both backends give the
 * same run (checked: identical accuracies to 3 decimals). On the shared 2-core machine this was
 * written on (load 10–18 from other jobs), cpu needed 416 s for it and wasm 41–115 s.
 *
 * What holds, and what does not (measured, not tuned): with dropout the training accuracy
 * climbs more slowly while the held-out accuracy follows about as before, so the train/held-out
 * gap is smaller DURING training (by about 1.6 points over the first half of the run, seed 1).
 * Once both copies have memorized the 500 digits (train 100 %), the final gaps are about equal;
 * at these settings the dropout copy's final gap was in fact slightly LARGER for seeds 1–4 (by
 * 0.3–0.9 points; seed 1: 17.0 without, 17.9 with). The last test pins that down rather than
 * pretending otherwise.
 */
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { setWasmPaths } from '@tensorflow/tfjs-backend-wasm';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDropoutExperiment, finalGap, type CopySnapshot, type ExperimentSnapshot } from '../../src/engines/dropoutExperiment';
import { defaults } from '../../src/lib/params';
import { dropoutExperimentParams, dropoutExperimentSettings, EXPERIMENT_HELD_OUT } from '../../src/lib/widgets/dropoutExperiment';
import { loadShippedMnist } from './mnistData';

let result: ExperimentSnapshot;
const copy = (name: string): CopySnapshot => result.copies.find((c) => c.name === name)!;
/** Mean of train − held-out over the measurements after step 0. */
const meanGap = (c: CopySnapshot) => c.curve.slice(1).reduce((s, p) => s + p.train - p.heldOut, 0) / (c.curve.length - 1);
const pct = (v: number) => (100 * v).toFixed(1);

beforeAll(async () => {
  setWasmPaths(fileURLToPath(new URL('../../node_modules/@tensorflow/tfjs-backend-wasm/dist/', import.meta.url)));
  await tf.setBackend('wasm');
  const digits = await loadShippedMnist();
  const settings = dropoutExperimentSettings(defaults(dropoutExperimentParams));
  const started = performance.now();
  const experiment = createDropoutExperiment({ digits, heldOutCount: EXPERIMENT_HELD_OUT, ...settings });
  result = experiment.snapshot();
  while (!result.done) result = experiment.step(25);
  experiment.dispose();
  console.log(`dropout experiment, ${JSON.stringify(settings)}: ${((performance.now() - started) / 1000).toFixed(1)} s on ${tf.getBackend()}`);
  for (const c of result.copies) {
    const last = c.curve[c.curve.length - 1];
    console.log(
      `${c.name}: final train ${pct(last.train)}%, held-out ${pct(last.heldOut)}%, gap ${pct(finalGap(c))} points; ` +
        `mean gap during training ${pct(meanGap(c))} points`,
    );
    console.log(`  epoch:train/held-out ${c.curve.map((p) => `${p.epoch.toFixed(1)}:${pct(p.train)}/${pct(p.heldOut)}`).join(' ')}`);
  }
}, 600_000);

describe('claims of the regularization chapter: dropout against overfitting', () => {
  it('trains both copies from one start on one batch order, and frees every tensor', () => {
    expect(copy('plain').curve[0]).toEqual(copy('dropout').curve[0]);
    expect(tf.memory().numTensors).toBe(0);
  });

  it('keeps the train/held-out gap smaller during the first half of training with dropout', () => {
    // The mechanism: the dropout copy memorizes the training digits more slowly. Its training
    // accuracy is lower at every measurement of the first half (seed 1: 77.0 vs 80.0 % at
    // epoch 0.8 … 98.8 vs 100 % at epoch 10), while the held-out curves stay close.
    const firstHalf = (c: CopySnapshot) => c.curve.filter((p) => p.step > 0 && p.step <= result.totalSteps / 2);
    const [plain, dropout] = [firstHalf(copy('plain')), firstHalf(copy('dropout'))];
    plain.forEach((p, i) => expect(p.train, `epoch ${p.epoch.toFixed(1)}`).toBeGreaterThan(dropout[i].train));
    // So the gap is smaller in that half: seed 1, 15.7 vs 14.1 points on average.
    const mean = (points: typeof plain) => points.reduce((s, p) => s + p.train - p.heldOut, 0) / points.length;
    console.log(`mean gap over the first half: plain ${pct(mean(plain))}, dropout ${pct(mean(dropout))} points`);
    expect(mean(plain)).toBeGreaterThan(mean(dropout));
    // Over the whole run the difference shrinks (seed 1: 16.4 vs 16.0 points; seeds 2–4:
    // 0.5–0.7 points apart), because both copies end at 100 % training accuracy.
    expect(meanGap(copy('plain'))).toBeGreaterThan(meanGap(copy('dropout')));
  });

  it('does not end with a smaller gap at these settings: both copies memorize the 500 digits', () => {
    const [plain, dropout] = [copy('plain'), copy('dropout')].map((c) => c.curve[c.curve.length - 1]);
    expect(plain.train).toBeGreaterThanOrEqual(0.99);
    expect(dropout.train).toBeGreaterThanOrEqual(0.99);
    // Final held-out accuracies within 2 points (1,000 digits: ±1.2 points of noise each).
    expect(Math.abs(plain.heldOut - dropout.heldOut)).toBeLessThan(0.02);
    expect(Math.abs(finalGap(copy('plain')) - finalGap(copy('dropout')))).toBeLessThan(0.02);
  });
});
