/**
 * The fused swarm (engines/fusedSwarm.ts) steps every built-in first-order racer as one set of
 * tensors; its iterates must be optimizers.ts's, racer by racer: createRace with fuse: false
 * steps each racer apart through optimizers.ts, and the two races agree to 1e-6 in every
 * position, loss and inner-state number, on the ravine and on a reader's formula, with gradient
 * noise (each racer keeps its own stream), with Adam's bias correction off, beside a reader's
 * cell racer and a second-order racer, and through a divergence.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { optimizerNames } from '../../src/engines/optimizers';
import { createRace, type RaceEntry, type RaceSnapshot } from '../../src/engines/race';
import { surfaces, type Surface } from '../../src/engines/surfaces';
import { surfaceFromFormula } from '../../src/engines/formulaSurface';
import { lectureCells } from '../../src/lib/cell/lectureCells';
import { createRng } from '../../src/lib/rng';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const allSix: RaceEntry[] = optimizerNames.map((name) => ({ name, hyper: {} }));

function spread(n: number, surface: Surface): Float32Array {
  const rng = createRng(11);
  const { x, y } = surface.domain;
  return Float32Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? x[0] + rng.next() * (x[1] - x[0]) : y[0] + rng.next() * (y[1] - y[0])));
}

type Fuse = 'js' | 'tensors' | 'apart';

/** The race stepped in `batches`, fused by `fuse`; checks the tensor count is back after dispose. */
function run(fuse: Fuse, surface: Surface, entries: RaceEntry[], starts: Float32Array, noise: number, batches: readonly number[]): RaceSnapshot {
  const go = () => {
    const race = createRace({ surface, entries, starts, noise, seed: 5, fuse });
    let snap = race.snapshot();
    for (const k of batches) snap = race.step(k);
    race.dispose();
    return snap;
  };
  const first = go();
  // tfjs keeps a few tensors of its own after the first use of an op: count from a second run.
  const before = tf.memory().numTensors;
  expect(go()).toEqual(first);
  expect(tf.memory().numTensors).toBe(before);
  return first;
}

function expectSame(fused: RaceSnapshot, apart: RaceSnapshot): void {
  expect(fused.step).toBe(apart.step);
  fused.optimizers.forEach((f, r) => {
    const a = apart.optimizers[r];
    expect([f.id, f.step, f.diverged]).toEqual([a.id, a.step, a.diverged]);
    expect(f.loss.length).toBe(a.loss.length);
    f.loss.forEach((l, i) => expect(Math.abs(l - a.loss[i]), `${f.id} loss ${i}`).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(a.loss[i]))));
    f.positions.forEach((p, i) => expect(Math.abs(p - a.positions[i]), `${f.id} position ${i}`).toBeLessThanOrEqual(1e-6));
    // The inner state of particle 0 (velocity, cache, Adam's m̂ and √v̂, effective step): the same numbers.
    const numbers = (s: typeof f): number[] => JSON.stringify(s.inner).match(/-?[\d.]+(e[-+]?\d+)?/g)!.map(Number);
    const [mine, theirs] = [numbers(f), numbers(a)];
    expect(mine.length).toBe(theirs.length);
    mine.forEach((v, i) => expect(Math.abs(v - theirs[i]), `${f.id} inner ${i}: ${v} vs ${theirs[i]}`).toBeLessThanOrEqual(1e-6 + 1e-4 * Math.abs(theirs[i])));
  });
}

describe('the fused swarms step like each optimizer alone', () => {
  it('on the ravine: all six rules from the default start, 100 steps in uneven batches (JS and tensors)', () => {
    const args = [surfaces.ravine, allSix, Float32Array.from(surfaces.ravine.start), 0, [1, 7, 50, 42]] as const;
    const apart = run('apart', ...args);
    expectSame(run('js', ...args), apart);
    expectSame(run('tensors', ...args), apart);
  });

  it("on a reader's formula: a swarm of 40, Adam without bias correction", () => {
    const result = surfaceFromFormula('0.3*sin(x)*cos(y) + 0.1*(x^2 + y^2) + 0.05*abs(x - y)');
    if (!result.ok) throw new Error('formula');
    const entries: RaceEntry[] = allSix.map((e) => (e.name === 'adam' ? { ...e, hyper: { biasCorrection: false } } : e));
    const args = [result.surface, entries, spread(40, result.surface), 0, [3, 30]] as const;
    expectSame(run('js', ...args), run('apart', ...args));
  });

  it('with gradient noise: tensors draw what each rule alone draws; JS draws its own, the same for a seed', () => {
    const args = [surfaces.saddle, allSix, spread(30, surfaces.saddle), 0.3, [4, 16]] as const;
    expectSame(run('tensors', ...args), run('apart', ...args));
    // run() checks a second run of the same seed gives the same snapshot.
    const noisy = run('js', ...args).optimizers;
    const still = run('js', surfaces.saddle, allSix, spread(30, surfaces.saddle), 0, [4, 16]).optimizers;
    noisy.forEach((o, r) => expect(o.positions).not.toEqual(still[r].positions));
    expect(noisy.every((o) => o.positions.every(Number.isFinite))).toBe(true);
  });

  it("with a reader's cell racer and Newton beside the built-ins, and a rule that diverges", () => {
    const cell = { code: lectureCells.momentum.code, label: { en: 'Mine', ko: 'Mine' }, color: '#7B4FBF' };
    const entries: RaceEntry[] = [
      { name: 'sgd', hyper: { learningRate: 0.25 } }, // above 2/10 on the ravine: diverges
      { name: 'momentum', hyper: {}, id: 'cell:momentum', cell },
      { name: 'newton', hyper: { learningRate: 1 } },
      ...allSix.slice(1),
    ];
    const args = [surfaces.ravine, entries, spread(5, surfaces.ravine), 0, [20, 80]] as const;
    const fused = run('js', ...args);
    expect(fused.optimizers[0].diverged).not.toBeNull();
    expect(fused.optimizers[1].id).toBe('cell:momentum');
    expectSame(fused, run('apart', ...args));
    // The cell's momentum and the fused momentum take the same path.
    const [cellPath, builtIn] = [fused.optimizers[1].positions, fused.optimizers[3].positions];
    cellPath.forEach((p, i) => expect(Math.abs(p - builtIn[i])).toBeLessThanOrEqual(1e-6));
  });
});
