/**
 * Each claim the optimization chapter makes, shown by the race engine with its numbers in the
 * assertion. The numbers are printed (console.log) so the project note can quote them.
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Hyper, OptimizerName } from '../../src/engines/optimizers';
import { createRace, type OptimizerSnapshot } from '../../src/engines/race';
import { type Surface, surfaces } from '../../src/engines/surfaces';
import { optimizerTable } from '../../src/lib/optimizerTable';
import { evaluate, parseFormula } from '../../src/lib/formula';
import { createRng } from '../../src/lib/rng';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

interface Run {
  name: OptimizerName;
  hyper?: Partial<Hyper>;
}

/**
 * Runs `runs` side by side and returns, per entry, its snapshot after each batch of `batches`
 * (e.g. [...fifty ones, 250] gives steps 1..50 one by one, then step 300).
 */
function race(surface: Surface, runs: Run[], batches: number[], start: [number, number], noise = 0, seed = 1): OptimizerSnapshot[][] {
  const r = createRace({
    surface,
    entries: runs.map(({ name, hyper }) => ({ name, hyper: hyper ?? {} })),
    starts: Float32Array.from(start),
    noise,
    seed,
  });
  const trail = runs.map((): OptimizerSnapshot[] => []);
  for (const k of batches) r.step(k).optimizers.forEach((o, i) => trail[i].push(o));
  r.dispose();
  return trail;
}

const ones = (n: number) => new Array<number>(n).fill(1);
const last = <T>(list: T[]) => list[list.length - 1];
const firstBelow = (loss: number[], level: number) => loss.findIndex((l) => l < level);
/** How often the steep coordinate y changes sign (strictly: + to − or − to +) along a trail from startY. */
const signChangesOfY = (trail: OptimizerSnapshot[], startY: number) =>
  trail.filter((o, s) => o.positions[1] * (s === 0 ? startY : trail[s - 1].positions[1]) < 0).length;

/** The first display formula after `heading` in a chapter, as text the formula parser reads (x₁ → x, x₂ → y). */
function proseFormula(lang: 'en' | 'ko', heading: string): string {
  const text = readFileSync(new URL(`../../content/${lang}/optimization.mdx`, import.meta.url), 'utf8');
  const section = text.slice(text.indexOf(heading));
  const display = /\$\$\s*f\([^)]*\)\s*=\s*([^\n]*?)(?:,\s*\\qquad[^\n]*)?\s*\$\$/.exec(section);
  if (!display) throw new Error(`no display formula after "${heading}" in content/${lang}/optimization.mdx`);
  return display[1].replace(/\\,/g, '').replace(/x_1/g, 'x').replace(/x_2/g, 'y').replace(/(\d)\s+([xy])/g, '$1*$2');
}

describe('the ravine of the text is the ravine of the widget', () => {
  it.each([
    ['en', '### Ill-conditioning and the zig-zag'],
    ['ko', '### 나쁜 조건수와 지그재그'],
  ] as const)('%s: the worked example equals surfaces.ravine at 50 random points', (lang, heading) => {
    const source = proseFormula(lang, heading);
    const parsed = parseFormula(source);
    if (!parsed.ok) throw new Error(`${source}: ${parsed.error.message}`);
    const rng = createRng(3);
    for (let i = 0; i < 50; i++) {
      const [x, y] = [-3 + 6 * rng.next(), -1 + 2 * rng.next()];
      const widget = tf.tidy(() => surfaces.ravine.f(tf.scalar(x), tf.scalar(y)).dataSync()[0]);
      expect(Math.abs(evaluate(parsed.ast, x, y) - widget)).toBeLessThan(1e-5);
    }
  });
});

