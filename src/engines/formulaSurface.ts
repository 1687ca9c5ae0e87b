/**
 * Turns the reader's formula (src/lib/formula.ts) into a race surface: the AST becomes a chain of
 * tfjs ops, so tf.grad differentiates it like any built-in surface.
 *
 * Takes in: the formula text and optionally a domain (default [-2, 2]²).
 * Returns: { ok: true, surface } or { ok: false, error: { message, index } }.
 *
 * Decision on formulas undefined on part of the domain (log(x), sqrt(y), 1/x): they are
 * REJECTED with a message naming a point where the value is not a finite number, because the
 * heat map would have holes and particles would stop there without the reader knowing why.
 * Only values are checked, on a 41 × 41 grid; a gradient that is undefined at single points
 * (sqrt(x^2 + y^2) at the origin) is left to the race, which reports divergence.
 *
 * The minimum and lossFloor are not known in closed form: they are the lowest point of a
 * 201 × 201 grid, so f − lossFloor can dip slightly below 0 between grid points.
 * Added beyond the brief: `compileFormula`, `FORMULA_DOMAIN`.
 */
import * as tf from '@tensorflow/tfjs';
import { type Ast, type FormulaError, type FunctionName, evaluate, formatAst, parseFormula, usesVariables } from '../lib/formula';
import { type Domain, type Surface, evaluateGrid } from './surfaces';

/** The window a formula is drawn and checked on unless the caller gives another. */
export const FORMULA_DOMAIN: Domain = { x: [-2, 2], y: [-2, 2] };

const CHECK_GRID = 41;
const FLOOR_GRID = 201;

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

/** A Surface for the reader's formula, or an error that says what is wrong and where. */
export function surfaceFromFormula(
  source: string,
  options: { domain?: Domain } = {},
): { ok: true; surface: Surface } | { ok: false; error: FormulaError } {
  const parsed = parseFormula(source);
  if (!parsed.ok) return parsed;
  const domain = options.domain ?? FORMULA_DOMAIN;
  const surface: Surface = {
    label: { en: 'Your formula', ko: '직접 입력한 식' },
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
    const at = gridPoint(domain, CHECK_GRID, bad);
    const count = check.values.filter((value) => !Number.isFinite(value)).length;
    const share = Math.round((100 * count) / check.values.length);
    const message =
      `the formula has no finite value at (x, y) = (${at[0]}, ${at[1]}) and on ${share}% of the window: ` +
      'log, sqrt and division need a positive or non-zero argument there; try shifting it, like log(x^2 + 1)';
    return { ok: false, error: { message, index: 0 } };
  }
  const fine = evaluateGrid(surface, FLOOR_GRID, FLOOR_GRID);
  let lowest = 0;
  for (let i = 1; i < fine.values.length; i++) if (fine.values[i] < fine.values[lowest]) lowest = i;
  surface.minimum = gridPoint(domain, FLOOR_GRID, lowest);
  surface.lossFloor = fine.values[lowest];
  return { ok: true, surface };
}

/** Coordinates of grid cell `index` (x fastest), rounded for messages and markers. */
function gridPoint(domain: Domain, size: number, index: number): [number, number] {
  const at = (range: [number, number], k: number) => Number((range[0] + ((range[1] - range[0]) * k) / (size - 1)).toFixed(3));
  return [at(domain.x, index % size), at(domain.y, Math.floor(index / size))];
}
