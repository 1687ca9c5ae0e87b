import * as tf from '@tensorflow/tfjs';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { type Ast, evaluate, formatAst, functionArity, parseFormula } from '../../src/lib/formula';
import { surfaceFromFormula } from '../../src/engines/formulaSurface';

beforeAll(async () => {
  await tf.setBackend('cpu');
});

/** The parsed tree, or a failed test that shows the parser's message. */
function parsed(source: string): Ast {
  const result = parseFormula(source);
  if (!result.ok) throw new Error(result.error.message);
  return result.ast;
}

const errorOf = (source: string) => {
  const result = parseFormula(source);
  if (result.ok) throw new Error(`expected '${source}' to be rejected`);
  return result.error;
};

describe('parseFormula: precedence and numbers', () => {
  it('binds ^ tighter than unary minus and to the right', () => {
    expect(evaluate(parsed('-x^2'), 3, 0)).toBe(-9);
    expect(evaluate(parsed('2^3^2'), 0, 0)).toBe(512);
    expect(evaluate(parsed('2^-1'), 0, 0)).toBe(0.5);
    expect(evaluate(parsed('(-x)^2'), 3, 0)).toBe(9);
  });

  it('reads 1e-3, .5, pi, e and the usual order of operations', () => {
    expect(evaluate(parsed('1e-3 + .5'), 0, 0)).toBeCloseTo(0.501, 12);
    expect(evaluate(parsed('pi - e'), 0, 0)).toBe(Math.PI - Math.E);
    expect(evaluate(parsed('1 + 2*3 - 4/2'), 0, 0)).toBe(5);
    expect(evaluate(parsed('x - y - 1'), 5, 2)).toBe(2);
    expect(formatAst(parsed('1e999 + x'))).toBe('1e999 + x');
  });

  it('calls the ten functions, min and max with two arguments', () => {
    expect(evaluate(parsed('max(x, y) + min(x, y)'), 1, 4)).toBe(5);
    expect(evaluate(parsed('sqrt(abs(x)) + log(exp(y)) + tanh(0) + tan(0) + sin(0) + cos(0)'), -4, 2)).toBe(5);
  });
});

describe('parseFormula: errors say what and where', () => {
  it.each([
    ['(x + 1))', "unexpected ')' at column 8", 7],
    ['z + 1', "unknown name 'z' at column 1: use x, y, pi, e or a function like sin(...)", 0],
    ['sqrt(x, y)', 'sqrt needs 1 argument, got 2', 0],
    ['min(x)', 'min needs 2 arguments, got 1', 0],
    ['2x', "missing operator before 'x' at column 2: write '*' to multiply", 1],
    ['(x)(y)', "missing operator before '(' at column 4: write '*' to multiply", 3],
    ['', 'unexpected end of formula at column 1', 0],
    ['x +', 'unexpected end of formula at column 4', 3],
    ['sin x', 'sin needs its argument in parentheses, like sin(x), at column 5', 4],
    ['x $ y', "unexpected character '$' at column 3: use numbers, x, y, + - * / ^ and parentheses", 2],
    ['(x + y', "expected ')' to close the '(' at column 1, found end of formula at column 7", 6],
    ['sin(x', "expected ')' to close sin( at column 4, found end of formula at column 6", 5],
  ])('%s -> %s', (source, message, index) => {
    expect(errorOf(source)).toMatchObject({ message, index });
  });

  it('caps the length at 300 characters and the nesting at 64 levels', () => {
    expect(errorOf('x+'.repeat(150) + 'x').message).toMatch(/301 characters long; the limit is 300/);
    expect(errorOf('('.repeat(70) + 'x' + ')'.repeat(70)).message).toMatch(/nests deeper than 64/);
    expect(errorOf('-'.repeat(100) + 'x').message).toMatch(/nests deeper than 64/);
    expect(parseFormula('('.repeat(30) + 'x' + ')'.repeat(30)).ok).toBe(true);
  });
});

/** A second, independent evaluator to check `evaluate` against. */
function reference(ast: Ast, x: number, y: number): number {
  const r = (a: Ast) => reference(a, x, y);
  if (ast.kind === 'number') return ast.value;
  if (ast.kind === 'variable') return { x, y }[ast.name];
  if (ast.kind === 'constant') return ast.name === 'pi' ? 3.141592653589793 : 2.718281828459045;
  if (ast.kind === 'negate') return -r(ast.arg);
  if (ast.kind === 'call') return (Math[ast.name] as (...a: number[]) => number)(...ast.args.map(r));
  const [a, b] = [r(ast.left), r(ast.right)];
  return { '+': a + b, '-': a - b, '*': a * b, '/': a / b, '^': Math.pow(a, b) }[ast.op];
}

const number = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1e6, noNaN: true }))
  .filter((v) => !Object.is(v, -0))
  .map((value): Ast => ({ kind: 'number', value }));
