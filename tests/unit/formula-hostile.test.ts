/**
 * The formula box as an attack surface: whatever a reader (or a shared link) types, parsing
 * never throws (a stack overflow included), never runs code, and ends in either a tree that
 * evaluates to a number (NaN and Infinity allowed) or an error with a position inside the text.
 * Complements formula.test.ts, which checks precedence, messages and the format round trip.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { MAX_FORMULA_LENGTH, evaluate, formatAst, functionArity, parseFormula, usesVariables } from '../../src/lib/formula';

const sentinel = globalThis as { __pwned?: unknown };
const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort();

/** Nothing ran: the sentinel is unset and Object.prototype has exactly its usual names. */
function untouched(): boolean {
  return sentinel.__pwned === undefined && Object.getOwnPropertyNames(Object.prototype).sort().join() === prototypeNames.join()
    && ({} as Record<string, unknown>).polluted === undefined;
}

/** The contract for one input; returns false (or throws) when it is broken. */
function holds(source: string): boolean {
  const result = parseFormula(source);
  if (result.ok) {
    // A tree that parsed must evaluate, print and re-parse without throwing.
    const value = evaluate(result.ast, 0.3, -0.7);
    usesVariables(result.ast);
    if (!parseFormula(formatAst(result.ast)).ok && formatAst(result.ast).length <= MAX_FORMULA_LENGTH) return false;
    return typeof value === 'number';
  }
  const { message, index } = result.error;
  return typeof message === 'string' && message.length > 0 && Number.isInteger(index) && index >= 0 && index <= source.length;
}

afterEach(() => {
  expect(untouched()).toBe(true);
});

const hostile = [
  'constructor.constructor("globalThis.__pwned=1")()',
  'constructor',
  '__proto__',
  '__proto__.polluted',
  'x.__proto__.polluted = 1',
  'this',
  'globalThis',
  'toString()',
  'valueOf',
  'hasOwnProperty(x)',
  '`${globalThis.__pwned=1}`',
  'x + `1`',
  'eval("1")',
  'Function("return 1")()',
  'import("data:text/javascript,globalThis.__pwned=1")',
  'sin.constructor("globalThis.__pwned=1")()',
  'sin["constructor"]',
  'x; globalThis.__pwned = 1',
  '1e309',
  '-1e309 * 0',
  '9^9^9^9',
  '1' + '0'.repeat(299),
  '0.' + '0'.repeat(297) + '1',
  '1e-400 / 1e-400',
  '('.repeat(10_000) + 'x' + ')'.repeat(10_000),
  '('.repeat(150) + ')'.repeat(150),
  '-'.repeat(299) + 'x',
  'x^'.repeat(99) + 'x',
  'sin('.repeat(60) + 'x' + ')'.repeat(60),
  'x'.repeat(100_000),
  'x+'.repeat(149) + 'x',
  '\u0000x',
  'x\u2028y',
  '𝑥 + 𝑦',
  'ｘ＋ｙ',
  '\uD800',
  'min(,)',
  'max(x,,y)',
  'log()',
];

describe('parseFormula against hostile input', () => {
  it.each(hostile.map((s) => [s.length > 60 ? `${s.slice(0, 40)}… (${s.length} chars)` : s, s]))('%s', (_, source) => {
    expect(holds(source)).toBe(true);
  });

  it('rejects 10,000 nested parentheses with a position, not a stack overflow', () => {
    const result = parseFormula('('.repeat(10_000) + 'x' + ')'.repeat(10_000));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.index).toBe(MAX_FORMULA_LENGTH);
  });

  it('reads overflowing numbers as Infinity and evaluates them without throwing', () => {
    const result = parseFormula('1e309 - 1e309');
    expect(result.ok && Number.isNaN(evaluate(result.ast, 0, 0))).toBe(true);
  });
});

const tokens = fc.constantFrom(
  'x', 'y', 'pi', 'e', '0', '1', '2.5', '.5', '1e3', '1e-3', '1e999', '+', '-', '*', '/', '^', '(', ')', ',', ' ',
  ...Object.keys(functionArity), 'constructor', '__proto__', 'this', '`', '"', '.', '[', ']', '=', ';',
);

describe('parseFormula properties over many inputs (fast-check)', () => {
  it('strings of grammar tokens (and near-misses) always parse or fail with a position', () => {
    fc.assert(
      fc.property(fc.array(tokens, { maxLength: 60 }), (parts) => holds(parts.join('')) && untouched()),
      { numRuns: 5000, seed: 7 },
    );
  });

  it('arbitrary unicode strings, short and long, never throw', () => {
    const text = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 80 }),
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc.string({ minLength: 250, maxLength: 400 }),
    );
    fc.assert(fc.property(text, (source) => holds(source) && untouched()), { numRuns: 5000, seed: 7 });
  });

  it('deep nests of parentheses, signs, carets and calls never overflow the stack', () => {
    const opener = fc.constantFrom('(', '-', '+', 'x^', 'sin(', 'min(x,', '2*(', '-(');
    fc.assert(
      fc.property(fc.array(opener, { minLength: 1, maxLength: 200 }), fc.boolean(), (openers, close) => {
        const head = openers.join('');
        const closers = close ? ')'.repeat((head.match(/\(/g) ?? []).length) : '';
        return holds(`${head}x${closers}`);
      }),
      { numRuns: 3000, seed: 7 },
    );
  });
});
