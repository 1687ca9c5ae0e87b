/**
 * Newton, BFGS and L-BFGS (src/lib/secondOrder.ts) against hand-computed values on quadratics
 * f(x) = ½xᵀAx − bᵀx, where g = Ax − b, H = A and the minimum is A⁻¹b.
 */
import { describe, expect, it } from 'vitest';
import { createMemory, curvatureOf, direction, firstSufficientDecrease, inverseEstimate, remember, solve, type Matrix, type Vector } from '../../src/lib/secondOrder';

const times = (a: Matrix, v: Vector) => a.map((row) => row.reduce((s, x, j) => s + x * v[j], 0));
const dot = (a: Vector, b: Vector) => a.reduce((s, x, i) => s + x * b[i], 0);
const gradient = (a: Matrix, b: Vector, x: Vector) => times(a, x).map((v, i) => v - b[i]);

// SPD, with minimum x* = (1, −2, 0.5, 3): b = A x*.
const A4: Matrix = [
  [4, 1, 0, 0.5],
  [1, 3, 0.5, 0],
  [0, 0.5, 2, 0.25],
  [0.5, 0, 0.25, 1],
];
const X4 = [1, -2, 0.5, 3];
const B4 = times(A4, X4);

/** Runs a quasi-Newton rule with the exact line search t = −gᵀd / dᵀAd; returns the points and directions. */
function quasiNewton(rule: 'bfgs' | 'lbfgs', capacity: number, steps: number, fraction = 1) {
  const memory = createMemory(rule, 4, 0, capacity);
  let x = [0, 0, 0, 0];
  const points = [x];
  const directions: Vector[] = [];
  for (let k = 0; k < steps; k++) {
    const g = gradient(A4, B4, x);
    const d = direction(memory, g)!;
    directions.push(d);
    const t = (fraction * -dot(g, d)) / dot(d, times(A4, d));
    const s = d.map((v) => t * v);
    remember(memory, s, g);
    x = x.map((v, i) => v + s[i]);
    points.push(x);
  }
  return { points, directions, memory };
}

describe('Newton’s method', () => {
  it('reaches the minimum of a positive-definite quadratic in one step: A = [[3,1],[1,2]], b = (1,1) → (1/5, 2/5)', () => {
    const a = [[3, 1], [1, 2]];
    const x0 = [-2.5, 0.6];
    const g = gradient(a, [1, 1], x0);
    const d = direction(createMemory('newton', 2), g, a)!;
    const x1 = x0.map((v, i) => v + d[i]);
    expect(x1[0]).toBeCloseTo(0.2, 12);
    expect(x1[1]).toBeCloseTo(0.4, 12);
  });

  it('reaches the 4-D minimum in one step from anywhere', () => {
    for (const x0 of [[0, 0, 0, 0], [10, -3, 7, -100]]) {
      const d = direction(createMemory('newton', 4), gradient(A4, B4, x0), A4)!;
      x0.forEach((v, i) => expect(v + d[i]).toBeCloseTo(X4[i], 9));
    }
  });

  it('undamped, is drawn to the saddle of x² − y² + y⁴/4; damping λ = 3 turns it away', () => {
    const [x, y] = [-1.5, 0.001];
    const g = [2 * x, -2 * y + y ** 3];
    const h = [[2, 0], [0, -2 + 3 * y * y]];
    expect(curvatureOf(h)).toBe('indefinite');
    const d = direction(createMemory('newton', 2), g, h)!;
    // By hand: x − 2x/2 = 0 and y − (−2y + y³)/(−2 + 3y²) = y(2y²)/(3y² − 2) ≈ −1e-9.
    expect(x + d[0]).toBeCloseTo(0, 12);
    expect(y + d[1]).toBeCloseTo((y * 2 * y * y) / (3 * y * y - 2), 15);
    expect(Math.abs(y + d[1])).toBeLessThan(1e-8);
    const damped = direction(createMemory('newton', 2, 3), g, h)!;
    // (−2 + 3y² + 3) d_y = 2y − y³: d_y ≈ 2y, so y grows threefold: away from the saddle.
    expect((y + damped[1]) / y).toBeCloseTo(3, 4);
  });

  it('reports a singular Hessian as no step (null), never NaN', () => {
    expect(direction(createMemory('newton', 2), [1, 1], [[1, 1], [1, 1]])).toBeNull();
    expect(direction(createMemory('newton', 2), [1, 1], [[0, 0], [0, 0]])).toBeNull();
    expect(curvatureOf([[1, 1], [1, 1]])).toBe('singular');
    expect(curvatureOf([[-1, 0], [0, -2]])).toBe('negative');
    expect(solve([[2, 0], [0, 4]], [2, 2])).toEqual([1, 0.5]);
  });
});

describe('BFGS and L-BFGS', () => {
  it('BFGS with exact line search minimises a 4-D quadratic in at most 4 steps, and its estimate is then A⁻¹', () => {
    const { points, memory } = quasiNewton('bfgs', 0, 4);
    points[4].forEach((v, i) => expect(v).toBeCloseTo(X4[i], 9));
    // One more gradient folds the fourth pair: H4 = A⁻¹, so H4 A = I (a property of BFGS on quadratics).
    direction(memory, gradient(A4, B4, points[4]));
    const h = inverseEstimate(memory, 4);
    const product = h.map((row) => A4[0].map((_, j) => row.reduce((s, v, k) => s + v * A4[k][j], 0)));
    product.forEach((row, i) => row.forEach((v, j) => expect(v).toBeCloseTo(i === j ? 1 : 0, 8)));
  });

  it('BFGS has not reached the minimum after 3 steps (the bound is tight here)', () => {
    const { points } = quasiNewton('bfgs', 0, 3);
    expect(Math.hypot(...points[3].map((v, i) => v - X4[i]))).toBeGreaterThan(1e-3);
  });

  // With exact line searches on a quadratic even m = 1 reproduces BFGS (both equal conjugate
  // gradients), so the steps here are 0.6 of exact, where forgetting shows.
  it('L-BFGS gives BFGS’s directions while its memory holds every pair, and differs once it forgets', () => {
    const bfgs = quasiNewton('bfgs', 0, 4, 0.6);
    const full = quasiNewton('lbfgs', 4, 4, 0.6);
    const short = quasiNewton('lbfgs', 1, 4, 0.6);
    bfgs.directions.forEach((d, k) => d.forEach((v, i) => expect(full.directions[k][i]).toBeCloseTo(v, 10)));
    const gap = Math.max(...bfgs.directions[3].map((v, i) => Math.abs(v - short.directions[3][i])));
    expect(gap).toBeGreaterThan(1e-3);
  });

  it('the line search takes the first trial length with sufficient decrease', () => {
    expect(firstSufficientDecrease(1, -2, [1, 0.5, 0.25], [1.5, 0.2, 0.1])).toBe(1);
    expect(firstSufficientDecrease(1, -2, [1, 0.5], [NaN, 2])).toBe(-1);
  });
});
