/**
 * Turns the reader's formula (src/lib/formula.ts) into a race surface: the AST becomes a chain of
 * tfjs ops, so tf.grad differentiates it like any built-in surface.
 *
 * Takes in: the formula text and optionally a domain (default [-2, 2]²).
 * Returns: { ok: true, surface }, { ok: false, error: { message, index } } for a formula that
 * does not parse, or { ok: false, problem } for one that is not a usable surface on the domain
 * (the island words the problem in the reader's language).
 *
 * Decision on formulas undefined or unbounded on part of the domain (log(x), sqrt(y), 1/x,
 * tan(x)): they are REJECTED with the kind of problem and a point near it, because the heat map
 * would have holes or be one flat colour beside a spike, the lowest-point star would sit on the
 * pole and every racer's f − f_min would be meaningless. Values are checked on a 41 × 41 grid in
 * 32-bit floats, as the race computes them (overflow), and src/lib/formulaSingularity.ts looks
 * between grid points for poles. A gradient that is undefined at single points (sqrt(x^2 + y^2)
 * at the origin) is left to the race, which reports divergence.
 *
 * The minimum and lossFloor are not known in closed form: the lowest grid-local minima of a
 * 201 × 201 grid are polished in doubles (src/lib/polishMinimum.ts) and the lowest result is
 * kept, so racers do not beat f_min by the grid's error (the race clamps the rest, see race.ts).
 * Added beyond the brief: `compileFormula`, `FORMULA_DOMAIN`.
 */
import { pair } from '../lib/i18n';
import * as tf from '@tensorflow/tfjs';
import { type Ast, type FormulaError, type FunctionName, evaluate, formatAst, parseFormula, usesVariables } from '../lib/formula';
import { compileNumeric } from '../lib/formulaNumeric';
import { findSingularity, type SurfaceProblem } from '../lib/formulaSingularity';
import { polishMinimum } from '../lib/polishMinimum';
import { type Domain, type Surface, evaluateGrid } from './surfaces';

/** The window a formula is drawn and checked on unless the caller gives another. */
export const FORMULA_DOMAIN: Domain = { x: [-2, 2], y: [-2, 2] };

const CHECK_GRID = 41;
const FLOOR_GRID = 201;
/** Grid-local minima polished for f_min: the global one may sit in a basin whose grid sample is not the lowest. */
const POLISHED_MINIMA = 8;

const tfFunction: Record<FunctionName, (a: tf.Tensor, b: tf.Tensor) => tf.Tensor> = {
  sin: (a) => tf.sin(a),
  cos: (a) => tf.cos(a),
  tan: (a) => tf.tan(a),
  tanh: (a) => tf.tanh(a),
  exp: (a) => tf.exp(a),
  log: (a) => tf.log(a),
  sqrt: (a) => tf.sqrt(a),
  abs: (a) => tf.abs(a),
  min: (a, b) => tf.minimum(a, b),
  max: (a, b) => tf.maximum(a, b),
};

/** Builds the elementwise tfjs function for `ast`; constant sub-trees fold to one scalar. */
export function compileFormula(ast: Ast): (x: tf.Tensor, y: tf.Tensor) => tf.Tensor {
  const build = (node: Ast, x: tf.Tensor, y: tf.Tensor): tf.Tensor => {
    if (!usesVariables(node)) return tf.scalar(evaluate(node, 0, 0));
    switch (node.kind) {
      case 'variable':
        return node.name === 'x' ? x : y;
      case 'negate':
        return tf.neg(build(node.arg, x, y));
      case 'call': {
        const [a, b] = node.args.map((arg) => build(arg, x, y));
        return tfFunction[node.name](a, b);
      }
      case 'binary': {
        const a = build(node.left, x, y);
        const b = build(node.right, x, y);
        if (node.op === '+') return tf.add(a, b);
        if (node.op === '-') return tf.sub(a, b);
        if (node.op === '*') return tf.mul(a, b);
        if (node.op === '/') return tf.div(a, b);
        return power(a, b, node.right);
      }
      default:
        throw new Error(`Expected a node that uses x or y, but got ${node.kind}`);
    }
  };
  // Adding zeros like x and like y gives the output x's shape even for a formula of y alone
  // or of neither, and keeps both inputs on the tape so tf.grads gets a (zero) partial for each.
  return (x, y) => tf.tidy(() => build(ast, x, y).add(tf.zerosLike(x)).add(tf.zerosLike(y)));
}

/**
 * a^b. tf.pow of a negative base is NaN even for b = 2, so a constant integer exponent is
 * done by repeated multiplication, which also keeps the gradient exact on both sides of 0.
 */
