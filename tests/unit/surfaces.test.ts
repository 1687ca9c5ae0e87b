import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluate, parseFormula } from '../../src/lib/formula';
import { createRng } from '../../src/lib/rng';
import { evaluateGrid, type Surface, surfaces } from '../../src/engines/surfaces';
import { wellsOf } from '../../src/lib/swarmOutcome';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const entries = Object.entries(surfaces) as [string, Surface][];

/** f and its gradient at one point, read back as plain numbers. */
function at(surface: Surface, x: number, y: number): { value: number; gradient: [number, number] } {
  return tf.tidy(() => {
    const [gx, gy] = tf.grads((a: tf.Tensor, b: tf.Tensor) => surface.f(a, b))([tf.scalar(x), tf.scalar(y)]);
    return { value: surface.f(tf.scalar(x), tf.scalar(y)).dataSync()[0], gradient: [gx.dataSync()[0], gy.dataSync()[0]] };
  });
}

describe.each(entries)('surface %s', (_name, surface) => {
  it('has a formula the parser reads and that agrees with f at 50 random points (1e-4 relative)', () => {
    const parsed = parseFormula(surface.formula);
    if (!parsed.ok) throw new Error(parsed.error.message);
    const rng = createRng(7);
    const xs = Array.from({ length: 50 }, () => surface.domain.x[0] + rng.next() * (surface.domain.x[1] - surface.domain.x[0]));
    const ys = Array.from({ length: 50 }, () => surface.domain.y[0] + rng.next() * (surface.domain.y[1] - surface.domain.y[0]));
    const values = tf.tidy(() => surface.f(tf.tensor1d(xs), tf.tensor1d(ys)).dataSync());
    xs.forEach((x, i) => {
      const reference = evaluate(parsed.ast, x, ys[i]);
      expect(Math.abs(values[i] - reference)).toBeLessThan(1e-4 * Math.max(1, Math.abs(reference)));
    });
  });

  it('has lossFloor = f(minimum), a zero gradient there, and nothing lower on a 101×101 grid', () => {
    const { value, gradient } = at(surface, ...surface.minimum);
    expect(value).toBeCloseTo(surface.lossFloor, 5);
    expect(Math.hypot(...gradient)).toBeLessThan(1e-4);
    expect(evaluateGrid(surface, 101, 101).min).toBeGreaterThanOrEqual(surface.lossFloor - 1e-6);
  });

  it('lists wells where the gradient is zero; the global ones at lossFloor, local ones above it', () => {
    for (const well of wellsOf(surface)) {
      const { value, gradient } = at(surface, ...well.at);
      expect(Math.hypot(...gradient), `${well.kind} at ${well.at}`).toBeLessThan(1e-4);
      if (well.kind === 'global') expect(value).toBeCloseTo(surface.lossFloor, 5);
      else expect(value).toBeGreaterThan(surface.lossFloor + 0.1);
    }
  });

  it('starts inside its domain with a loss above the floor', () => {
    const [x, y] = surface.start;
    expect(x).toBeGreaterThanOrEqual(surface.domain.x[0]);
    expect(x).toBeLessThanOrEqual(surface.domain.x[1]);
    expect(y).toBeGreaterThanOrEqual(surface.domain.y[0]);
    expect(y).toBeLessThanOrEqual(surface.domain.y[1]);
    expect(at(surface, x, y).value).toBeGreaterThan(surface.lossFloor);
  });

  it('works elementwise on any shape', () => {
    const shape = tf.tidy(() => surface.f(tf.zeros([2, 3, 4]), tf.ones([2, 3, 4])).shape);
    expect(shape).toEqual([2, 3, 4]);
  });
});

describe('surface shapes the lecture relies on', () => {
  it('ravine: curvature 100 times larger across than along', () => {
    const across = at(surfaces.ravine, 0, 0.1).gradient[1] / 0.1;
    const along = at(surfaces.ravine, 0.1, 0).gradient[0] / 0.1;
    expect(across / along).toBeCloseTo(100, 3);
  });

  it('saddle: zero y-gradient on the ridge y = 0, value 0 at the origin, minima at (0, ±√2)', () => {
    expect(at(surfaces.saddle, -1.3, 0).gradient[1]).toBe(0);
    expect(at(surfaces.saddle, 0, 0).value).toBe(0);
    expect(at(surfaces.saddle, 0, -Math.SQRT2).value).toBeCloseTo(-1, 6);
  });

  it('localMinimum: the right well is a worse minimum than the left', () => {
    const right = at(surfaces.localMinimum, 0.9601495555191055, 0);
    expect(Math.hypot(...right.gradient)).toBeLessThan(1e-4);
    expect(right.value - surfaces.localMinimum.lossFloor).toBeCloseTo(0.3, 2);
  });
});

describe('evaluateGrid', () => {
  it('runs x fastest from the lower-left corner and reports min and max', () => {
    const grid = evaluateGrid(surfaces.ravine, 3, 2);
    // x in {-3, 0, 3}, y in {-1, 1}: 0.05x^2 + 5y^2
    expect(Array.from(grid.values)).toEqual([5.45, 5, 5.45, 5.45, 5, 5.45].map(Math.fround));
    expect(grid.min).toBeCloseTo(5, 6);
    expect(grid.max).toBeCloseTo(5.45, 6);
  });

  it('leaves no tensors behind and rejects a grid smaller than 2×2 by name', () => {
    const before = tf.memory().numTensors;
    evaluateGrid(surfaces.rosenbrock, 64, 64);
    expect(tf.memory().numTensors).toBe(before);
    expect(() => evaluateGrid(surfaces.saddle, 1, 10)).toThrowError(/grid size/);
  });
});
