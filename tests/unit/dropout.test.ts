import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  applyDropout,
  dropoutHook,
  dropoutMask,
  expectedActivation,
  maskedActivation,
  sampleKeepMask,
} from '../../src/engines/dropout';
import { createDropoutSession, createToyNetwork, hiddenUnits, maskKey, subNetworkCount } from '../../src/lib/dropoutNetwork';
import { forward, initMlp } from '../../src/engines/mlp';
import { diagramLayout } from '../../src/charts/dropoutCharts';
import { experimentSummary, gapRows } from '../../src/charts/dropoutExperimentCharts';
import { createDropoutExperiment } from '../../src/engines/dropoutExperiment';
import { loadShippedMnist } from './mnistData';
import { createRng } from '../../src/lib/rng';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const N = 100_000;
const mean = (t: tf.Tensor) => {
  const m = tf.mean(t);
  const value = m.dataSync()[0];
  m.dispose();
  return value;
};

describe('dropout masks (p = drop probability)', () => {
  it('keeps a fraction 1 − p of the units', () => {
    // Binomial std of the kept fraction over 100,000 draws is at most 0.0016; 0.01 is > 6 std.
    for (const p of [0, 0.1, 0.5, 0.8]) {
      const mask = dropoutMask([100, 1000], p, 42);
      const kept = mean(mask);
      console.log(`p = ${p}: kept fraction ${kept.toFixed(4)} (expected ${(1 - p).toFixed(4)})`);
      expect(Math.abs(kept - (1 - p)), `p = ${p}`).toBeLessThan(0.01);
      expect(new Set(mask.dataSync()).size).toBeLessThanOrEqual(2);
      mask.dispose();
    }
  });

  it('is the same for the same seed and different for another seed', () => {
    const a = dropoutMask([6, 7], 0.5, 7);
    const b = dropoutMask([6, 7], 0.5, 7);
    const c = dropoutMask([6, 7], 0.5, 8);
    expect(Array.from(a.dataSync())).toEqual(Array.from(b.dataSync()));
    expect(Array.from(a.dataSync())).not.toEqual(Array.from(c.dataSync()));
    expect(a.shape).toEqual([6, 7]);
    tf.dispose([a, b, c]);
  });

  it('draws the same keep flags as the pure sampler, so islands and engines agree', () => {
    const flags = sampleKeepMask(12, 0.3, createRng(5));
    const mask = dropoutMask([12], 0.3, 5);
    expect(Array.from(mask.dataSync())).toEqual(Array.from(flags));
    mask.dispose();
  });

  it('rejects drop probabilities outside [0, 1) by name', () => {
    expect(() => dropoutMask([3], 1, 1)).toThrowError(/drop probability/);
    expect(() => dropoutMask([3], -0.1, 1)).toThrowError(/drop probability/);
    expect(() => sampleKeepMask(3, Number.NaN, createRng(1))).toThrowError(/drop probability/);
    expect(() => sampleKeepMask(-1, 0.5, createRng(1))).toThrowError(/mask size/);
  });
});

describe('applyDropout', () => {
  // Activations uniform in [0, 2): test-time mean 1. With p = 0.5 the per-unit std of the
  // inverted output is about 1.3, so the mean over 100,000 units has std 0.004; tolerance 0.02.
  const rng = createRng(3);
  const values = Float32Array.from({ length: N }, () => 2 * rng.next());

  it('leaves the mean activation unchanged with inverted scaling', () => {
    const x = tf.tensor1d(values);
    for (const p of [0.2, 0.5]) {
      const y = applyDropout(x, p, 11, { inverted: true });
      const [before, after] = [mean(x), mean(y)];
      console.log(`inverted p = ${p}: test-time mean ${before.toFixed(4)}, train-time mean ${after.toFixed(4)}`);
      expect(Math.abs(after - before)).toBeLessThan(0.02);
      // Kept units are scaled by 1/(1 − p); with p = 0.2 that is 1.25, as the chapter's quiz says.
      const i = Array.from(y.dataSync()).findIndex((v) => v !== 0);
      expect(y.dataSync()[i]).toBeCloseTo(values[i] / (1 - p), 5);
      y.dispose();
    }
    x.dispose();
  });

  it('shrinks the mean to (1 − p) times the test-time mean without scaling', () => {
    const x = tf.tensor1d(values);
    const p = 0.5;
    const y = applyDropout(x, p, 11, { inverted: false });
    const [before, after] = [mean(x), mean(y)];
    console.log(`plain p = ${p}: test-time mean ${before.toFixed(4)}, train-time mean ${after.toFixed(4)}`);
    expect(Math.abs(after - (1 - p) * before)).toBeLessThan(0.02);
    tf.dispose([x, y]);
  });

  it('returns a copy at p = 0 and frees its intermediates', () => {
    const x = tf.tensor2d([[1, 2], [3, 4]]);
    const before = tf.memory().numTensors;
    const y = applyDropout(x, 0, 1);
    const z = applyDropout(x, 0.5, 1);
    expect(tf.memory().numTensors).toBe(before + 2);
    expect(Array.from(y.dataSync())).toEqual([1, 2, 3, 4]);
    tf.dispose([x, y, z]);
  });
});

