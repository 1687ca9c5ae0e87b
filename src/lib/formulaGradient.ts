/**
 * A parsed formula (formula.ts) as a compiled tape that gives f and its exact gradient at many
 * points at once, in plain JS (forward-mode derivatives carried beside each value). The swarm
 * (firstOrderSwarm.ts) calls it once per step for every particle of every racer: one pass
 * over typed arrays per tape entry, with no allocation, so a step costs a few nanoseconds per
 * particle and per entry, where tfjs spends a kernel launch per op.
 *
 * Derivatives follow tfjs's gradients where tfjs picks a side (tests/unit/firstOrderSwarm.test.ts
 * holds the swarm to the tfjs engine): abs'(0) = −1 (tfjs: step(x, −1)), max passes the gradient
 * to the left argument on a tie, min to the left too, a^b's derivative in b is 0 for a ≤ 0, and a
 * constant integer power is repeated multiplication (as engines/formulaSurface.ts builds it).
 * Why not formulaDerivatives.ts (exact second order, for Newton): that one walks the tree once per
 * point carrying six numbers and reports a kink as "no derivative"; this one must match tfjs's
 * one-sided choices at kinks and run 60,000 points a step, so it is a compiled first-order tape.
 * Points are processed in chunks so the tape's scratch stays small and in cache. Pure.
 */
import { type Ast, evaluate, type FunctionName, usesVariables } from './formula';

type Entry =
  | { op: 'const' | 'x' | 'y' }
  | { op: 'neg' | FunctionName; a: number; b: number }
  | { op: '+' | '-' | '*' | '/' | 'pow'; a: number; b: number }
  | { op: 'powi'; a: number; k: number };

/** Points per chunk: the tape's scratch is 3 arrays of this length per entry. */
const CHUNK = 512;

export interface FormulaGradient {
  /** f, ∂f/∂x and ∂f/∂y at (xs[i], ys[i]) for i < count, written into f, gx, gy. */
  at(xs: ArrayLike<number>, ys: ArrayLike<number>, count: number, f: Float64Array, gx: Float64Array, gy: Float64Array): void;
}

