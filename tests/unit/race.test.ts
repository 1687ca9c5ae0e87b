import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { optimizerNames } from '../../src/engines/optimizers';
import { createRace, type RaceSnapshot } from '../../src/engines/race';
import { type Surface, surfaces } from '../../src/engines/surfaces';
import { createRng } from '../../src/lib/rng';
import { surfaceFromFormula } from '../../src/engines/formulaSurface';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const allSix = optimizerNames.map((name) => ({ name, hyper: {} }));
const ravineStart = Float32Array.from(surfaces.ravine.start);

/** n starts spread uniformly over `surface`'s domain, from a seeded Rng. */
function spread(n: number, seed: number, surface: Surface = surfaces.ravine): Float32Array {
  const rng = createRng(seed);
  const { x, y } = surface.domain;
  const starts = new Float32Array(2 * n);
  for (let i = 0; i < n; i++) {
    starts[2 * i] = x[0] + rng.next() * (x[1] - x[0]);
    starts[2 * i + 1] = y[0] + rng.next() * (y[1] - y[0]);
  }
  return starts;
}

const allFinite = (snap: RaceSnapshot) =>
  snap.optimizers.every((o) => o.positions.every(Number.isFinite) && o.loss.every(Number.isFinite));

describe('createRace', () => {
  it('checks its inputs and names the problem', () => {
    const base = { surface: surfaces.ravine, entries: allSix, starts: ravineStart, noise: 0, seed: 1 };
    expect(() => createRace({ ...base, entries: [] })).toThrowError(/optimizer entry/);
    expect(() => createRace({ ...base, starts: new Float32Array(3) })).toThrowError(/starts/);
    expect(() => createRace({ ...base, noise: -1 })).toThrowError(/noise/);
    const race = createRace(base);
    expect(() => race.step(0)).toThrowError(/positive integer/);
    race.dispose();
    expect(() => race.step()).toThrowError(/disposed/);
  });

  it('reports one entry per optimizer with loss[s] for s = 0..step and the start loss first', () => {
    const race = createRace({ surface: surfaces.ravine, entries: allSix, starts: ravineStart, noise: 0, seed: 1 });
    const snap = race.step(5);
    expect(snap.step).toBe(5);
    expect(snap.optimizers.map((o) => o.name)).toEqual(optimizerNames);
    for (const o of snap.optimizers) {
      expect(o.step).toBe(5);
      expect(o.loss).toHaveLength(6);
      expect(o.loss[0]).toBeCloseTo(0.05 * 2.5 ** 2 + 5 * 0.6 ** 2, 5); // 2.1125
      expect(o.positions).toHaveLength(2);
    }
    // SGD by hand: x <- 0.983x, y <- -0.7y per step (lr 0.17, curvatures 0.1 and 10)
    const sgd = snap.optimizers[0].positions;
    expect(sgd[0]).toBeCloseTo(-2.5 * 0.983 ** 5, 5);
    expect(sgd[1]).toBeCloseTo(0.6 * (-0.7) ** 5, 5);
    race.dispose();
  });

  it('reads out the state of the first particle after one step', () => {
    // Gradient at (-2.5, 0.6) is (0.1x, 10y) = (-0.25, 6).
    const race = createRace({ surface: surfaces.ravine, entries: allSix, starts: ravineStart, noise: 0, seed: 1 });
    const [, momentum, , adagrad, , adam] = race.step(1).optimizers;
    expect(momentum.inner.velocity![0]).toBeCloseTo(0.05 * 0.25, 6);
    expect(momentum.inner.velocity![1]).toBeCloseTo(-0.05 * 6, 6);
    expect(adagrad.inner.cache![1]).toBeCloseTo(36, 4);
    expect(adagrad.inner.effectiveStep[1]).toBeCloseTo(0.5 / 6, 6);
    expect(adam.inner.adam!.biasCorrection1).toBeCloseTo(10, 4);
    expect(adam.inner.adam!.biasCorrection2).toBeCloseTo(1000, 1);
    expect(adam.inner.adam!.mHat[1]).toBeCloseTo(6, 4);
    expect(adam.inner.adam!.sqrtVHat[1]).toBeCloseTo(6, 4);
    race.dispose();
  });

  it('is deterministic for a seed, with noise, however the steps are batched', () => {
    const run = (seed: number, batches: number[]) => {
      const race = createRace({ surface: surfaces.saddle, entries: allSix, starts: spread(20, 3), noise: 0.5, seed });
      let snap = race.snapshot();
      for (const k of batches) snap = race.step(k);
      race.dispose();
      return snap.optimizers.map((o) => Array.from(o.positions));
    };
    const once = run(42, [6]);
    expect(run(42, [1, 2, 3])).toEqual(once);
    expect(run(43, [6])).not.toEqual(once);
  });

  it('stops a diverging optimizer at the step it diverged, keeping the last finite values', () => {
    const entries = [
      { name: 'sgd' as const, hyper: { learningRate: 1e9 } },
      { name: 'sgd' as const, hyper: { learningRate: 0.25 } },
      { name: 'adam' as const, hyper: {} },
    ];
    const race = createRace({ surface: surfaces.ravine, entries, starts: ravineStart, noise: 0, seed: 1 });
    const snap = race.step(50);
    const [huge, unstable, adam] = snap.optimizers;
    // lr 1e9: the first step lands ~6e9 away.
    expect(huge.diverged).toEqual({ step: 1 });
    expect(Array.from(huge.positions)).toEqual(Array.from(ravineStart));
    expect(huge.loss).toHaveLength(1);
    // lr 0.25: y <- (1 - 2.5)y = -1.5y, so |0.6 * 1.5^k| first passes 1e6 at k = 36.
    expect(unstable.diverged).toEqual({ step: 36 });
    expect(unstable.loss).toHaveLength(36);
    expect(unstable.positions[1]).toBeCloseTo(0.6 * (-1.5) ** 35, -1);
    expect(adam.diverged).toBeNull();
    expect(adam.step).toBe(50);
    const later = race.step(10);
    expect(later.optimizers[1].step).toBe(35);
    expect(allFinite(later)).toBe(true);
    console.log(`divergence: lr 1e9 stopped at step ${huge.diverged?.step}, lr 0.25 at step ${unstable.diverged?.step}`);
    race.dispose();
  });

  it("races on the reader's formulas, even one of x alone, a constant, or one with no gradient at the start", () => {
    const run = (source: string, start: [number, number]) => {
      const made = surfaceFromFormula(source);
      if (!made.ok) throw new Error(JSON.stringify(made.error ?? made.problem));
      const race = createRace({ surface: made.surface, entries: allSix, starts: Float32Array.from(start), noise: 0, seed: 1 });
      const snap = race.step(3);
      race.dispose();
      expect(allFinite(snap)).toBe(true);
      return snap.optimizers[0];
    };
    expect(run('x^2', [1, 1]).positions[0]).toBeCloseTo(1 * (1 - 2 * 0.17) ** 3, 5);
    expect(Array.from(run('3', [1, 1]).positions)).toEqual([1, 1]);
    // The cone's gradient x/sqrt(x^2 + y^2) is 0/0 at its tip: reported as divergence, not NaN.
    const cone = run('sqrt(x^2 + y^2)', [0, 0]);
    expect(cone.diverged).toEqual({ step: 1 });
    expect(Array.from(cone.positions)).toEqual([0, 0]);
  });

  // 1,000 steps of the two rules with the most state keep the run short on two CPU cores;
  // all six are checked over 100 steps.
  it.each([
    ['Adam and Nesterov, 1,000 steps', [{ name: 'adam' as const, hyper: {} }, { name: 'nesterov' as const, hyper: {} }], 1000],
    ['all six, 100 steps', allSix, 100],
  ])('keeps the tensor count flat (%s) and returns to baseline after dispose', (_label, entries, steps) => {
    const baseline = tf.memory().numTensors;
    const race = createRace({ surface: surfaces.rosenbrock, entries, starts: spread(5, 9, surfaces.rosenbrock), noise: 0.1, seed: 5 });
    for (let i = 0; i < 10; i++) race.step();
    const afterTen = tf.memory().numTensors;
    for (let i = 10; i < steps; i += 10) race.step(10);
    expect(race.snapshot().step).toBe(steps);
    expect(tf.memory().numTensors).toBe(afterTen);
    race.dispose();
    expect(tf.memory().numTensors).toBe(baseline);
  });

  // Its speed is printed here and measured by the bench (scripts/bench-race.mjs), never asserted.
  it('moves 6 swarms of 10,000 particles 10 steps, every position finite', () => {
    const race = createRace({ surface: surfaces.localMinimum, entries: allSix, starts: spread(10_000, 11, surfaces.localMinimum), noise: 0.2, seed: 2 });
    const started = performance.now();
    const snap = race.step(10);
    const seconds = (performance.now() - started) / 1000;
    console.log(`swarm: 6 optimizers x 10,000 particles x 10 steps in ${seconds.toFixed(2)} s (tfjs cpu backend)`);
    expect(snap.optimizers.every((o) => o.positions.length === 20_000 && o.step === 10)).toBe(true);
    expect(allFinite(snap)).toBe(true);
    race.dispose();
  });
});
