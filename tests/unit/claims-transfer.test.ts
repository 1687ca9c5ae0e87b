/**
 * The transfer chapter's claims, trained on the engine itself (tfjs wasm in Node, the page's
 * code), seeds 1-5, with the numbers in the assertions.
 *
 * What this suite runs, and how it differs from the chapter's table (written by
 * scripts/pretrain/measure.py in PyTorch on all 2,000 held-out digits, asserted below too):
 * - 500 held-out digits per run, not 2,000 (the widget's default is 500 as well).
 * - The stopping rule is the chapter's (training loss below 0.05) with the step limit lowered
 *   from 400 to 80. Neither strategy reaches it at N = 1: head-only meets the loss target in
 *   12-21 steps, scratch in 49-55 (checked below).
 * - From scratch is compared at N = 1 only, as the chapter says it measures it ("From scratch is
 *   measured only at one example per class"). At N = 10 the engine runs head-only (its accuracy,
 *   and the conv2-against-conv3 comparison); the N = 10 and N = 100 comparison with scratch is
 *   the model card's, asserted from its JSON. (Until Dec 2026 this suite also ran scratch at
 *   N = 10 for 80 steps, a setting neither the chapter nor the lab uses, for 107 of the claims'
 *   263 CPU-seconds.)
 * - Speed is counted as work, not measured as time: images through the conv body, a training
 *   step counting 3 (forward + backward), the head's 128 x 10 weights left out (trainer.ts).
 *   Wall-clock ratios are printed, and measured by the bench, not asserted.
 * Measured when written (2-core machine shared with other jobs): N=1 head-only 54.5 ± 2.5 % vs
 * scratch 26.4 ± 2.8 %; N=10 head-only 89.1 ± 1.7 %.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { disposeTransferData, transferData } from '../../src/engines/transfer/data';
import { projectDigits } from '../../src/engines/transfer/projection';
import { createRun, runToEnd, type RunInputs, type RunSnapshot } from '../../src/engines/transfer/strategies';
import { TRANSFER_RULES } from '../../src/engines/transfer/trainer';
import type { DigitSet } from '../../src/lib/mnist';
import { createRng } from '../../src/lib/rng';
import { loadShippedMnist } from './mnistData';
import { useWasmInNode } from './support/wasmNode';
import { loadShippedBody } from './transferModel';

const SEEDS = [1, 2, 3, 4, 5];
const HELD_OUT = 500;
const MAX_STEPS = 80;

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
const std = (xs: number[]) => Math.sqrt(mean(xs.map((x) => (x - mean(xs)) ** 2)));
const pct = (xs: number[]) => `${(100 * mean(xs)).toFixed(1)} ± ${(100 * std(xs)).toFixed(1)} % [${xs.map((x) => (100 * x).toFixed(1)).join(', ')}]`;

interface Pair {
  head: RunSnapshot;
  scratch: RunSnapshot;
  /** Scratch was still short of the rule after 10x head-only's work. */
  scratchShortAt10x: boolean;
}

let digits: DigitSet;
let pretrained: ReturnType<typeof loadShippedBody>['body'];
/** Head-only and scratch at one digit per class, seeds 1-5. */
let pairsAt1: Pair[] = [];
/** Head-only at ten digits per class, seeds 1-5. */
let headsAt10: RunSnapshot[] = [];

/** Head-only on N examples per class and seed, to the (test) rule. */
function runHead(perClass: number, seed: number): RunSnapshot {
  const data = transferData(digits, perClass, HELD_OUT, createRng(seed));
  try {
    return runToEnd('head', { pretrained, ...data, seed, evalEvery: 1000, maxSteps: MAX_STEPS });
  } finally {
    disposeTransferData(data);
  }
}

/** Head-only and scratch on the same N examples per class and seed, each to the (test) rule. */
function runPair(perClass: number, seed: number): Pair {
  const data = transferData(digits, perClass, HELD_OUT, createRng(seed));
  const inputs: RunInputs = { pretrained, ...data, seed, evalEvery: 1000, maxSteps: MAX_STEPS };
  try {
    const head = runToEnd('head', inputs);
    const run = createRun('scratch', inputs);
    let scratchShortAt10x = true;
    try {
      while (!run.snapshot.done) {
        run.epoch();
        if (run.snapshot.done && run.snapshot.bodyPasses <= 10 * head.bodyPasses) scratchShortAt10x = false;
      }
      return { head, scratch: run.snapshot, scratchShortAt10x };
    } finally {
      run.dispose();
    }
  } finally {
    disposeTransferData(data);
  }
}

beforeAll(async () => {
  const cpu0 = process.cpuUsage();
  await useWasmInNode();
  digits = await loadShippedMnist();
  pretrained = loadShippedBody().body;
  pairsAt1 = SEEDS.map((seed) => runPair(1, seed));
  const acc = (k: 'head' | 'scratch') => pairsAt1.map((p) => p[k].heldOutAccuracy!);
  console.info(`[claims-transfer] N=1: head-only ${pct(acc('head'))}; scratch ${pct(acc('scratch'))}`);
  console.info(
    `[claims-transfer] N=1: steps head ${pairsAt1.map((p) => p.head.steps)} scratch ${pairsAt1.map((p) => p.scratch.steps)}; ` +
      `body passes head ${pairsAt1.map((p) => p.head.bodyPasses)} scratch ${pairsAt1.map((p) => p.scratch.bodyPasses)}; ` +
      `seconds head ${pairsAt1.map((p) => p.head.seconds.toFixed(2))} scratch ${pairsAt1.map((p) => p.scratch.seconds.toFixed(1))}`,
  );
  headsAt10 = SEEDS.map((seed) => runHead(10, seed));
  console.info(`[claims-transfer] N=10: head-only ${pct(headsAt10.map((h) => h.heldOutAccuracy!))}; steps ${headsAt10.map((h) => h.steps)}`);
  const cpu = process.cpuUsage(cpu0);
  console.info(`[claims-transfer] all runs: ${((cpu.user + cpu.system) / 1e6).toFixed(0)} s of CPU time (what one free core needs)`);
}, 1_800_000);