describe('claims of the optimization chapter', () => {
  it('at its default learning rate (above 0.1, below 0.2) SGD flips the steep coordinate every step while x creeps', () => {
    const surface = surfaces.ravine;
    const lr = optimizerTable.sgd.learningRate.surface; // the race widget's default SGD rate
    expect(lr).toBeGreaterThan(0.1);
    expect(lr).toBeLessThan(0.2);
    const [sgd] = race(surface, [{ name: 'sgd' }], ones(50), surface.start);
    const flips = signChangesOfY(sgd, surface.start[1]);
    const shallowLeft = sgd[49].positions[0] / surface.start[0];
    console.log(`ravine, SGD at its default lr ${lr}: y changes sign on ${flips} of 50 steps; x keeps ${(100 * shallowLeft).toFixed(0)}% of its start`);
    expect(flips).toBe(50);
    expect(shallowLeft).toBeGreaterThan(0.4); // (1 − 0.1·0.17)^50 = 0.42
  });

  it('at lr 0.18 the steep coordinate is multiplied by −0.8 each step and x keeps about 16% after 100 steps', () => {
    const surface = surfaces.ravine;
    const [sgd] = race(surface, [{ name: 'sgd', hyper: { learningRate: 0.18 } }], ones(100), surface.start);
    const ratios = sgd.slice(1, 10).map((o, s) => o.positions[1] / sgd[s].positions[1]);
    const shallowLeft = sgd[99].positions[0] / surface.start[0];
    console.log(`ravine, SGD lr 0.18: y ratios ${ratios.map((r) => r.toFixed(4)).join(' ')}; x keeps ${(100 * shallowLeft).toFixed(1)}% after 100 steps`);
    for (const r of ratios) expect(r).toBeCloseTo(-0.8, 4);
    expect(shallowLeft).toBeCloseTo(0.982 ** 100, 3);
    expect(Math.round(100 * shallowLeft)).toBe(16);
  });

  it('below lr 0.1 the flipping stops and x moves slower; above 0.2 each flip overshoots further until SGD diverges', () => {
    const surface = surfaces.ravine;
    const [slow, usual] = race(surface, [{ name: 'sgd', hyper: { learningRate: 0.09 } }, { name: 'sgd' }], ones(100), surface.start);
    const [unstable] = race(surface, [{ name: 'sgd', hyper: { learningRate: 0.21 } }], [...ones(20), 480], surface.start);
    const growing = unstable.slice(1, 20).every((o, s) => Math.abs(o.positions[1]) > Math.abs(unstable[s].positions[1]));
    console.log(
      `ravine: SGD lr 0.09 flips y ${signChangesOfY(slow, surface.start[1])} times in 100 steps, x at ${slow[99].positions[0].toFixed(3)} ` +
        `(default lr: ${usual[99].positions[0].toFixed(3)}); lr 0.21 flips every step with |y| growing: ${growing}, diverged at step ${last(unstable).diverged?.step}`,
    );
    expect(signChangesOfY(slow, surface.start[1])).toBe(0);
    expect(Math.abs(slow[99].positions[0])).toBeGreaterThan(Math.abs(usual[99].positions[0]));
    expect(signChangesOfY(unstable.slice(0, 20), surface.start[1])).toBe(20);
    expect(growing).toBe(true);
    expect(last(unstable).diverged).not.toBeNull();
  });

  it('SGD zig-zags across the ravine while its loss falls slowly; momentum and Adam get there first', () => {
    const surface = surfaces.ravine;
    const [sgd, momentum, adam] = race(surface, [{ name: 'sgd' }, { name: 'momentum' }, { name: 'adam' }], [...ones(50), 250], surface.start);
    const signChanges = signChangesOfY(sgd.slice(0, 50), surface.start[1]);
    const loss = last(sgd).loss;
    const steps = { sgd: firstBelow(loss, 1e-3), momentum: firstBelow(last(momentum).loss, 1e-3), adam: firstBelow(last(adam).loss, 1e-3) };
    console.log(
      `ravine: SGD's y changes sign ${signChanges} times in its first 50 steps; its loss goes ` +
        `${loss[0].toFixed(3)} -> ${loss[50].toFixed(3)} after 50 steps; loss < 1e-3 first at step ` +
        `SGD ${steps.sgd}, momentum ${steps.momentum}, Adam ${steps.adam}`,
    );
    expect(signChanges).toBeGreaterThanOrEqual(45);
    expect(loss[50]).toBeGreaterThan(0.02); // still above 1% of the start after 50 steps
    expect(steps.sgd).toBeGreaterThan(150);
    expect(steps.momentum).toBeGreaterThan(0);
    expect(steps.adam).toBeGreaterThan(0);
    expect(steps.momentum).toBeLessThan(steps.sgd / 2);
    expect(steps.adam).toBeLessThan(steps.sgd / 2);
  });

  it('SGD started on the saddle ridge without noise stays stuck; noise or momentum frees it', () => {
    const surface = surfaces.saddle; // f = 0 at the saddle, lossFloor = -1, so loss 1 = "at the saddle"
    const [stuck] = race(surface, [{ name: 'sgd' }], [500], [-1.5, 0]);
    const [noisy] = race(surface, [{ name: 'sgd' }], [500], [-1.5, 0], 0.1, 7);
    const [momentum, sgdOff] = race(surface, [{ name: 'momentum' }, { name: 'sgd', hyper: { learningRate: 0.05 } }], [500], [-1.5, 1e-3]);
    const end = last;
    const escape = (trail: OptimizerSnapshot[]) => firstBelow(end(trail).loss, 0.5);
    console.log(
      `saddle: on the ridge, SGD after 500 steps is at (${end(stuck).positions[0].toExponential(1)}, ${end(stuck).positions[1]}) ` +
        `with loss ${end(stuck).loss[500].toFixed(4)}; with noise 0.1 (seed 7) its loss is ${end(noisy).loss[500].toExponential(2)} ` +
        `(below 0.5 from step ${escape(noisy)}); from y = 1e-3, momentum (lr 0.05) leaves at step ${escape(momentum)}, ` +
        `SGD with the same lr at step ${escape(sgdOff)}`,
    );
    expect(end(stuck).positions[1]).toBe(0);
    expect(Math.abs(end(stuck).positions[0])).toBeLessThan(1e-6);
    expect(end(stuck).loss[500]).toBeCloseTo(1, 6);
    expect(end(noisy).loss[500]).toBeLessThan(0.05);
    expect(end(momentum).loss[500]).toBeLessThan(0.05);
    expect(escape(momentum)).toBeLessThan(escape(sgdOff));
  });

  it("at the race's default rates, with a constant gradient AdaGrad's step falls like α/√t while RMSProp's settles at α", () => {
    // The chapter's claim is about a constant gradient g: AdaGrad's cache is t·g², so its step is
    // α/√t; RMSProp's cache settles at g², so its step settles at α. A tilted plane has exactly
    // that gradient, (1, 2) everywhere, so the claim is tested as stated, at the widget's rates.
    const plane: Surface = { ...surfaces.ravine, formula: 'x + 2*y', f: (x, y) => x.add(y.mul(2)), start: [0, 0], minimum: [0, 0], lossFloor: 0 };
    // The race widget's defaults are the table's surface rates (optimizerTable.test.ts checks it).
    const rates = { adagrad: optimizerTable.adagrad.learningRate.surface, rmsprop: optimizerTable.rmsprop.learningRate.surface };
    const [adagrad, rmsprop] = race(plane, [{ name: 'adagrad', hyper: { learningRate: rates.adagrad } }, { name: 'rmsprop', hyper: { learningRate: rates.rmsprop } }], ones(300), plane.start);
    /** Distance moved along each coordinate on step t (1-based). */
    const stepAt = (trail: OptimizerSnapshot[], t: number) => {
      const before = t === 1 ? plane.start : trail[t - 2].positions;
      return [0, 1].map((c) => Math.abs(trail[t - 1].positions[c] - before[c]));
    };
    const checkpoints = [1, 4, 25, 100, 300];
    console.log(
      `constant gradient (plane x + 2y), AdaGrad lr ${rates.adagrad} vs RMSProp lr ${rates.rmsprop} (decay 0.99): step length at t = ${checkpoints.join(', ')}: ` +
        `AdaGrad ${checkpoints.map((t) => stepAt(adagrad, t)[0].toFixed(5)).join(', ')} (α/√t: ${checkpoints.map((t) => (rates.adagrad / Math.sqrt(t)).toFixed(5)).join(', ')}); ` +
        `RMSProp ${checkpoints.map((t) => stepAt(rmsprop, t)[0].toFixed(5)).join(', ')}`,
    );
    for (const t of checkpoints) {
      for (const d of stepAt(adagrad, t)) expect(d / (rates.adagrad / Math.sqrt(t))).toBeCloseTo(1, 4);
      // RMSProp's step is α/√(1 − 0.99^t): never below α, and within 3 % of it once the cache has filled.
      for (const d of stepAt(rmsprop, t)) expect(d).toBeGreaterThanOrEqual(rates.rmsprop * (1 - 1e-5));
    }
    for (const d of stepAt(rmsprop, 300)) expect(d / rates.rmsprop).toBeLessThan(1.03);
    // After 300 steps AdaGrad moves 1/√300 ≈ 6 % of its first step: less than RMSProp (0.029 vs 0.051) despite a 10× larger rate.
    expect(stepAt(adagrad, 300)[0]).toBeLessThan(stepAt(rmsprop, 300)[0]);
  });

  it("Adam's first step is lr per coordinate with bias correction and 3.1623 times that without", () => {
    const surface = surfaces.ravine;
    const start = surface.start;
    const [[corrected], [raw]] = race(surface, [{ name: 'adam' }], [1], start).concat(
      race(surface, [{ name: 'adam', hyper: { biasCorrection: false } }], [1], start),
    );
    const lr = corrected.hyper.learningRate;
    const stepOf = (o: OptimizerSnapshot) => [Math.abs(o.positions[0] - start[0]), Math.abs(o.positions[1] - start[1])];
    const ratio = stepOf(raw).map((d, i) => d / stepOf(corrected)[i]);
    console.log(
      `adam first step (lr ${lr}): with bias correction (${stepOf(corrected).map((d) => d.toFixed(6)).join(', ')}), ` +
        `without (${stepOf(raw).map((d) => d.toFixed(6)).join(', ')}), ratio ${ratio.map((q) => q.toFixed(5)).join(', ')} ` +
        `vs (1 - 0.9)/sqrt(1 - 0.999) = ${(0.1 / Math.sqrt(0.001)).toFixed(5)}`,
    );
    for (const d of stepOf(corrected)) expect(d).toBeCloseTo(lr, 5);
    for (const q of ratio) expect(Math.abs(q - 3.1623)).toBeLessThan(1e-3);
  });
});
