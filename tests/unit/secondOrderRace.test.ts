/**
 * The second-order racers in the optimizer race (engines/secondOrderRunner.ts through race.ts),
 * on the race's own surfaces: the lessons the widget shows at its defaults.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { createRace, type RaceEntry } from '../../src/engines/race';
import { surfaceFromFormula } from '../../src/engines/formulaSurface';
import { hessiansAt, surfaceJet } from '../../src/engines/secondOrderRunner';
import { surfaces } from '../../src/engines/surfaces';
import { measurement } from '../../src/lib/measurements';
import { noisySecondOrderRun, RACE_STEPS, SETTLED_OVER, settledLosses } from '../measure/secondOrderRuns';

beforeAll(() => tf.setBackend('cpu'));

const run = (surface: keyof typeof surfaces, entries: RaceEntry[], steps: number, noise = 0, start = surfaces[surface].start, seed = 1) => {
  const race = createRace({ surface: surfaces[surface], entries, starts: Float32Array.from(start), noise, seed });
  const snap = race.step(steps);
  race.dispose();
  return snap;
};

describe('second-order racers', () => {
  it('Newton’s Hessian is exact (the formula differentiated twice): the ravine’s diag(0.1, 10) and the saddle’s diag(2, −2 + 3y²), to rounding', () => {
    const [ravine] = hessiansAt(surfaceJet(surfaces.ravine), [-2.5], [0.6]);
    expect(ravine).toMatchObject({ kind: 'smooth', hessian: [0.1, 0, 10] });
    const [saddle] = hessiansAt(surfaceJet(surfaces.saddle), [-1.5], [1]);
    expect(saddle).toMatchObject({ kind: 'smooth', hessian: [2, 0, 1] });
  });

  it('Newton runs on a reader’s formula tfjs cannot differentiate twice (exp, tanh, abs), converging in a few steps, and stops with a reason on a kink', () => {
    const smooth = surfaceFromFormula('exp(0.3*x) - 0.3*x + tanh(y)^2 + 0.1*abs(x - 5)');
    if (!smooth.ok) throw new Error('expected the formula to be a surface');
    const snap = (() => {
      const race = createRace({ surface: smooth.surface, entries: [{ name: 'newton', hyper: {} }], starts: Float32Array.from([1, 0.3]), noise: 0, seed: 1 });
      const s = race.step(8);
      race.dispose();
      return s;
    })();
    const newton = snap.optimizers[0];
    // The minimum of exp(0.3x) − 0.3x − 0.1x is at x = ln(4/3)/0.3, of tanh²(y) at y = 0.
    expect(newton.positions[0]).toBeCloseTo(Math.log(4 / 3) / 0.3, 4);
    expect(newton.positions[1]).toBeCloseTo(0, 4);
    expect(newton.inner.curvature).toMatchObject({ source: 'hessian', kind: 'positive' });
    const kinked = surfaceFromFormula('abs(x) + y^2');
    if (!kinked.ok) throw new Error('expected the formula to be a surface');
    const race = createRace({ surface: kinked.surface, entries: [{ name: 'newton', hyper: {} }], starts: Float32Array.from([0, 1]), noise: 0, seed: 1 });
    const stuck = race.step(3).optimizers[0];
    race.dispose();
    expect(stuck.inner.curvature?.kind).toBe('notSmooth');
    expect(Array.from(stuck.positions)).toEqual([0, 1]);
    expect(stuck.loss.every(Number.isFinite)).toBe(true);
  });

  it('Newton reaches the ravine’s minimum in one step; BFGS and L-BFGS in a few', () => {
    const tensors = tf.memory().numTensors;
    const snap = run('ravine', [{ name: 'newton', hyper: {} }, { name: 'bfgs', hyper: {} }, { name: 'lbfgs', hyper: {} }, { name: 'sgd', hyper: {} }], 10);
    const [newton, bfgs, lbfgs, sgd] = snap.optimizers;
    expect(newton.loss[0]).toBeCloseTo(2.1125, 4); // 0.05·2.5² + 5·0.6²
    expect(newton.loss[1]).toBeLessThan(1e-8);
    expect(newton.inner.curvature).toMatchObject({ source: 'hessian', kind: 'positive' });
    for (const quasi of [bfgs, lbfgs]) {
      expect(quasi.loss[10]).toBeLessThan(1e-6);
      expect(quasi.inner.curvature?.source).toBe('estimate');
    }
    expect(sgd.loss[10]).toBeGreaterThan(0.1);
    expect(tf.memory().numTensors).toBe(tensors);
  });

  it('the quasi-Newton estimates learn the ravine’s H = diag(0.1, 10) and keep it once at the minimum (their ellipse)', () => {
    const snap = run('ravine', [{ name: 'bfgs', hyper: {} }, { name: 'lbfgs', hyper: {} }], 60);
    for (const quasi of snap.optimizers) {
      const [xx, xy, yy] = quasi.inner.curvature!.matrix;
      expect(xx, quasi.name).toBeGreaterThan(0.08);
      expect(xx, quasi.name).toBeLessThan(0.13);
      expect(Math.abs(xy), quasi.name).toBeLessThan(0.2);
      expect(yy, quasi.name).toBeGreaterThan(8);
      expect(yy, quasi.name).toBeLessThan(12);
    }
  });

  it('undamped Newton on the saddle moves to the saddle (f = 0), damped Newton leaves it', () => {
    const snap = run('saddle', [{ name: 'newton', hyper: {} }, { name: 'newton', hyper: { damping: 3 } }], 20);
    const [plain, damped] = snap.optimizers;
    expect(Math.hypot(plain.positions[0], plain.positions[1])).toBeLessThan(1e-4);
    expect(plain.loss[20]).toBeCloseTo(1, 3); // f − f_min = 0 − (−1)
    expect(Math.abs(damped.positions[1])).toBeGreaterThan(1);
  });

  it('a singular Hessian stops Newton’s particle with a reason, never NaN', () => {
    const race = createRace({ surface: { ...surfaces.ravine, formula: '(x + y)^2', f: (x, y) => x.add(y).square() }, entries: [{ name: 'newton', hyper: {} }], starts: Float32Array.from([1, 1]), noise: 0, seed: 1 });
    const snap = race.step(3);
    race.dispose();
    const newton = snap.optimizers[0];
    expect(newton.inner.curvature?.kind).toBe('singular');
    expect(Array.from(newton.positions)).toEqual([1, 1]);
    expect(newton.loss.every(Number.isFinite)).toBe(true);
  });

  it('the quoted noisy race (secondOrder.json) is what the widget races, and says what the prose says: without noise L-BFGS wins by orders of magnitude; with it L-BFGS settles higher than momentum, Newton far higher', async () => {
    const recorded = measurement('race.noisySecondOrder');
    const got = await noisySecondOrderRun(recorded.settings, recorded.seeds[0]);
    for (const [metric, values] of Object.entries(recorded.metrics)) expect(got[metric], metric).toBeCloseTo(values[0], 6);
    expect(Math.min(...recorded.metrics.lbfgsOverMomentum)).toBeGreaterThan(1.2);
    expect(Math.min(...recorded.metrics.newtonOverMomentum)).toBeGreaterThan(5 * Math.max(...recorded.metrics.lbfgsOverMomentum));
    const quiet = await settledLosses({ ...recorded.settings, noise: 0 }, recorded.seeds[0]);
    expect(quiet.lbfgs).toBeLessThan(1e-3 * quiet.momentum);
    // The sentence names the setting it was measured at: noise, swarm, steps and seeds, in both languages.
    const said = [`$${recorded.settings.noise}$`, `$${recorded.settings.particles}$`, `$${SETTLED_OVER}$`, `$${RACE_STEPS}$`, `$${recorded.seeds[0]}$`, `$${recorded.seeds.at(-1)}$`];
    for (const lang of ['en', 'ko']) {
      const text = readFileSync(new URL(`../../content/${lang}/optimization.mdx`, import.meta.url), 'utf8');
      const sentence = text.split('\n').find((line) => line.includes('race.noisySecondOrder'))!;
      for (const piece of said) expect(sentence, `${lang}: ${piece}`).toContain(piece);
    }
  });
});