describe('dropoutHook in the MLP forward pass', () => {
  it('draws a fresh mask on every pass, reproducibly from the seed', () => {
    const w = initMlp([5, 32, 3], 2);
    const x = tf.ones([4, 5]) as tf.Tensor2D;
    const pass = (hook: ReturnType<typeof dropoutHook>) => {
      const logits = forward(w, x, { dropout: hook });
      const out = Array.from(logits.dataSync());
      logits.dispose();
      return out;
    };
    const hookA = dropoutHook(0.5, createRng(9));
    const hookB = dropoutHook(0.5, createRng(9));
    const first = pass(hookA);
    expect(pass(hookA)).not.toEqual(first);
    expect(pass(hookB)).toEqual(first);
    tf.dispose([...w, x]);
  });
});

describe('expected activation of one unit, h = 2, p = 0.25', () => {
  it('matches the hand-computed values for each scheme', () => {
    expect(expectedActivation(2, 0.25, 'none')).toEqual({ train: 1.5, test: 2 });
    expect(expectedActivation(2, 0.25, 'inverted')).toEqual({ train: 2, test: 2 });
    expect(expectedActivation(2, 0.25, 'testTime')).toEqual({ train: 1.5, test: 1.5 });
    expect(maskedActivation(2, true, 0.25, true)).toBeCloseTo(8 / 3, 10);
    expect(maskedActivation(2, true, 0.25, false)).toBe(2);
    expect(maskedActivation(2, false, 0.25, true)).toBe(0);
  });
});

describe('the visualiser toy network', () => {
  it('counts 2^(hidden units) sub-networks and tracks the distinct ones seen', () => {
    expect(subNetworkCount([4, 6, 6, 3])).toBe(4096n);
    expect(hiddenUnits([4, 6, 3])).toBe(6);
    const session = createDropoutSession([4, 6, 6, 3], 0.5, 1);
    expect(session.passes).toBe(1);
    expect(session.masks.map((m) => m.length)).toEqual([6, 6]);
    for (let i = 0; i < 49; i++) session.next();
    expect(session.passes).toBe(50);
    // 50 draws from 4,096 equally likely masks: a repeat is possible (birthday odds ~26%), rare twice.
    expect(session.distinct).toBeGreaterThan(47);
    expect(session.distinct).toBeLessThanOrEqual(50);
    expect(maskKey([Uint8Array.from([1, 0]), Uint8Array.from([1])])).toBe('10|1');
  });

  it('uses the same masks for the same seed, and drops a superset when p grows', () => {
    const a = createDropoutSession([4, 6, 6, 3], 0.3, 7);
    const b = createDropoutSession([4, 6, 6, 3], 0.3, 7);
    const c = createDropoutSession([4, 6, 6, 3], 0.7, 7);
    expect(maskKey(a.masks)).toBe(maskKey(b.masks));
    a.masks.forEach((m, l) => m.forEach((kept, i) => kept === 0 && expect(c.masks[l][i]).toBe(0)));
  });

  it('measures the followed unit near h with inverted scaling and near (1 − p)·h without', () => {
    const p = 0.4;
    const session = createDropoutSession([4, 6, 6, 3], p, 3);
    for (let i = 0; i < 3999; i++) session.next();
    const { h } = session.network.tracked;
    expect(h).toBeCloseTo(1, 10);
    // Kept fraction over 4,000 passes has std √(0.24/4000) ≈ 0.008; allow 0.04 relative.
    console.log(`toy unit h = ${h.toFixed(3)}: mean inverted ${session.measuredMean.inverted.toFixed(3)}, plain ${session.measuredMean.none.toFixed(3)}`);
    expect(Math.abs(session.measuredMean.inverted / h - 1)).toBeLessThan(0.04);
    expect(Math.abs(session.measuredMean.none / ((1 - p) * h) - 1)).toBeLessThan(0.04);
  });

  it('rejects networks without a hidden layer by name', () => {
    expect(() => createToyNetwork([4, 3], 1)).toThrowError(/layer sizes/);
  });
});

describe('diagram layout', () => {
  it('fades dropped hidden units and every edge touching them', () => {
    const { nodes, edges } = diagramLayout([2, 3, 1], [Uint8Array.from([1, 0, 1])], { layer: 1, unit: 0 });
    expect(nodes.map((n) => n.state)).toEqual(['fixed', 'fixed', 'kept', 'dropped', 'kept', 'fixed']);
    expect(nodes.map((n) => n.y)).toEqual([-0.5, 0.5, -1, 0, 1, 0]);
    expect(edges).toHaveLength(2 * 3 + 3 * 1);
    // Edges into and out of the dropped middle unit (y = 0 in layer 1) are inactive: 2 in, 1 out.
    expect(edges.filter((e) => !e.active)).toHaveLength(3);
    expect(nodes.filter((n) => n.tracked)).toEqual([expect.objectContaining({ layer: 1, unit: 0 })]);
    const test = diagramLayout([2, 3, 1], null, { layer: 1, unit: 0 });
    expect(test.edges.every((e) => e.active)).toBe(true);
  });
});

