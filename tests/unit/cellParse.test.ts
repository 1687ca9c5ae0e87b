/**
 * The cell language: the lecture's code parses and its names sort into provided, state and
 * hyper-parameters; every mistake names its line:column and what was expected in both
 * languages; hostile programs get a message, never run and never hang.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { analyseCell } from '../../src/lib/cell/cellAnalysis';
import { parseCell } from '../../src/lib/cell/cellParse';
import { cellMessage } from '../../src/lib/cell/cellProblems';
import { MAX_CELL_LENGTH } from '../../src/lib/cell/cellSyntax';
import { lectureCells, lectureCellNames } from '../../src/lib/cell/lectureCells';

const analysed = (code: string, kind: 'update' | 'schedule' | 'dropout' = 'update') => {
  const parsed = parseCell(code);
  if (!parsed.ok) throw new Error(parsed.error.message);
  const result = analyseCell(parsed.program, kind);
  if (!result.ok) throw new Error(result.error.message);
  return result.analysis;
};
const errorOf = (code: string) => {
  const parsed = parseCell(code);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(code)} to fail`);
  return parsed.error;
};

describe('the lecture cells', () => {
  it.each(lectureCellNames)('%s parses and assigns its output', (name) => {
    const cell = lectureCells[name];
    expect(analysed(cell.code, cell.kind).output).toBeTruthy();
  });

  it('sorts names: state is read before written, hyper-parameters are free, x/dx/t/learning_rate are given', () => {
    expect(analysed(lectureCells.momentum.code)).toMatchObject({ state: ['v'], hyper: [{ name: 'rho', value: 0.9 }] });
    expect(analysed(lectureCells.nesterov.code).state).toEqual(['v']); // old_v is written before it is read
    expect(analysed(lectureCells.adagrad.code).state).toEqual(['grad_squared']);
    const adam = analysed(lectureCells.adam.code);
    expect(adam.state).toEqual(['first_moment', 'second_moment']);
    expect(adam.hyper.map((h) => h.name)).toEqual(['beta1', 'beta2']);
    expect(analysed('x -= lr2 * dx\n').hyper).toEqual([{ name: 'lr2', value: 0.1 }]);
  });

  it('follows Python precedence: -a**2 is -(a**2), ** groups right, comparisons bind loosest', () => {
    const parsed = parseCell('x = -a ** b ** c + (d >= 0.5)\n');
    expect(parsed.ok && parsed.program.statements[0].value).toMatchObject({
      kind: 'binary', op: '+',
      left: { kind: 'negate', arg: { kind: 'binary', op: '**', right: { kind: 'binary', op: '**' } } },
      right: { kind: 'binary', op: '>=' },
    });
  });
});

describe('mistakes name the place and what was expected, in both languages', () => {
  const cases: [string, string, number, number][] = [
    ['v = rho * v -\nx += v', 'expected', 1, 14],
    ['v = (rho * v\nx += v', 'unclosed', 2, 1],
    ['x -= np.sqr(dx)', 'unknownFunction', 1, 9],
    ['x -= sqrt(dx)', 'unknownFunction', 1, 6],
    ['while True:\n  x -= dx', 'forbidden', 1, 1],
    ['x -= x.shape', 'attribute', 1, 7],
    ["x = 'a'", 'string', 1, 5],
    ['x = __import__', 'dunder', 1, 5],
    ['x = 1e999', 'hugeNumber', 1, 5],
    ['v = 1\n  x += v', 'indented', 2, 1],
    ['x -= np.maximum(dx)', 'arity', 1, 9],
    ['x = a < b < c', 'chained', 1, 11],
    ['x -= dx dx', 'expected', 1, 9],
  ];
  it.each(cases)('%j → %s at %i:%i', (code, problem, line, column) => {
    const error = errorOf(code);
    expect(error).toMatchObject({ code: problem, line, column });
    expect(cellMessage('en', error)).toContain(`line ${line}:${column}`);
    expect(cellMessage('ko', error)).toContain(`${line}번째 줄 ${column}번째 자리`);
    expect(cellMessage('ko', error)).toMatch(/[가-힣]/);
  });

  it('an unknown function lists the allowed ones', () => {
    expect(errorOf('x -= np.tanh(dx)').message).toContain('np.sqrt, np.exp, np.log, np.abs, np.sign');
  });

  it('a cell that never assigns its output says so', () => {
    const parsed = parseCell('v = rho * v - learning_rate * dx\n');
    expect(parsed.ok && analyseCell(parsed.program, 'update')).toMatchObject({ ok: false, error: { code: 'outputMissing', name: 'x' } });
  });
});

describe('hostile programs', () => {
  const hostile = [
    '__import__("os").system("x")', 'x = constructor.constructor("return 1")()', 'x = x.__class__', 'x = np.__dict__',
    'x = eval(dx)', 'import os', 'def f(x): return x', 'for i in range(10): x -= dx', 'x = lambda: 1', 'x = `1`',
    'x = [1, 2]', 'x = {}', 'x = dx; y = 1', 'x = np.random.randn(*x.shape)', 'x = np.random.rand(3)',
    `x = ${'('.repeat(5000)}1${')'.repeat(5000)}`, `x = ${'-'.repeat(5000)}1`, `x = 1${' ** 1'.repeat(400)}`,
    'x'.repeat(MAX_CELL_LENGTH + 1), `x = 1${'0'.repeat(400)}`, '\u0000', 'x = 1\u202e',
  ];
  it.each(hostile.map((h) => [h.slice(0, 40), h]))('%j gets a message with a place', (_, code) => {
    const error = errorOf(code);
    expect(error.message.length).toBeGreaterThan(0);
    expect(error.line).toBeGreaterThanOrEqual(0);
  });

  it('any text ends in a program or a placed message, quickly', () => {
    const alphabet = fc.constantFrom('x', 'dx', 'v', ' ', '\n', '(', ')', '=', '-=', '*', '**', '-', 'np.', 'sqrt', '1e9', '#', ':', '"', '.', 'shape', ',');
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 200 }).map((a) => a.join('')), (code) => {
        const started = performance.now();
        const parsed = parseCell(code);
        expect(performance.now() - started).toBeLessThan(200);
        if (parsed.ok) return analyseCell(parsed.program, 'update') !== undefined;
        const lines = code.split('\n').length;
        return parsed.error.message.length > 0 && parsed.error.line <= lines;
      }),
      { numRuns: 500 },
    );
  });
});
