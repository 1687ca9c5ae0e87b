/**
 * A parsed cell run as tfjs ops. The tree from lib/cell/cellParse.ts is walked once per step
 * inside tf.tidy: each name is a tensor (shaped like the parameters, so a swarm of particles or
 * a weight matrix is updated elementwise in one op) or a plain number. Sub-expressions of numbers
 * alone (hyper-parameters, the step t) are folded in double precision first, as the built-in
 * rules compute `1 - beta1 ** t` in JS; so a cell that writes a built-in rule takes the same
 * float32 ops as engines/optimizers.ts. Nothing the reader types is run as JavaScript.
 */
import * as tf from '@tensorflow/tfjs';
import { numberFunctions, numberOps } from '../lib/cell/cellNumbers';
import type { Expr, Program } from '../lib/cell/cellSyntax';

export type CellValue = tf.Tensor | number;

/** What a compiled cell needs besides the names: a source of seeds for np.random.rand. */
export interface CellRunContext {
  seed: () => number;
}

const folded = numberOps;

type TensorOp = (a: CellValue, b: CellValue) => tf.Tensor;
const asBool = (op: (a: tf.Tensor, b: tf.Tensor) => tf.Tensor): TensorOp => (a, b) => op(tf.scalar(0).add(a), b as tf.Tensor).cast('float32');
const tensorOps: Record<string, TensorOp> = {
  // A number on either side stays a JS number: tfjs makes it a float32 scalar, as `t.mul(0.9)` does.
  '+': (a, b) => (typeof a === 'number' ? (b as tf.Tensor).add(a) : a.add(b)),
  '-': (a, b) => (typeof a === 'number' ? tf.neg(b as tf.Tensor).add(a) : a.sub(b)),
  '*': (a, b) => (typeof a === 'number' ? (b as tf.Tensor).mul(a) : a.mul(b)),
  '/': (a, b) => tf.div(a, b),
  '//': (a, b) => tf.floor(tf.div(a, b)),
  '**': (a, b) => tf.pow(a, b),
  '<': asBool((a, b) => tf.less(a, b)), '<=': asBool((a, b) => tf.lessEqual(a, b)),
  '>': asBool((a, b) => tf.greater(a, b)), '>=': asBool((a, b) => tf.greaterEqual(a, b)),
  '==': asBool((a, b) => tf.equal(a, b)), '!=': asBool((a, b) => tf.notEqual(a, b)),
};

const unaryFolded = numberFunctions;
const unaryTensor: Record<string, (a: tf.Tensor) => tf.Tensor> = {
  sqrt: tf.sqrt, exp: tf.exp, log: tf.log, abs: tf.abs, sign: tf.sign, cos: tf.cos, floor: tf.floor, zeros_like: tf.zerosLike,
};

/** The value of `expr` with `names` bound; call inside tf.tidy. */
export function evaluateCell(expr: Expr, names: Map<string, CellValue>, context: CellRunContext): CellValue {
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
      const shape = like === undefined || typeof like === 'number' ? [] : like.shape;
      return tf.randomUniform(shape, 0, 1, 'float32', context.seed());
    }
    case 'negate': {
      const arg = evaluateCell(expr.arg, names, context);
      return typeof arg === 'number' ? -arg : tf.neg(arg);
    }
    case 'binary': {
      const a = evaluateCell(expr.left, names, context);
      const b = evaluateCell(expr.right, names, context);
      if (typeof a === 'number' && typeof b === 'number') return folded[expr.op](a, b);
      return tensorOps[expr.op](a, b);
    }
    case 'call': {
      const args = expr.args.map((arg) => evaluateCell(arg, names, context));
      if (expr.name === 'maximum' || expr.name === 'minimum') {
        const [a, b] = args;
        if (typeof a === 'number' && typeof b === 'number') return expr.name === 'maximum' ? Math.max(a, b) : Math.min(a, b);
        return expr.name === 'maximum' ? tf.maximum(a, b) : tf.minimum(a, b);
      }
      const [a] = args;
      return typeof a === 'number' ? unaryFolded[expr.name](a) : unaryTensor[expr.name](a);
    }
  }
}

/**
 * Runs every statement of `program` on `names` (changed in place) and returns, per statement,
 * whether its value has a NaN or ∞ (a bool scalar tensor; none for plain numbers). Call inside tf.tidy.
 */
export function runCell(program: Program, names: Map<string, CellValue>, context: CellRunContext): { index: number; bad: tf.Tensor | boolean }[] {
  const checks: { index: number; bad: tf.Tensor | boolean }[] = [];
  program.statements.forEach((statement, index) => {
    const value = evaluateCell(statement.value, names, context);
    let next = value;
    if (statement.op !== '=') {
      const old = names.get(statement.target) ?? 0;
      const op = statement.op[0];
      next = typeof old === 'number' && typeof value === 'number' ? folded[op](old, value) : tensorOps[op](old, value);
    }
    names.set(statement.target, next);
    checks.push({ index, bad: typeof next === 'number' ? !Number.isFinite(next) : tf.logicalNot(tf.isFinite(next.sum())) });
  });
  return checks;
}