describe('claim: head-only beats scratch at 1 digit per class (engine, 5 seeds)', () => {
  it('N=1: the gap in mean held-out accuracy exceeds twice the spread across seeds', () => {
    expect(pairsAt1).toHaveLength(5);
    const head = pairsAt1.map((p) => p.head.heldOutAccuracy!);
    const scratch = pairsAt1.map((p) => p.scratch.heldOutAccuracy!);
    // Both met the loss target themselves, never the lowered step limit.
    for (const p of pairsAt1) {
      expect(p.head.loss).toBeLessThan(TRANSFER_RULES.lossTarget);
      expect(p.head.steps).toBeLessThan(MAX_STEPS);
      expect(p.scratch.loss).toBeLessThan(TRANSFER_RULES.lossTarget);
      expect(p.scratch.steps).toBeLessThan(MAX_STEPS);
    }
    expect(mean(head) - mean(scratch)).toBeGreaterThan(2 * Math.max(std(head), std(scratch)));
    // Engine, 2,000 held-out digits, 400 steps: N=1 58.3 ± 2.8 %.
    expect(mean(head)).toBeGreaterThan(0.5);
  });

  it('N=10: head-only alone meets the loss rule and reaches 85 % held out', () => {
    expect(headsAt10).toHaveLength(5);
    for (const h of headsAt10) {
      expect(h.loss).toBeLessThan(TRANSFER_RULES.lossTarget);
      expect(h.steps).toBeLessThan(MAX_STEPS);
    }
    // Engine, 2,000 held-out digits, 400 steps: N=10 89.6 ± 0.8 %.
    expect(mean(headsAt10.map((h) => h.heldOutAccuracy!))).toBeGreaterThan(0.85);
  });
});

describe('claim: head-only is by far the fastest (engine, N=1, 5 seeds)', () => {
  it('counted as work: scratch has not met the rule after 10x the images through the body', () => {
    // The work itself is counted by the trainer (a unit fact, tests/unit/transfer.test.ts); what
    // the training decides is whether scratch meets the loss rule within 10x head-only's work.
    // Wall-clock ratios are the bench's business (scripts/bench-transfer.mjs), not a test's.
    for (const p of pairsAt1) expect(p.scratchShortAt10x).toBe(true);
  });
});

describe('the model card table (PyTorch, 2,000 held-out digits, 400 steps; transfer-measured.json; the chapter prints the lab’s own numbers instead)', () => {
  interface Row {
    n: number;
    head: { acc: number };
    scratch: { acc: number };
  }
  const measured = JSON.parse(readFileSync(new URL('../../public/models/strokes-cnn/transfer-measured.json', import.meta.url), 'utf8')) as { rows: Row[] };
  const column = (n: number, k: 'head' | 'scratch') => measured.rows.filter((r) => r.n === n).map((r) => r[k].acc);

  it('head-only beats scratch by more than twice the spread at N=1 and N=10, and the gap shrinks by N=100', () => {
    for (const n of [1, 10]) {
      expect(column(n, 'head')).toHaveLength(5);
      // N=1: 59.0 ± 2.6 % vs 32.4 ± 4.4 %; N=10: 90.8 ± 0.9 % vs 81.9 ± 1.9 %.
      expect(mean(column(n, 'head')) - mean(column(n, 'scratch'))).toBeGreaterThan(2 * Math.max(std(column(n, 'head')), std(column(n, 'scratch'))));
    }
    // N=100: 95.5 % vs 89.0 %: 6.5 points, down from 27 at N=1.
    const gap = (n: number) => mean(column(n, 'head')) - mean(column(n, 'scratch'));
    expect(gap(100)).toBeGreaterThan(0);
    expect(gap(100)).toBeLessThan(gap(10));
    expect(gap(10)).toBeLessThan(gap(1));
  });
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

describe('measured: a linear head on an EARLIER block does not help on digits (engine, 5 seeds)', () => {
  it('N=10, 500 held-out digits: conv3 features beat conv2 features by far', () => {
    const at = (depth: number) =>
      SEEDS.map((seed) => {
        const data = transferData(digits, 10, HELD_OUT, createRng(seed));
        const end = runToEnd('head', { pretrained, ...data, seed, evalEvery: 1000, headDepth: depth });
        disposeTransferData(data);
        return end.heldOutAccuracy!;
      });
    const conv2 = at(2);
    const conv3 = headsAt10.map((h) => h.heldOutAccuracy!);
    console.info(`[claims-transfer] N=10 head-only on conv2 features ${pct(conv2)}; on conv3 ${pct(conv3)}`);
    // Engine, 2,000 held-out digits: conv1 35.0 ± 1.7 %, conv2 66.3 ± 2.7 %, conv3 89.6 ± 0.8 %.
    expect(mean(conv3) - mean(conv2)).toBeGreaterThan(0.1);
  });
});
