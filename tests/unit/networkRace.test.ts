import * as tf from '@tensorflow/tfjs';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createNetworkRace, type NetworkRaceConfig, type RaceSnapshot } from '../../src/engines/networkRace';
import { loadMnist } from '../../src/engines/mnistLoader';
import type { DigitSet } from '../../src/lib/mnist';
import { optimizerTable } from '../../src/lib/optimizerTable';
import { loadShippedMnist } from './mnistData';

let digits: DigitSet;

beforeAll(async () => {
  await tf.setBackend('cpu');
  digits = await loadShippedMnist();
});

/**
 * A small race on the shipped digits; fields can be overridden per test. The cpu backend takes
 * about 50 ms per update of the 784-64-10 net at batch 64, so the bookkeeping tests use a
 * 784-16-10 net at batch 32 and only the accuracy test trains the real size.
 */
const config = (over: Partial<NetworkRaceConfig> = {}): NetworkRaceConfig => ({
  digits,
  trainCount: 2000,
  heldOutCount: 1000,
  hidden: 16,
  batchSize: 32,
  optimizers: [{ name: 'sgd' }, { name: 'momentum' }, { name: 'adam' }],
  schedule: { name: 'constant' },
  steps: 300,
  seed: 42,
  ...over,
});

/** Every number a snapshot holds, for NaN checks. */
const numbersIn = (s: RaceSnapshot) =>
  s.racers.flatMap((r) => [r.step, r.learningRate, ...r.loss, ...r.smoothedLoss, ...r.heldOutAccuracy.map((a) => a.accuracy)]);

describe('network race: fairness', () => {
  it('feeds every optimizer the same batches in the same order, from the same start', () => {
    const seen: number[][][] = [[], [], []];
    const race = createNetworkRace(config({ onBatch: (r, _step, idx) => seen[r].push(Array.from(idx)) }));
    const s = race.step(12);
    race.dispose();
    expect(seen[0]).toHaveLength(12);
    expect(seen[1]).toEqual(seen[0]);
    expect(seen[2]).toEqual(seen[0]);
    // Indices are training-pool digits (never held out), 32 distinct per batch.
    expect(seen[0].flat().every((i) => i < 2000)).toBe(true);
    expect(new Set(seen[0][0]).size).toBe(32);
    // Same initial weights and same first batch: identical first losses and starting accuracy.
    expect(s.racers[1].loss[0]).toBe(s.racers[0].loss[0]);
    expect(s.racers[2].loss[0]).toBe(s.racers[0].loss[0]);
    expect(s.racers[1].heldOutAccuracy[0]).toEqual(s.racers[0].heldOutAccuracy[0]);
  });

  it('gives identical loss curves for the same seed and different ones for another', () => {
    const run = (seed: number) => {
      const race = createNetworkRace(config({ seed, steps: 10, optimizers: [{ name: 'sgd' }, { name: 'adam' }] }));
      const s = race.step(10);
      race.dispose();
      return s.racers.map((r) => r.loss);
    };
    const a = run(42);
    expect(run(42)).toEqual(a);
    expect(run(43)[1]).not.toEqual(a[1]);
  });

  it('applies the schedule to each racer from its own base rate', () => {
    const race = createNetworkRace(
      config({ steps: 4, schedule: { name: 'step', params: { dropEvery: 2, dropFactor: 0.5 } } }),
    );
    const s = race.step(3);
    race.dispose();
    // Each racer's base rate is the table's network rate; the step schedule has halved it by step 2.
    expect(s.racers[0].learningRate).toBeCloseTo(optimizerTable.sgd.learningRate.network * 0.5, 12);
    expect(s.racers[2].learningRate).toBeCloseTo(optimizerTable.adam.learningRate.network * 0.5, 12);
  });
});

describe('network race: training', () => {
  // Training to an accuracy is a claim, in tests/unit/claims-network.test.ts (the claims project).
  it('reports divergence of SGD at learning rate 1e3 and keeps NaN out of the snapshot', () => {
    const race = createNetworkRace(
      config({ optimizers: [{ name: 'sgd', hyper: { learningRate: 1e3 } }, { name: 'adam' }], steps: 20 }),
    );
    const s = race.step(20);
    race.dispose();
    console.log(`sgd at lr 1e3 diverged at step ${s.racers[0].diverged?.step}`);
    expect(s.racers[0].diverged).not.toBeNull();
    expect(s.racers[0].step).toBe(s.racers[0].diverged!.step);
    expect(s.racers[1].diverged).toBeNull();
    expect(s.racers[1].step).toBe(20);
    expect(s.done).toBe(true);
    expect(numbersIn(s).every(Number.isFinite)).toBe(true);
  });

  it('keeps the tensor count flat while stepping and frees everything on dispose', () => {
    const baseline = tf.memory().numTensors;
    const race = createNetworkRace(config({ steps: 200, evalEvery: 25, optimizers: [{ name: 'momentum' }, { name: 'adam' }] }));
    race.step(10);
    const after10 = tf.memory().numTensors;
    for (let i = 0; i < 9; i++) race.step(10);
    expect(race.snapshot().step).toBe(100);
    expect(tf.memory().numTensors).toBe(after10);
    race.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  it('reads the first layer of every racer as plain arrays: the same start for all, different after training; none once diverged; no tensor left', () => {
    const race = createNetworkRace(config({ steps: 20, optimizers: [{ name: 'sgd' }, { name: 'adam' }, { name: 'momentum', hyper: { learningRate: 1e4 } }] }));
    let before = tf.memory().numTensors;
    const start = race.firstLayer(4);
    expect(tf.memory().numTensors).toBe(before);
    expect(start.map((l) => [l.name, l.units, l.weights?.length])).toEqual([['sgd', 4, 3136], ['adam', 4, 3136], ['momentum', 4, 3136]]);
    expect(Array.from(start[0].weights!)).toEqual(Array.from(start[1].weights!));
    race.step(20);
    before = tf.memory().numTensors;
    const trained = race.firstLayer(99);
    expect(tf.memory().numTensors).toBe(before);
    expect(trained[0].units).toBe(16);
    const moved = trained[0].weights!.some((w, i) => w !== trained[1].weights![i]);
    expect(moved).toBe(true);
    expect(trained[2].weights).toBeNull();
    race.dispose();
  });

  it('rejects a held-out set under 1,000 digits and unknown names, by name', () => {
    expect(() => createNetworkRace(config({ heldOutCount: 500 }))).toThrowError(/heldOutCount/);
    expect(() => createNetworkRace(config({ schedule: { name: 'linear' } }))).toThrowError(/schedule/);
    expect(() => createNetworkRace(config({ trainCount: 10 }))).toThrowError(/trainCount/);
  });
});

describe('loading the digits', () => {
  it('fetches once per URL, shares the promise, and forgets a failure so a retry can work', async () => {
    const bytes = readFileSync(new URL('../../public/data/mnist/mnist-10k.u8z', import.meta.url));
    const calls: string[] = [];
    let fail = true;
    const fakeFetch = (async (url: string) => {
      calls.push(url);
      return fail ? new Response('missing', { status: 404 }) : new Response(new Uint8Array(bytes));
    }) as unknown as typeof fetch;
    await expect(loadMnist('/test/digits', fakeFetch)).rejects.toThrowError(/HTTP 404/);
    fail = false;
    const [a, b] = await Promise.all([loadMnist('/test/digits', fakeFetch), loadMnist('/test/digits', fakeFetch)]);
    expect(a).toBe(b);
    expect(a.count).toBe(10000);
    expect(calls).toEqual(['/test/digits', '/test/digits']);
  });
});
