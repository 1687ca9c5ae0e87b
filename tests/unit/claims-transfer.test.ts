/**
 * The transfer chapter's claims, with the numbers in the assertions.
 *
 * 1. Accuracy (5 seeds, N = 1 and 10 digits per class): head-only beats scratch by more than
 *    twice the spread (standard deviation) across seeds. Asserted on transfer-measured.json,
 *    written by scripts/pretrain/measure.py (PyTorch, the same rules as the engine: trainer.ts's
 *    TRANSFER_RULES, all 2,000 held-out digits). The engine's own N=1 comparison (5 seeds,
 *    500 held-out digits) takes about 4 minutes on the Node wasm backend, too long for this
 *    suite's budget, so it runs only with TRANSFER_CLAIMS=full; it measured head-only
 *    54.5 ± 2.5 % vs scratch 26.4 ± 2.8 %. N=10 scratch on the engine would take far longer.
 * 2. Speed (engine, wasm, 2 seeds, N = 10): head-only reaches the stopping rule at least 10x
 *    sooner than scratch: scratch has still not met the rule after 10x head-only's time.
 * 3. Features (engine): on 500 held-out digits, nearest-centroid accuracy of the pretrained
 *    features is far above that of the same network with random weights (92.2 % vs 32.2 %).
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import { beforeAll, describe, expect, it } from 'vitest';
import { disposeTransferData, transferData } from '../../src/engines/transfer/data';
import { projectDigits } from '../../src/engines/transfer/projection';
import { createRun, runToEnd, type RunInputs } from '../../src/engines/transfer/strategies';
import type { DigitSet } from '../../src/lib/mnist';
import { createRng } from '../../src/lib/rng';
import { loadShippedMnist } from './mnistData';
import { loadShippedBody } from './transferModel';

interface Row {
  n: number;
  seed: number;
  head: { acc: number };
  finetune: { acc: number };
  scratch: { acc: number };
}
const measured = JSON.parse(readFileSync(new URL('../../public/models/strokes-cnn/transfer-measured.json', import.meta.url), 'utf8')) as {
  rows: Row[];
};

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));

describe('claim: head-only beats scratch at 1 and 10 digits per class (measured, 5 seeds)', () => {
  for (const n of [1, 10]) {
    it(`N=${n}`, () => {
      const rows = measured.rows.filter((r) => r.n === n);
      expect(rows.length).toBeGreaterThanOrEqual(5);
      const head = rows.map((r) => r.head.acc);
      const scratch = rows.map((r) => r.scratch.acc);
      const gap = mean(head) - mean(scratch);
      const spread = Math.max(std(head), std(scratch));
      // Measured: N=1 59.0 ± 2.6 % vs 32.4 ± 4.4 %; N=10 90.8 ± 0.9 % vs 81.9 ± 1.9 %.
      expect(gap).toBeGreaterThan(2 * spread);
      expect(mean(head)).toBeGreaterThan(n === 1 ? 0.55 : 0.88);
    });
  }

  it('scratch narrows the gap at N=100 but has not closed it within 400 steps', () => {
    const rows = measured.rows.filter((r) => r.n === 100);
    const gap = mean(rows.map((r) => r.head.acc)) - mean(rows.map((r) => r.scratch.acc));
    // Measured: 95.5 % vs 89.0 %: a gap of 6.5 points, down from 27 at N=1.
    expect(gap).toBeGreaterThan(0);
    expect(gap).toBeLessThan(mean(measured.rows.filter((r) => r.n === 1).map((r) => r.head.acc - r.scratch.acc)));
  });
});

let digits: DigitSet;
let pretrained: ReturnType<typeof loadShippedBody>['body'];
beforeAll(async () => {
  await tf.setBackend('wasm');
  await tf.ready();
  digits = await loadShippedMnist();
  pretrained = loadShippedBody().body;
});

describe('claim: head-only is at least 10x faster than scratch (engine, wasm)', () => {
  for (const seed of [1, 2]) {
    it(`seed ${seed}, N=10`, () => {
      const data = transferData(digits, 10, 20, createRng(seed));
      const inputs: RunInputs = { pretrained, ...data, seed, evalEvery: 1000 };
      const head = runToEnd('head', inputs);
      expect(head.done).toBe(true);
      const scratch = createRun('scratch', inputs);
      while (!scratch.snapshot.done && scratch.snapshot.seconds < 10 * head.seconds) scratch.epoch();
      const { done, seconds, steps } = scratch.snapshot;
      scratch.dispose();
      disposeTransferData(data);
      console.info(`[claims-transfer] seed ${seed}: head-only ${head.seconds.toFixed(2)} s (${head.steps} steps); scratch after ${seconds.toFixed(1)} s: ${steps} steps, done=${done}`);
      expect(done && seconds < 10 * head.seconds).toBe(false);
    });
  }
});

describe('claim: pretrained features separate digits, random ones do not (engine)', () => {
  it('nearest-centroid accuracy, 500 held-out digits, random seed 1', () => {
    const before = tf.memory().numTensors;
    const p = projectDigits(pretrained, digits, 500, 1);
    expect(tf.memory().numTensors).toBe(before);
    // Measured: 0.922 vs 0.322.
    expect(p.pretrained.centroidAccuracy).toBeGreaterThan(0.85);
    expect(p.pretrained.centroidAccuracy - p.random.centroidAccuracy).toBeGreaterThan(0.4);
  });
});

describe.runIf(process.env.TRANSFER_CLAIMS === 'full')('claim on the engine itself (TRANSFER_CLAIMS=full, ~4 min)', () => {
  it('N=1, 5 seeds: head-only beats scratch by more than twice the spread', () => {
    const head: number[] = [];
    const scratch: number[] = [];
    for (let seed = 1; seed <= 5; seed++) {
      const data = transferData(digits, 1, 500, createRng(seed));
      const inputs: RunInputs = { pretrained, ...data, seed, evalEvery: 1000 };
      head.push(runToEnd('head', inputs).heldOutAccuracy!);
      scratch.push(runToEnd('scratch', inputs).heldOutAccuracy!);
      disposeTransferData(data);
    }
    console.info(`[claims-transfer] engine N=1: head ${head.map((a) => a.toFixed(3))} scratch ${scratch.map((a) => a.toFixed(3))}`);
    expect(mean(head) - mean(scratch)).toBeGreaterThan(2 * Math.max(std(head), std(scratch)));
  }, 3_600_000);
});