/** Compiles `ast` to the tape (constant sub-trees folded to one number). */
export function formulaGradient(ast: Ast): FormulaGradient {
  const tape: Entry[] = [];
  const constants: number[] = [];
  const emit = (entry: Entry, value = 0) => {
    tape.push(entry);
    constants.push(value);
    return tape.length - 1;
  };
  const build = (node: Ast): number => {
    if (!usesVariables(node)) return emit({ op: 'const' }, evaluate(node, 0, 0));
    switch (node.kind) {
      case 'variable':
        return emit({ op: node.name });
      case 'negate':
        return emit({ op: 'neg', a: build(node.arg), b: -1 });
      case 'call': {
        const [a, b = -1] = node.args.map(build);
        return emit({ op: node.name, a, b });
      }
      case 'binary': {
        if (node.op === '^' && !usesVariables(node.right)) {
          const k = evaluate(node.right, 0, 0);
          if (Number.isInteger(k) && Math.abs(k) <= 16) return emit({ op: 'powi', a: build(node.left), k });
        }
        const a = build(node.left);
        const b = build(node.right);
        return emit({ op: node.op === '^' ? 'pow' : node.op, a, b });
      }
      default:
        throw new Error(`Expected a node that uses x or y, but got ${node.kind}`);
    }
  };
  const root = build(ast);
  const v = tape.map(() => new Float64Array(CHUNK));
  const dx = tape.map(() => new Float64Array(CHUNK));
  const dy = tape.map(() => new Float64Array(CHUNK));
  tape.forEach((entry, i) => {
    if (entry.op === 'const') v[i].fill(constants[i]);
    if (entry.op === 'x') dx[i].fill(1);
    if (entry.op === 'y') dy[i].fill(1);
  });

  /** Runs entry i over the first m points of the chunk. */
  const run = (i: number, m: number) => {
    const e = tape[i];
    const [V, X, Y] = [v[i], dx[i], dy[i]];
    if (e.op === 'const' || e.op === 'x' || e.op === 'y') return;
    if (e.op === 'powi') {
      const [A, AX, AY] = [v[e.a], dx[e.a], dy[e.a]];
      for (let j = 0; j < m; j++) {
        let r = 1;
        let rx = 0;
        let ry = 0;
        for (let p = 0; p < Math.abs(e.k); p++) {
          rx = rx * A[j] + r * AX[j];
          ry = ry * A[j] + r * AY[j];
          r *= A[j];
        }
        if (e.k < 0) {
          rx = -rx / (r * r);
          ry = -ry / (r * r);
          r = 1 / r;
        }
        V[j] = r;
        X[j] = rx;
        Y[j] = ry;
      }
      return;
    }
    if (!('a' in e) || !('b' in e)) return;
    const [A, AX, AY] = [v[e.a], dx[e.a], dy[e.a]];
    const [B, BX, BY] = e.b >= 0 ? [v[e.b], dx[e.b], dy[e.b]] : [A, AX, AY];
    /** Writes value r and the chain rule r' = da·a' + db·b' for point j. */
    const put = (j: number, r: number, da: number, db: number) => {
      V[j] = r;
      X[j] = da * AX[j] + (db === 0 ? 0 : db * BX[j]);
      Y[j] = da * AY[j] + (db === 0 ? 0 : db * BY[j]);
    };
    for (let j = 0; j < m; j++) {
      const a = A[j];
      const b = B[j];
      switch (e.op) {
        case 'neg': put(j, -a, -1, 0); break;
        case '+': put(j, a + b, 1, 1); break;
        case '-': put(j, a - b, 1, -1); break;
        case '*': put(j, a * b, b, a); break;
        case '/': put(j, a / b, 1 / b, -a / (b * b)); break;
        case 'pow': {
          const r = a ** b;
          put(j, r, b * a ** (b - 1), a > 0 ? r * Math.log(a) : 0);
          break;
        }
        case 'sin': put(j, Math.sin(a), Math.cos(a), 0); break;
        case 'cos': put(j, Math.cos(a), -Math.sin(a), 0); break;
        case 'tan': put(j, Math.tan(a), 1 / Math.cos(a) ** 2, 0); break;
        case 'tanh': { const r = Math.tanh(a); put(j, r, 1 - r * r, 0); break; }
        case 'exp': { const r = Math.exp(a); put(j, r, r, 0); break; }
        case 'log': put(j, Math.log(a), 1 / a, 0); break;
        case 'sqrt': { const r = Math.sqrt(a); put(j, r, 1 / (2 * r), 0); break; }
        case 'abs': put(j, Math.abs(a), a > 0 ? 1 : -1, 0); break;
        case 'max': put(j, Math.max(a, b), a >= b ? 1 : 0, a >= b ? 0 : 1); break;
        case 'min': put(j, Math.min(a, b), a <= b ? 1 : 0, a <= b ? 0 : 1); break;
      }
    }
  };

  return {
    at(xs, ys, count, f, gx, gy) {
      const xi = tape.findIndex((e) => e.op === 'x');
      const yi = tape.findIndex((e) => e.op === 'y');
      for (let start = 0; start < count; start += CHUNK) {
        const m = Math.min(CHUNK, count - start);
        for (let j = 0; j < m; j++) {
          if (xi >= 0) v[xi][j] = xs[start + j];
          if (yi >= 0) v[yi][j] = ys[start + j];
        }
        // Every x entry and y entry shares the first one's values (the tape may hold several).
        tape.forEach((e, i) => {
          if (e.op === 'x' && i !== xi) v[i].set(v[xi]);
          if (e.op === 'y' && i !== yi) v[i].set(v[yi]);
        });
        for (let i = 0; i < tape.length; i++) run(i, m);
        f.set(v[root].subarray(0, m), start);
        gx.set(dx[root].subarray(0, m), start);
        gy.set(dy[root].subarray(0, m), start);
      }
    },
  };
}
