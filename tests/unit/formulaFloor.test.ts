/**
 * f_min of a typed formula, and the gap the race reports against it. The built-in custom formula
 * x^2 + 2y^2 + 0.5 sin(3x) sin(3y) used to get its floor from a 201 × 201 grid, which every
 * racer beat by 2.1e-4, so the legend read negative gaps and the log-scale curves fell off.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { surfaceFromFormula } from '../../src/engines/formulaSurface';
import { optimizerNames } from '../../src/engines/optimizers';
import { createRace } from '../../src/engines/race';
import { surfaces } from '../../src/engines/surfaces';
import { evaluate, parseFormula } from '../../src/lib/formula';
import { polishMinimum } from '../../src/lib/polishMinimum';
import { raceParams } from '../../src/lib/widgets/race';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const builtIn = String(raceParams.find((p) => p.name === 'formula')!.default);
const allSix = optimizerNames.map((name) => ({ name, hyper: {} }));

describe('polishMinimum', () => {
  it('finds the minimum of a smooth and of a non-smooth function to 1e-9 from a point a grid step away', () => {
    const box = { x: [-2, 2] as const, y: [-2, 2] as const };
    const smooth = polishMinimum((x, y) => (x - 0.123456789) ** 2 + 3 * (y + 0.5) ** 2, [0.14, -0.48], box, 0.02);
    expect(smooth.at[0]).toBeCloseTo(0.123456789, 9);
    expect(smooth.at[1]).toBeCloseTo(-0.5, 9);
    const kink = polishMinimum((x, y) => Math.abs(x - 0.3) + Math.abs(y), [0.32, 0.02], box, 0.02);
    expect(kink.value).toBeLessThan(1e-9);
  });

  it('stays in the box and never steps into a hole', () => {
    const box = { x: [0, 1] as const, y: [0, 1] as const };
    const edge = polishMinimum((x, y) => x + y, [0.5, 0.5], box, 0.1);
    expect(edge.at).toEqual([0, 0]);
    const holed = polishMinimum((x, y) => (x < 0.4 ? NaN : x + y), [0.5, 0.5], box, 0.1);
    expect(holed.at[0]).toBeGreaterThanOrEqual(0.4);
    expect(Number.isFinite(holed.value)).toBe(true);
  });
});

describe('the floor of a typed formula', () => {
  it('is no higher than any point of a 1001 × 1001 grid for the built-in formula', () => {
    const made = surfaceFromFormula(builtIn);
    if (!made.ok) throw new Error(JSON.stringify(made.error ?? made.problem));
    const parsed = parseFormula(builtIn);
    if (!parsed.ok) throw new Error(parsed.error.message);
    let lowest = Infinity;
    for (let j = 0; j <= 1000; j++) for (let i = 0; i <= 1000; i++) lowest = Math.min(lowest, evaluate(parsed.ast, -2 + (4 * i) / 1000, -2 + (4 * j) / 1000));
    console.log(`built-in formula: floor ${made.surface.lossFloor} at (${made.surface.minimum}); 1001² grid minimum ${lowest}`);
    expect(made.surface.lossFloor).toBeLessThanOrEqual(lowest);
    const [x, y] = made.surface.minimum;
    expect(evaluate(parsed.ast, x, y) - made.surface.lossFloor).toBeLessThan(1e-5); // the star is at the floor, to its 3 decimals
  });

  it('is not beaten by any racer at its default settings: f − f_min stays within float32 rounding of 0', () => {
    const made = surfaceFromFormula(builtIn);
    if (!made.ok) throw new Error(JSON.stringify(made.error ?? made.problem));
    const parsed = parseFormula(builtIn);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const race = createRace({ surface: made.surface, entries: allSix, starts: Float32Array.from(made.surface.start), noise: 0, seed: 1 });
    const snap = race.step(400);
    race.dispose();
    const exactGaps = snap.optimizers.map((o) => evaluate(parsed.ast, o.positions[0], o.positions[1]) - made.surface.lossFloor);
    console.log(`built-in formula after 400 steps, f − f_min in doubles: ${exactGaps.map((g) => g.toExponential(1)).join(', ')}`);
    for (const gap of exactGaps) expect(gap).toBeGreaterThan(-1e-7);
  });
});

describe('the race reports gaps against min(lossFloor, lowest mean reached)', () => {
  it('never reports a negative gap, and the best racer reads 0 at its best, when the floor is set too high', () => {
    const tooHigh = { ...surfaces.ravine, lossFloor: 0.01 };
    const race = createRace({ surface: tooHigh, entries: allSix, starts: Float32Array.from(tooHigh.start), noise: 0, seed: 1 });
    const snap = race.step(300);
    race.dispose();
    const all = snap.optimizers.flatMap((o) => o.loss);
    expect(Math.min(...all)).toBe(0);
    // Shifted, not clipped: the racers reach f ≈ 0, so the start reads f(start) − 0 again, not f(start) − 0.01.
    expect(snap.optimizers[0].loss[0]).toBeCloseTo(0.05 * 2.5 ** 2 + 5 * 0.6 ** 2, 4);
  });

  it('leaves the gaps of a correct floor untouched', () => {
    const race = createRace({ surface: surfaces.ravine, entries: allSix, starts: Float32Array.from(surfaces.ravine.start), noise: 0, seed: 1 });
    const snap = race.step(5);
    race.dispose();
    expect(snap.optimizers[0].loss[0]).toBeCloseTo(0.05 * 2.5 ** 2 + 5 * 0.6 ** 2, 5);
  });
});
