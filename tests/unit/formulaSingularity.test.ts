/**
 * Formulas that parse but are no loss surface on the window: poles between grid points, holes,
 * overflow. Each must be rejected with its kind and a point near it; removable singularities and
 * smooth formulas must still be accepted.
 */
import * as tf from '@tensorflow/tfjs';
import { beforeAll, describe, expect, it } from 'vitest';
import { surfaceFromFormula } from '../../src/engines/formulaSurface';
import { type Ast, evaluate, formatAst, parseFormula } from '../../src/lib/formula';
import { compileNumeric } from '../../src/lib/formulaNumeric';
import { findSingularity, formulaGuards } from '../../src/lib/formulaSingularity';
import { createRng } from '../../src/lib/rng';
import { raceWords } from '../../src/lib/widgets/raceWords';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

const window2 = { x: [-2, 2] as [number, number], y: [-2, 2] as [number, number] };
const ast = (source: string): Ast => {
  const parsed = parseFormula(source);
  if (!parsed.ok) throw new Error(parsed.error.message);
  return parsed.ast;
};

describe('findSingularity', () => {
  it.each([
    // [formula, kind, x of the point it names (or null when any x will do), y likewise]
    ['1/x + y^2', 'unbounded', 0, null],
    ['1/(x - 0.0123)', 'unbounded', 0.0123, null], // between the grid's columns at 0 and 0.04
    ['1e-6/x + x^2', 'unbounded', 0, null], // a pole too weak to show on any grid
    ['1e-12/(x - 0.013) + x^2', 'unbounded', 0.013, null],
    ['log(x^2)', 'unbounded', 0, null],
    ['log((x - 0.3)^2)', 'unbounded', 0.3, null], // touches 0 without changing sign
    ['tan(x)', 'unbounded', -Math.PI / 2, null],
    ['x^-2', 'unbounded', 0, null],
    ['exp(1/x)', 'unbounded', 0, null],
    ['1/(x^2 + y^2)', 'unbounded', 0, 0],
    ['abs(x) + 1/abs(x - 0.3)', 'unbounded', 0.3, null],
    ['y^2 + 1/(y - 0.777)^2', 'unbounded', null, 0.777],
    ['sqrt(x^2 - 1e-6)', 'undefined', 0, null], // negative only for |x| < 0.001, between grid points
    ['x^0.5', 'undefined', null, null],
  ])('rejects %s as %s', (source, kind, x, y) => {
    const problem = findSingularity(ast(source), window2);
    expect(problem?.kind).toBe(kind);
    if (x !== null) expect(problem!.at[0]).toBeCloseTo(x, 6);
    if (y !== null) expect(problem!.at[1]).toBeCloseTo(y, 6);
  });

  it.each([
    'x^2 + 2*y^2 + 0.5*sin(3*x)*sin(3*y)',
    '0.05*x^2 + 5*y^2',
    'x^2 - y^2 + 0.25*y^4',
    'sin(x)/x', // 0/0 on the grid column x = 0, bounded around it
    'x/x',
    '(x^2 - 1)/(x - 1)',
    'x*y/(x^2 + y^2)', // bounded, though not continuous at the origin
    'sqrt(x^2 + y^2)',
    '(x^2)^0.5',
    '1/(x^2 + 1)',
    'log(x^2 + 1)',
    'sin(1/x)', // bounded however fast it oscillates
  ])('accepts %s', (source) => {
    expect(findSingularity(ast(source), window2)).toBeNull();
  });

  it('guards denominators, log and sqrt arguments, tan, and bases of negative or fractional powers, not x^2, each once', () => {
    const guards = formulaGuards(ast('1/(x - 1) + log(y) + sqrt(x + 1) + tan(y) + x^-1 + (y + 2)^0.5 + x^2 + 2^x + 3/(x - 1)')).map(formatAst);
    expect(guards.sort()).toEqual(['cos(y)', 'x', 'x + 1', 'x - 1', 'y', 'y + 2']);
  });
});

describe('compileNumeric', () => {
  it('gives exactly the numbers of evaluate, NaN included, at 200 random points', () => {
    const sources = ['x^2 + 2*y^2 + 0.5*sin(3*x)*sin(3*y)', '1/x + log(y) - sqrt(x*y)', '-x^-2 + min(x, y)*max(2, y) + tan(x)/tanh(y)', 'abs(x)^y + exp(-y) + pi*e + cos(x)', '3'];
    const rng = createRng(11);
    for (const source of sources) {
      const tree = ast(source);
      const compiled = compileNumeric(tree);
      for (let i = 0; i < 200; i++) {
        const [x, y] = [-3 + 6 * rng.next(), -3 + 6 * rng.next()];
        expect(Object.is(compiled(x, y), evaluate(tree, x, y)) || compiled(x, y) === evaluate(tree, x, y)).toBe(true);
      }
    }
  });
});

describe('surfaceFromFormula rejects what the race cannot use', () => {
  it('1/x + y^2: a pole at x = 0 between the grid points of the check, named in both languages', () => {
    const result = surfaceFromFormula('1/x + y^2');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problem).toMatchObject({ kind: 'unbounded' });
    expect(result.problem!.at[0]).toBe(0);
    const en = raceWords('en').surfaceProblem(result.problem!);
    const ko = raceWords('ko').surfaceProblem(result.problem!);
    expect(en).toMatch(/^f blows up near \(x, y\) = \(0, −?\d/);
    expect(ko).toMatch(/^\(x, y\) = \(0, −?[\d.]+\) 근처에서 f가 한없이 커집니다/);
    expect(ko).not.toMatch(/blows|denominator|window/);
  });

  it('exp(100*x): finite in doubles but beyond float32, reported as overflow with its share', () => {
    const result = surfaceFromFormula('exp(100*x)');
    if (result.ok) throw new Error('exp(100*x) should overflow float32 on [-2, 2]');
    expect(result.problem?.kind).toBe('overflow');
    expect(result.problem?.share).toBeGreaterThan(20); // exp(100x) > 3.4e38 for x > 0.887: 28% of the window
    expect(raceWords('ko').surfaceProblem(result.problem!)).toContain('너무 커서');
  });

  it('accepts sin(x)/x, which the grid samples at 0/0', () => {
    expect(surfaceFromFormula('sin(x)/x + y^2').ok).toBe(true);
  });
});
