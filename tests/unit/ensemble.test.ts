/**
 * The ensemble engine, its arithmetic, its charts and its parameter table: hand-computed values
 * with stated tolerances, determinism under a seed, and no tensor leaks.
 */
import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ensembleSummary, gainChart, membersChart, zoomedDomain } from '../../src/charts/ensembleCharts';
import { createEnsembleLab, type EnsembleConfig, type EnsembleSnapshot } from '../../src/engines/ensemble';
import { createParameterAverager } from '../../src/engines/ensembleAveraging';
import {
  averageProbabilities,
  correctness,
  errorCorrelation,
  gainCurve,
  meanCrossEntropy,
  probabilityAccuracy,
  rescuedAndLost,
  spread,
} from '../../src/lib/ensembleMath';
import type { DigitSet } from '../../src/lib/mnist';
import { checkProps, defaults } from '../../src/lib/params';
import { ensembleParams, ensembleSettings, mainEnsembleParams, totalUpdates } from '../../src/lib/widgets/ensemble';
import { tableFor } from '../../src/lib/widgets';
import { loadShippedMnist } from './mnistData';

let digits: DigitSet;
beforeAll(async () => {
  await tf.setBackend('cpu');
  digits = await loadShippedMnist();
});

const f32 = (rows: number[][]) => Float32Array.from(rows.flat());

describe('ensemble arithmetic (3 examples, 2 classes)', () => {
  // Labels 0, 1, 1. Member a gets example 2 wrong, member b gets example 1 wrong.
  const labels = [0, 1, 1];
  const a = f32([[0.9, 0.1], [0.2, 0.8], [0.6, 0.4]]);
  const b = f32([[0.7, 0.3], [0.55, 0.45], [0.1, 0.9]]);

  it('averages probabilities element-wise', () => {
    expect(Array.from(averageProbabilities([a, b]))).toEqual(
      [0.8, 0.2, 0.375, 0.625, 0.35, 0.65].map((v) => expect.closeTo(v, 6)),
    );
  });

  it('the average fixes both members\u2019 mistakes: 2/3 each, 3/3 together', () => {
    expect(Array.from(correctness(a, labels, 2))).toEqual([1, 1, 0]);
    expect(probabilityAccuracy(a, labels, 2)).toBeCloseTo(2 / 3, 10);
    expect(probabilityAccuracy(b, labels, 2)).toBeCloseTo(2 / 3, 10);
    expect(gainCurve([a, b], labels, 2)).toEqual([expect.closeTo(2 / 3, 10), 1]);
  });

  it('measures the correlation of mistakes: 1 for identical members, −0.5 here', () => {
    expect(errorCorrelation([a, a], labels, 2)).toBeCloseTo(1, 10);
    // Wrong indicators (0,0,1) and (0,1,0): means 1/3, cov = 0 − 1/9, var = 2/9 each → −0.5.
    expect(errorCorrelation([a, b], labels, 2)).toBeCloseTo(-0.5, 10);
    expect(errorCorrelation([a], labels, 2)).toBeNull();
  });

  it('finds the digits the ensemble rescues from a wrong majority', () => {
    // A third member c, wrong on example 1 like b: only a is right there, yet the average is.
    const c = f32([[0.8, 0.2], [0.6, 0.4], [0.3, 0.7]]);
    expect(rescuedAndLost([a, b, c], labels, 2)).toEqual({ rescued: [1], lost: [] });
    // Two members, one right each: a tie is neither rescued nor lost.
    expect(rescuedAndLost([a, b], labels, 2)).toEqual({ rescued: [], lost: [] });
  });

  it('checks shapes and summarises a list', () => {
    expect(() => gainCurve([a, f32([[1, 0]])], labels, 2)).toThrowError(/member 1/);
    expect(spread([0.8, 0.9, 0.7])).toEqual({ mean: expect.closeTo(0.8, 10), best: 0.9, worst: 0.7 });
    expect(spread([]).mean).toBeNull();
  });
});