describe('the dropout experiment engine (tiny run)', () => {
  const tiny = { trainCount: 64, heldOutCount: 600, dropProbability: 0.5, hidden: [16], batchSize: 16, steps: 6, seed: 3, evalPoints: 3 };

  it('gives the same run in frame-sized work units as in whole steps, and frees every tensor', async () => {
    const digits = await loadShippedMnist();
    const before = tf.memory().numTensors;
    const whole = createDropoutExperiment({ digits, ...tiny, weightDecay: 1e-3 });
    const byWhole = whole.step(100);
    const pieces = createDropoutExperiment({ digits, ...tiny, weightDecay: 1e-3 });
    let snap = pieces.snapshot();
    expect(snap.copies.map((c) => c.curve.length)).toEqual([0, 0, 0]);
    let calls = 0;
    while (!snap.done) {
      snap = pieces.work(0);
      calls++;
    }
    // 3 copies x 6 updates, plus 4 evaluations x 3 copies x (1 train chunk + 3 held-out chunks of 250).
    expect(calls).toBe(3 * 6 + 4 * 3 * 4);
    expect(snap).toEqual(byWhole);
    expect(byWhole.copies.map((c) => c.name)).toEqual(['plain', 'dropout', 'weightDecay']);
    expect(byWhole.copies[0].curve.map((p) => p.step)).toEqual([0, 2, 4, 6]);
    // Disposing in the middle of a step frees the batch it was working on, too.
    const halfway = createDropoutExperiment({ digits, ...tiny });
    for (let i = 0; i < 8; i++) halfway.work(0);
    [whole, pieces, halfway].forEach((e) => e.dispose());
    expect(tf.memory().numTensors).toBe(before);
    expect(() => whole.step(1)).toThrowError(/disposed/);
  });

  it('drops input pixels only in the dropout copy, when asked, and frees their masks', async () => {
    const digits = await loadShippedMnist();
    const before = tf.memory().numTensors;
    const [hiddenOnly, withInput] = [0, 0.3].map((inputDropProbability) => {
      const run = createDropoutExperiment({ digits, ...tiny, inputDropProbability });
      const snap = run.step(100);
      run.dispose();
      return snap;
    });
    expect(tf.memory().numTensors).toBe(before);
    // Same start, same batches: the plain copy is untouched; only the dropout copy changes.
    expect(withInput.copies[0]).toEqual({ ...hiddenOnly.copies[0] });
    expect(withInput.copies[1].inputDropProbability).toBe(0.3);
    expect(hiddenOnly.copies[1].inputDropProbability).toBe(0);
    expect(withInput.copies[1].curve[0]).toEqual(hiddenOnly.copies[1].curve[0]);
    expect(withInput.copies[1].curve.slice(1)).not.toEqual(hiddenOnly.copies[1].curve.slice(1));
  });

  it('rejects impossible settings by name', async () => {
    const digits = await loadShippedMnist();
    expect(() => createDropoutExperiment({ digits, ...tiny, trainCount: 8 })).toThrowError(/trainCount/);
    expect(() => createDropoutExperiment({ digits, ...tiny, dropProbability: 1 })).toThrowError(/drop probability/);
    expect(() => createDropoutExperiment({ digits, ...tiny, weightDecay: -1 })).toThrowError(/weightDecay/);
    expect(() => createDropoutExperiment({ digits, ...tiny, inputDropProbability: 1 })).toThrowError(/drop probability/);
  });
});

describe('experiment chart words', () => {
  it('reports the latest gap of every copy, and nothing before the first measurement', () => {
    const curve = [{ step: 0, epoch: 0, train: 0.1, heldOut: 0.1 }, { step: 20, epoch: 1.28, train: 0.95, heldOut: 0.8 }];
    const copies = [
      { name: 'plain' as const, dropProbability: 0, weightDecay: 0, curve },
      { name: 'dropout' as const, dropProbability: 0.5, weightDecay: 0, curve: [] },
    ];
    expect(gapRows(copies, 'en')).toEqual([{ name: 'plain', label: 'Without dropout', train: 0.95, heldOut: 0.8, gap: expect.closeTo(0.15, 10) }]);
    expect(experimentSummary(copies, 'en')).toBe('After 20 steps: Without dropout: training 95.0%, held-out 80.0%, gap 15.0 points.');
    expect(experimentSummary([{ ...copies[0], curve: curve.slice(0, 1) }], 'en')).toMatch(/press Play/);
  });
});
