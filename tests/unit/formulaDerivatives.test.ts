/**
 * The exact gradient and Hessian of a formula (src/lib/formulaDerivatives.ts): hand-computed on
 * the race's surfaces, equal to central differences of the formula itself on every function the
 * grammar offers and on random formulas, and honest where there is no Hessian.
 */
import { describe, expect, it } from 'vitest';
import { surfaces } from '../../src/engines/surfaces';
import { type Ast, evaluate, parseFormula } from '../../src/lib/formula';
import { compileJet, derivativesAt } from '../../src/lib/formulaDerivatives';
import { createRng, type Rng } from '../../src/lib/rng';

const parse = (source: string): Ast => {
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
};
const at = (source: string, x: number, y: number) => derivativesAt(compileJet(parse(source)), x, y);
const smooth = (source: string, x: number, y: number) => {
  const d = at(source, x, y);
  if (d.kind !== 'smooth') throw new Error(`${source} at (${x}, ${y}): ${d.kind}`);
  return d;
};

/** Gradient and Hessian [xx, xy, yy] of `f` by central differences of f alone, in doubles. */
function differences(f: (x: number, y: number) => number, x: number, y: number, h = 1e-4) {
  const gx = (f(x + h, y) - f(x - h, y)) / (2 * h);
  const gy = (f(x, y + h) - f(x, y - h)) / (2 * h);
  const xx = (f(x + h, y) - 2 * f(x, y) + f(x - h, y)) / (h * h);
  const yy = (f(x, y + h) - 2 * f(x, y) + f(x, y - h)) / (h * h);
  const xy = (f(x + h, y + h) - f(x + h, y - h) - f(x - h, y + h) + f(x - h, y - h)) / (4 * h * h);
  return { gradient: [gx, gy], hessian: [xx, xy, yy] };
}

/** Expects `got` within `tolerance` of `want`, relative to the larger of 1 and |want|. */
const expectNear = (got: number[], want: number[], tolerance: number, what: string) => {
  got.forEach((g, i) => expect(Math.abs(g - want[i]) / Math.max(1, Math.abs(want[i])), `${what} [${i}]: ${g} vs ${want[i]}`).toBeLessThan(tolerance));
};

describe('exact Hessian by forward-mode differentiation of the formula', () => {
  it('matches the hand-computed Hessians of the ravine, the saddle, the two wells and Rosenbrock, at any point', () => {
    const rng = createRng(7);
    for (let k = 0; k < 20; k++) {
      const [x, y] = [4 * rng.next() - 2, 4 * rng.next() - 2];
      expect(smooth(surfaces.ravine.formula, x, y).hessian).toEqual([0.1, 0, 10]);
      expectNear(smooth(surfaces.saddle.formula, x, y).hessian, [2, 0, -2 + 3 * y * y], 1e-12, 'saddle');
      expectNear(smooth(surfaces.localMinimum.formula, x, y).hessian, [6 * x * x - 2, 0, 1], 1e-12, 'wells');
      expectNear(smooth(surfaces.rosenbrock.formula, x, y).hessian, [0.1 - 2 * y + 6 * x * x, -2 * x, 1], 1e-12, 'rosenbrock');
      expectNear(smooth(surfaces.rosenbrock.formula, x, y).gradient, [-0.1 * (1 - x) - 2 * x * (y - x * x), y - x * x], 1e-12, 'rosenbrock ∇');
    }
  });

  it('equals central differences on every function and operator, including those tfjs cannot differentiate twice', () => {
    const formulas = [
      'exp(x*y) / (1 + tanh(y)^2)', 'sin(x)*cos(2*y) + tan(0.3*x)', 'log(1 + x^2 + y^2) - sqrt(2 + x*y)',
      'abs(x - 3) * y^3 + max(x, y + 5) - min(x, y - 5)', '(1 + x^2)^(y/3)', '-x^-2 + 2^x', 'x/y + e^(pi*x/10)',
      surfaces.saddle.formula, 'x^2 + 2*y^2 + 0.5*sin(3*x)*sin(3*y)',
    ];
    const rng = createRng(3);
    for (const source of formulas) {
      const ast = parse(source);
      const f = (x: number, y: number) => evaluate(ast, x, y);
      for (let k = 0; k < 10; k++) {
        const [x, y] = [0.4 + 1.2 * rng.next(), 0.4 + 1.2 * rng.next()];
        const exact = smooth(source, x, y);
        expect(exact.f, source).toBe(f(x, y));
        const numeric = differences(f, x, y);
        expectNear(exact.gradient, numeric.gradient, 1e-6, `${source} ∇ at (${x}, ${y})`);
        expectNear(exact.hessian, numeric.hessian, 1e-4, `${source} H at (${x}, ${y})`);
      }
    }
  });

  it('equals central differences on random smooth formulas (seeded)', () => {
    const rng = createRng(11);
    const leaf = (r: Rng): string => ['x', 'y', (1 + Math.floor(3 * r.next())).toString(), '0.5'][Math.floor(4 * r.next())];
    const grow = (r: Rng, depth: number): string => {
      if (depth === 0) return leaf(r);
      const pickOne = Math.floor(8 * r.next());
      const [a, b] = [grow(r, depth - 1), grow(r, depth - 1)];
      return [`(${a} + ${b})`, `(${a} - ${b})`, `(${a} * ${b})`, `(${a}) / (2 + (${b})^2)`, `sin(${a})`, `exp(0.3*(${a}))`, `tanh(${a})`, `(${a})^3`][pickOne];
    };
    let checked = 0;
    for (let k = 0; k < 60; k++) {
      const source = grow(rng, 3);
      const ast = parse(source);
      const f = (x: number, y: number) => evaluate(ast, x, y);
      const [x, y] = [2 * rng.next() - 1, 2 * rng.next() - 1];
      const exact = smooth(source, x, y);
      const numeric = differences(f, x, y);
      if (![...numeric.gradient, ...numeric.hessian].every(Number.isFinite)) continue;
      expectNear(exact.gradient, numeric.gradient, 1e-5, `${source} ∇`);
      expectNear(exact.hessian, numeric.hessian, 1e-3, `${source} H`);
      checked++;
    }
    expect(checked).toBeGreaterThan(50);
  });

  it('says where there is no Hessian instead of inventing one: kinks, the edge of sqrt, poles and outside the domain', () => {
    expect(at('abs(x) + y^2', 0, 1).kind).toBe('notTwiceDifferentiable');
    expect(at('max(x, y)', 1, 1).kind).toBe('notTwiceDifferentiable');
    expect(at('min(x^2, 2*y)', 2, 2).kind).toBe('notTwiceDifferentiable');
    expect(at('sqrt(x^2 + y^2)', 0, 0).kind).toBe('notTwiceDifferentiable');
    expect(at('1/x', 0, 1).kind).toBe('undefined');
    expect(at('log(x)', -1, 0).kind).toBe('undefined');
    // Away from the kink, or where both sides agree, the derivatives are exact.
    expect(smooth('abs(x) + y^2', -0.5, 1)).toMatchObject({ gradient: [-1, 2], hessian: [0, 0, 2] });
    expect(smooth('max(x, x)', 1, 1).gradient).toEqual([1, 0]);
    expect(smooth('x^2', 0, 0).hessian).toEqual([2, 0, 0]);
    expect(smooth('x^1 * y', 0, 0).hessian).toEqual([0, 1, 0]);
  });
});
