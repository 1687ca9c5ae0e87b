/**
 * A parsed cell evaluated on plain numbers and small Float64Arrays, elementwise: the schedule
 * cell (every name a number) and the dropout cell on the visualiser's few units. The same
 * arithmetic tables serve engines/cellCompiler.ts's folding of number-only sub-expressions, so a
 * schedule computed here and one folded inside a tfjs step agree. Walks the tree from
 * cellParse.ts: nothing the reader types is run as JavaScript. Pure.
 */
import type { Expr, Program } from './cellSyntax';

export type CellNumber = number | Float64Array;

/** Binary operators on numbers (comparisons give 1 or 0, as NumPy's booleans do in arithmetic). */
export const numberOps: Record<string, (a: number, b: number) => number> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
  '//': (a, b) => Math.floor(a / b), '**': (a, b) => a ** b,
  '<': (a, b) => +(a < b), '<=': (a, b) => +(a <= b), '>': (a, b) => +(a > b), '>=': (a, b) => +(a >= b),
  '==': (a, b) => +(a === b), '!=': (a, b) => +(a !== b),
};

/** One-argument np functions on numbers. */
export const numberFunctions: Record<string, (a: number) => number> = {
  sqrt: Math.sqrt, exp: Math.exp, log: Math.log, abs: Math.abs, sign: Math.sign, cos: Math.cos, floor: Math.floor,
  zeros_like: () => 0,
};

/** `f` applied elementwise to a and b (a number stands for every element, as NumPy broadcasts a scalar). */
function lift(a: CellNumber, b: CellNumber, f: (x: number, y: number) => number): CellNumber {
  if (typeof a === 'number' && typeof b === 'number') return f(a, b);
  const length = typeof a === 'number' ? (b as Float64Array).length : a.length;
  const out = new Float64Array(length);
  for (let i = 0; i < length; i++) out[i] = f(typeof a === 'number' ? a : a[i], typeof b === 'number' ? b : b[i]);
  return out;
}

const map = (a: CellNumber, f: (x: number) => number): CellNumber => (typeof a === 'number' ? f(a) : a.map(f));

/** The value of `expr` with `names` bound; `random` gives the uniform [0, 1) draws of np.random.rand, in element order. */
export function evaluateNumbers(expr: Expr, names: Map<string, CellNumber>, random: () => number): CellNumber {
  switch (expr.kind) {
    case 'number':
      return expr.value;
    case 'pi':
      return Math.PI;
    case 'name': {
      const value = names.get(expr.name);
      if (value === undefined) throw new Error(`Expected a value for ${expr.name}`);
      return value;
    }
    case 'random': {
      const like = names.get(expr.shapeOf);
      if (like === undefined || typeof like === 'number') return random();
      return Float64Array.from(like, () => random());
    }
    case 'negate':
      return map(evaluateNumbers(expr.arg, names, random), (x) => -x);
    case 'binary':
      return lift(evaluateNumbers(expr.left, names, random), evaluateNumbers(expr.right, names, random), numberOps[expr.op]);
    case 'call': {
      const args = expr.args.map((arg) => evaluateNumbers(arg, names, random));
      if (expr.name === 'maximum') return lift(args[0], args[1], Math.max);
      if (expr.name === 'minimum') return lift(args[0], args[1], Math.min);
      return map(args[0], numberFunctions[expr.name]);
    }
  }
}

const finite = (value: CellNumber) => (typeof value === 'number' ? Number.isFinite(value) : value.every(Number.isFinite));

/**
 * Runs every statement of `program` on `names` (changed in place); returns the target of the
 * first statement whose value holds a NaN or ∞ (the run stops there), or null.
 */
export function runNumbers(program: Program, names: Map<string, CellNumber>, random: () => number): string | null {
  for (const statement of program.statements) {
    const value = evaluateNumbers(statement.value, names, random);
    const next = statement.op === '=' ? value : lift(names.get(statement.target) ?? 0, value, numberOps[statement.op[0]]);
    names.set(statement.target, next);
    if (!finite(next)) return statement.target;
  }
  return null;
}