function power(base: tf.Tensor, exponent: tf.Tensor, exponentAst: Ast): tf.Tensor {
  const n = usesVariables(exponentAst) ? NaN : evaluate(exponentAst, 0, 0);
  if (Number.isInteger(n) && Math.abs(n) <= 16) {
    let result: tf.Tensor = tf.onesLike(base);
    for (let i = 0; i < Math.abs(n); i++) result = tf.mul(result, base);
    return n < 0 ? tf.div(1, result) : result;
  }
  return tf.pow(base, exponent);
}

export type FormulaSurfaceResult =
  | { ok: true; surface: Surface }
  | { ok: false; error: FormulaError; problem?: undefined }
  | { ok: false; problem: SurfaceProblem; error?: undefined };

/** A Surface for the reader's formula, a parse error that says what and where, or why it cannot be raced. */
export function surfaceFromFormula(source: string, options: { domain?: Domain } = {}): FormulaSurfaceResult {
  const parsed = parseFormula(source);
  if (!parsed.ok) return parsed;
  const domain = options.domain ?? FORMULA_DOMAIN;
  const surface: Surface = {
    label: pair((d) => d.surfaces.custom.label),
    formula: formatAst(parsed.ast),
    f: compileFormula(parsed.ast),
    domain,
    start: [domain.x[0] + 0.85 * (domain.x[1] - domain.x[0]), domain.y[0] + 0.8 * (domain.y[1] - domain.y[0])],
    minimum: [0, 0],
    lossFloor: 0,
  };
  const check = evaluateGrid(surface, CHECK_GRID, CHECK_GRID);
  const bad = check.values.findIndex((value) => !Number.isFinite(value));
  if (bad >= 0) {
    const count = check.values.filter((value) => !Number.isFinite(value)).length;
    const value = check.values[bad];
    const at = gridPoint(domain, CHECK_GRID, bad);
    // Infinity in float32 where doubles are finite is overflow (exp(100*x)); NaN or an infinity in doubles too is the formula's own.
    const exact = evaluate(parsed.ast, at[0], at[1]);
    const kind = Number.isNaN(value) ? 'undefined' : Number.isFinite(exact) ? 'overflow' : 'unbounded';
    return { ok: false, problem: { kind, at, share: Math.round((100 * count) / check.values.length) } };
  }
  const singular = findSingularity(parsed.ast, domain);
  if (singular) return { ok: false, problem: { ...singular, at: [round(singular.at[0]), round(singular.at[1])] } };
  const lowest = lowestPoint(parsed.ast, surface);
  surface.minimum = [round(lowest.at[0]), round(lowest.at[1])];
  surface.lossFloor = lowest.value;
  return { ok: true, surface };
}

/** The lowest value of `ast` on the surface's domain: its best grid-local minima, each polished in doubles. */
function lowestPoint(ast: Ast, surface: Surface): { at: [number, number]; value: number } {
  const { values } = evaluateGrid(surface, FLOOR_GRID, FLOOR_GRID);
  const n = FLOOR_GRID;
  const isLocalMinimum = (i: number, j: number) => {
    const v = values[j * n + i];
    for (const [di, dj] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const [a, b] = [i + di, j + dj];
      if (a >= 0 && a < n && b >= 0 && b < n && values[b * n + a] < v) return false;
    }
    return true;
  };
  const candidates: number[] = [];
  for (let j = 0; j < n; j++) for (let i = 0; i < n; i++) if (isLocalMinimum(i, j)) candidates.push(j * n + i);
  candidates.sort((a, b) => values[a] - values[b]);
  const f = compileNumeric(ast);
  const spacing = Math.max(surface.domain.x[1] - surface.domain.x[0], surface.domain.y[1] - surface.domain.y[0]) / (n - 1);
  let best = { at: exactGridPoint(surface.domain, n, candidates[0]), value: Infinity };
  for (const index of candidates.slice(0, POLISHED_MINIMA)) {
    const polished = polishMinimum(f, exactGridPoint(surface.domain, n, index), surface.domain, spacing);
    if (polished.value < best.value) best = polished;
  }
  return best;
}

/** Coordinates of grid cell `index` (x fastest) of a size × size grid on `domain`. */
function exactGridPoint(domain: Domain, size: number, index: number): [number, number] {
  const at = (range: [number, number], k: number) => range[0] + ((range[1] - range[0]) * k) / (size - 1);
  return [at(domain.x, index % size), at(domain.y, Math.floor(index / size))];
}

/** A coordinate rounded for messages and markers. */
const round = (value: number) => Number(value.toFixed(3)) + 0; // + 0 turns −0 into 0

/** Coordinates of grid cell `index` (x fastest), rounded for messages and markers. */
function gridPoint(domain: Domain, size: number, index: number): [number, number] {
  const [x, y] = exactGridPoint(domain, size, index);
  return [round(x), round(y)];
}