const leaf = fc.oneof(
  number,
  fc.constantFrom<Ast>({ kind: 'variable', name: 'x' }, { kind: 'variable', name: 'y' }),
  fc.constantFrom<Ast>({ kind: 'constant', name: 'pi' }, { kind: 'constant', name: 'e' }),
);
const { tree } = fc.letrec<{ tree: Ast; negate: Ast; binary: Ast; call: Ast }>((tie) => ({
  tree: fc.oneof({ maxDepth: 6, depthSize: 'small' }, leaf, tie('negate'), tie('binary'), tie('call')),
  negate: tie('tree').map((arg): Ast => ({ kind: 'negate', arg })),
  binary: fc.record({
    kind: fc.constant('binary' as const),
    op: fc.constantFrom('+' as const, '-' as const, '*' as const, '/' as const, '^' as const),
    left: tie('tree'),
    right: tie('tree'),
  }),
  call: fc.constantFrom(...(Object.keys(functionArity) as (keyof typeof functionArity)[])).chain((name) =>
    fc.array(tie('tree'), { minLength: functionArity[name], maxLength: functionArity[name] }).map((args): Ast => ({ kind: 'call', name, args })),
  ),
}));

const sameNumber = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('parseFormula properties (fast-check)', () => {
  it('never throws on random strings; errors point inside the text', () => {
    const alphabet = fc.constantFrom(...'xyepi0123456789.eE+-*/^(), sincoqrtlgamhb$'.split(''));
    const strings = fc.oneof(fc.string({ unit: alphabet, maxLength: 40 }), fc.string({ unit: 'binary', maxLength: 40 }));
    fc.assert(
      fc.property(strings, (source) => {
        const result = parseFormula(source);
        if (!result.ok) return result.error.index >= 0 && result.error.index <= source.length && result.error.message.length > 0;
        return Number.isFinite(evaluate(result.ast, 0.3, -0.7)) || true;
      }),
      { numRuns: 2000, seed: 231 },
    );
  });

  it('valid trees round-trip through formatAst and evaluate like the reference', () => {
    fc.assert(
      fc.property(tree, fc.double({ min: -3, max: 3, noNaN: true }), fc.double({ min: -3, max: 3, noNaN: true }), (ast, x, y) => {
        const text = formatAst(ast);
        const back = parseFormula(text);
        if (!back.ok) throw new Error(`${text}: ${back.error.message}`);
        expect(back.ast).toEqual(ast);
        return sameNumber(evaluate(back.ast, x, y), reference(ast, x, y));
      }),
      { numRuns: 1000, seed: 231 },
    );
  });
});

describe('surfaceFromFormula', () => {
  it('turns a formula into a tfjs surface with autodiff gradients', () => {
    const result = surfaceFromFormula('x^2 + 3*sin(y)');
    if (!result.ok) throw new Error(JSON.stringify(result.error ?? result.problem));
    const [gx, gy] = tf.tidy(() =>
      tf.grads((a: tf.Tensor, b: tf.Tensor) => result.surface.f(a, b))([tf.scalar(-1.5), tf.scalar(0)]).map((g) => g.dataSync()[0]),
    );
    expect(gx).toBeCloseTo(-3, 5); // 2x at x = -1.5, exact on the negative side too
    expect(gy).toBeCloseTo(3, 5); // 3cos(0)
    expect(result.surface.domain).toEqual({ x: [-2, 2], y: [-2, 2] });
    expect(result.surface.lossFloor).toBeCloseTo(-3, 3); // grid minimum near (0, -pi/2)
    expect(result.surface.minimum[0]).toBe(0);
  });

  it('gives the output the shape of x even for a constant or a formula of y alone', () => {
    for (const source of ['3', 'y^2']) {
      const result = surfaceFromFormula(source);
      if (!result.ok) throw new Error(JSON.stringify(result.error ?? result.problem));
      expect(tf.tidy(() => result.surface.f(tf.zeros([5, 1]), tf.ones([5, 1])).shape)).toEqual([5, 1]);
    }
  });

  it('rejects a formula that is not finite on part of the window, naming a point', () => {
    const result = surfaceFromFormula('log(x)');
    if (result.ok) throw new Error('log(x) should be rejected on [-2, 2]');
    expect(result.problem).toMatchObject({ kind: 'undefined', at: [-2, -2] });
    expect([49, 51]).toContain(result.problem?.share);
    const shifted = surfaceFromFormula('log(x)', { domain: { x: [0.5, 2], y: [-1, 1] } });
    expect(shifted.ok).toBe(true);
  });

  it('passes parse errors through and leaves no tensors behind', () => {
    const before = tf.memory().numTensors;
    expect(surfaceFromFormula('2x')).toMatchObject({ ok: false, error: { index: 1 } });
    surfaceFromFormula('x^2 - y^2');
    expect(tf.memory().numTensors).toBe(before);
  });
});