describe('cross-entropy of an average (Jensen)', () => {
  it('is −log p(label) averaged over rows, hand-computed', () => {
    const p = Float32Array.from([0.8, 0.2, 0.25, 0.75]);
    expect(meanCrossEntropy(p, [0, 1], 2)).toBeCloseTo(-(Math.log(0.8) + Math.log(0.75)) / 2, 6);
    // A probability of 0 for the label costs a finite amount, not Infinity.
    expect(meanCrossEntropy(Float32Array.from([1, 0]), [1], 2)).toBeCloseTo(-Math.log(1e-12), 6);
    expect(() => meanCrossEntropy(Float32Array.from([1, 0, 0]), [1], 2)).toThrowError(/1 × 2 probabilities, but got 3/);
  });

  it('the averaged prediction never has a larger loss than the members\u2019 mean loss, for any members', () => {
    const classes = 3;
    const row = fc.array(fc.double({ min: 0.001, max: 1, noNaN: true }), { minLength: classes, maxLength: classes });
    const member = (n: number) => fc.array(row, { minLength: n, maxLength: n }).map((rows) => Float32Array.from(rows.flatMap((r) => r.map((v) => v / r.reduce((a, b) => a + b, 0)))));
    const setup = fc.integer({ min: 1, max: 6 }).chain((n) =>
      fc.record({ labels: fc.array(fc.integer({ min: 0, max: classes - 1 }), { minLength: n, maxLength: n }), members: fc.array(member(n), { minLength: 1, maxLength: 5 }) }),
    );
    fc.assert(
      fc.property(setup, ({ labels, members }) => {
        const meanLoss = members.reduce((sum, p) => sum + meanCrossEntropy(p, labels, classes), 0) / members.length;
        // Float32 rounding of the averaged probabilities is the only slack.
        expect(meanCrossEntropy(averageProbabilities(members), labels, classes)).toBeLessThanOrEqual(meanLoss + 1e-5);
      }),
      { seed: 7, numRuns: 300 },
    );
  });
});

describe('parameter averaging', () => {
  it('bias-corrected EMA and Polyak mean match hand values, and free their tensors', () => {
    const before = tf.memory().numTensors;
    const like = [tf.tensor1d([0, 0])];
    const avg = createParameterAverager(like, 0.5, 2);
    for (const [t, v] of [[1, 2], [2, 4], [3, 8]] as const) {
      const w = [tf.tensor1d([v, -v])];
      avg.update(w, t);
      tf.dispose(w);
    }
    // Raw EMA: 0.5·(0.5·(0.5·0 + 0.5·2) + 0.5·4) + 0.5·8 = 5.25; corrected by 1 − 0.5³ = 0.875 → 6.
    const ema = avg.ema();
    expect(Array.from(ema[0].dataSync())).toEqual([expect.closeTo(6, 5), expect.closeTo(-6, 5)]);
    // Polyak from update 2: mean of 4 and 8.
    const polyak = avg.polyak()!;
    expect(Array.from(polyak[0].dataSync())).toEqual([expect.closeTo(6, 5), expect.closeTo(-6, 5)]);
    expect(avg.polyakCount()).toBe(2);
    tf.dispose([...ema, ...polyak, ...like]);
    avg.dispose();
    expect(tf.memory().numTensors).toBe(before);
    expect(() => createParameterAverager([], 1, 1)).toThrowError(/emaDecay/);
  });
});

/** A tiny run: 200 digits, 8 hidden units, 3 members of 10 steps. */
const tiny = (mode: EnsembleConfig['mode'], seed = 3): EnsembleConfig => ({
  digits,
  mode,
  members: 3,
  hidden: 8,
  trainCount: 200,
  heldOutCount: 100,
  stepsPerMember: 10,
  batchSize: 20,
  learningRate: 0.05,
  emaDecay: 0.9,
  seed,
});

function finish(config: EnsembleConfig, chunk = 4): EnsembleSnapshot {
  const lab = createEnsembleLab(config);
  let snap = lab.snapshot();
  while (!snap.done) snap = lab.step(chunk);
  lab.dispose();
  return snap;
}

describe('ensemble engine', () => {
  it('independent: one result per member, the gain curve starts at member 1, no tensor leaks', () => {
    const before = tf.memory().numTensors;
    const snap = finish(tiny('independent'));
    expect(tf.memory().numTensors).toBe(before);
    expect(snap.totalSteps).toBe(30);
    expect(snap.members.map((m) => [m.kind, m.index, m.step])).toEqual([['member', 1, 10], ['member', 2, 20], ['member', 3, 30]]);
    expect(snap.gain.map((g) => g.k)).toEqual([1, 2, 3]);
    expect(snap.gain[0].accuracy).toBe(snap.members[0].heldOut);
    expect(snap.ensemble).toBe(snap.gain[2].accuracy);
    expect(snap.heldOutCount).toBe(100);
  });

  it('is deterministic: the same seed gives the same numbers however the steps are chunked', () => {
    const one = finish(tiny('independent'), 1);
    const other = finish(tiny('independent'), 7);
    expect(other.members).toEqual(one.members);
    expect(other.gain).toEqual(one.gain);
    expect(finish(tiny('independent', 4)).members.map((m) => m.heldOut)).not.toEqual(one.members.map((m) => m.heldOut));
  });

  it('snapshots: snapshot 1 is independent member 1 (same seed, same first batches), K cycles in one run', () => {
    const independent = finish(tiny('independent'));
    const snapshots = finish(tiny('snapshots'));
    expect(snapshots.totalSteps).toBe(30);
    expect(snapshots.members.map((m) => m.kind)).toEqual(['snapshot', 'snapshot', 'snapshot']);
    expect(snapshots.members[0].heldOut).toBe(independent.members[0].heldOut);
  });

  it('averaging: one S-step run, raw / EMA / Polyak results and a curve, no tensor leaks', () => {
    const before = tf.memory().numTensors;
    const snap = finish(tiny('averaging'));
    expect(tf.memory().numTensors).toBe(before);
    expect(snap.totalSteps).toBe(10);
    expect(snap.members.map((m) => m.kind)).toEqual(['raw', 'ema', 'polyak']);
    expect(snap.curve[snap.curve.length - 1].step).toBe(10);
    expect(snap.curve[snap.curve.length - 1].raw).toBe(snap.members[0].heldOut);
    expect(snap.ensemble).toBeNull();
    expect(snap.gain).toEqual([]);
  });

  it('rejects bad settings by name, and refuses to step after dispose', () => {
    expect(() => createEnsembleLab({ ...tiny('independent'), members: 9 })).toThrowError(/members/);
    expect(() => createEnsembleLab({ ...tiny('independent'), mode: 'bagging' as never })).toThrowError(/mode/);
    expect(() => createEnsembleLab({ ...tiny('independent'), trainCount: 9000 })).toThrowError(/trainCount/);
    const lab = createEnsembleLab(tiny('independent'));
    lab.dispose();
    expect(() => lab.step(1)).toThrowError(/disposed/);
  });

  it('reads back the latest loss (the page\u2019s fence) without leaking', async () => {
    const lab = createEnsembleLab(tiny('independent'));
    expect(await lab.latestLoss()).toBeNull();
    lab.step(2);
    const before = tf.memory().numTensors;
    const loss = await lab.latestLoss();
    expect(loss).toBeGreaterThan(0);
    expect(tf.memory().numTensors).toBe(before);
    lab.dispose();
  });
});

describe('ensemble charts and parameters', () => {
  const snap: EnsembleSnapshot = {
    mode: 'independent',
    step: 20,
    totalSteps: 30,
    done: false,
    members: [
      { kind: 'member', index: 1, heldOut: 0.88, step: 10 },
      { kind: 'member', index: 2, heldOut: 0.9, step: 20 },
    ],
    gain: [{ k: 1, accuracy: 0.88 }, { k: 2, accuracy: 0.91 }],
    ensemble: 0.91,
    ensembleLoss: 0.3,
    errorCorrelation: 0.5,
    rescued: [4, 9],
    lost: [],
    rescuedVotes: [[3, 7], [1, 4]],
    curve: [],
    heldOutCount: 1000,
  };

  it('summarises the numbers in words (the charts\u2019 text alternative)', () => {
    expect(ensembleSummary(snap, 'en')).toBe(
      "Models' held-out accuracy: 88.0%, 90.0% (mean 89.0%, best 90.0%). Ensemble of 2: 91.0%, 2.0 points above the mean " +
        'model and 1.0 above the best. Ensemble of the first k, k = 1, 2, …: 88.0%, 91.0%. Correlation of their mistakes: ρ = 0.50.',
    );
    expect(ensembleSummary({ ...snap, members: [] }, 'ko')).toMatch(/재생/);
  });

  it('zooms the accuracy axis to the data, at least 4 points tall', () => {
    expect(zoomedDomain([0.88, 0.91])).toEqual([87, 92]);
    expect(zoomedDomain([0.9])).toEqual([88, 92]);
    expect(zoomedDomain([])).toEqual([0, 100]);
  });

  it('builds Plot options from the snapshot (axis domains as data)', () => {
    const members = membersChart(snap, { width: 600, ariaLabel: 'x' }, 'en');
    expect(members.x?.domain).toEqual(['model 1', 'model 2']);
    expect(members.y?.domain).toEqual([87, 92]);
    const gain = gainChart(snap, 5, { width: 600, ariaLabel: 'x' }, 'en');
    expect(gain.x?.domain).toEqual([1, 5]);
  });

  it('the parameter table: defaults pass the MDX check, map to the engine, and are registered', () => {
    const values = checkProps(ensembleParams, { members: 3, mode: 'snapshots' }, { file: 't', widget: 'EnsembleLab' });
    expect(ensembleSettings(values)).toMatchObject({ mode: 'snapshots', members: 3, stepsPerMember: 200 });
    expect(() => checkProps(ensembleParams, { members: 9 }, { file: 't', widget: 'EnsembleLab' })).toThrowError(/members/);
    expect(totalUpdates(ensembleSettings(defaults(ensembleParams)))).toBe(1000);
    expect(totalUpdates({ mode: 'averaging', members: 5, stepsPerMember: 200 })).toBe(200);
    expect(mainEnsembleParams('averaging')).not.toContain('members');
    expect(tableFor('ensemble')).toBe(ensembleParams);
  });
});
