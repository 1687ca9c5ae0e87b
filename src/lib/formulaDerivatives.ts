/**
 * The exact gradient and Hessian of a parsed formula (src/lib/formula.ts), by forward-mode
 * automatic differentiation to second order: every node of the tree is evaluated as a jet
 * (f, ∂x f, ∂y f, ∂xx f, ∂xy f, ∂yy f) in doubles, and each operation carries the jet by the
 * chain rule (for φ(u): φ'·u' and φ''·u'u' + φ'·u''). No step size, so no truncation or
 * cancellation error: the result is the Hessian to rounding, which a central difference of the
 * gradient is not, and it needs no second-order gradients from tfjs (which throws on them for
 * exp, tanh, abs, division, min and max).
 *
 * Where the formula is not twice differentiable (abs at 0, min or max where the two sides tie and
 * differ, sqrt at 0, a pole) the derivatives come out non-finite and `derivativesAt` says which
 * case it is rather than inventing a number. Pure: no DOM, no tfjs. The swarm's gradients come
 * from formulaGradient.ts instead: a compiled first-order tape over many points that follows
 * tfjs's one-sided choices at kinks, so it equals the tfjs engine's iterates.
 */
import { type Ast, evaluate, type FunctionName, usesVariables } from './formula';

/** A value and its first and second partial derivatives in x and y. */
export interface Jet {
  f: number;
  x: number;
  y: number;
  xx: number;
  xy: number;
  yy: number;
}

const constant = (f: number): Jet => ({ f, x: 0, y: 0, xx: 0, xy: 0, yy: 0 });

/** φ(u) for a scalar function with value v, first derivative d1 and second derivative d2 at u.f. */
function chain(u: Jet, v: number, d1: number, d2: number): Jet {
  // A zero factor wins over an infinite one (a branch with u' = 0 has no derivative to lose), but
  // not over NaN: a kink below stays a kink.
  const times = (a: number, b: number) => (Number.isNaN(a) || Number.isNaN(b) ? NaN : a === 0 || b === 0 ? 0 : a * b);
  return {
    f: v,
    x: times(d1, u.x),
    y: times(d1, u.y),
    xx: times(d2, u.x * u.x) + times(d1, u.xx),
    xy: times(d2, u.x * u.y) + times(d1, u.xy),
    yy: times(d2, u.y * u.y) + times(d1, u.yy),
  };
}

const add = (a: Jet, b: Jet, sign: 1 | -1): Jet => ({
  f: a.f + sign * b.f, x: a.x + sign * b.x, y: a.y + sign * b.y, xx: a.xx + sign * b.xx, xy: a.xy + sign * b.xy, yy: a.yy + sign * b.yy,
});

const multiply = (a: Jet, b: Jet): Jet => ({
  f: a.f * b.f,
  x: a.x * b.f + a.f * b.x,
  y: a.y * b.f + a.f * b.y,
  xx: a.xx * b.f + 2 * a.x * b.x + a.f * b.xx,
  xy: a.xy * b.f + a.x * b.y + a.y * b.x + a.f * b.xy,
  yy: a.yy * b.f + 2 * a.y * b.y + a.f * b.yy,
});

const reciprocal = (u: Jet): Jet => chain(u, 1 / u.f, -1 / (u.f * u.f), 2 / (u.f * u.f * u.f));

/** u^c for a constant c: c·u^(c−1) and c(c−1)·u^(c−2), a zero coefficient staying 0 at u = 0 (x^1, x^2 at 0). */
function constantPower(u: Jet, c: number): Jet {
  const term = (coefficient: number, exponent: number) => (coefficient === 0 ? 0 : coefficient * u.f ** exponent);
  return chain(u, u.f ** c, term(c, c - 1), term(c * (c - 1), c - 2));
}

/** A kink: the value, with every derivative undefined. */
const kink = (f: number): Jet => ({ f, x: NaN, y: NaN, xx: NaN, xy: NaN, yy: NaN });

const sameJet = (a: Jet, b: Jet) => a.f === b.f && a.x === b.x && a.y === b.y && a.xx === b.xx && a.xy === b.xy && a.yy === b.yy;

/** min or max of two jets: the chosen side's jet, or a kink where they tie with different slopes. */
function pick(a: Jet, b: Jet, takeLower: boolean): Jet {
  if (a.f === b.f) return sameJet(a, b) ? a : kink(a.f);
  return (a.f < b.f) === takeLower ? a : b;
}

const functions: Record<FunctionName, (a: Jet, b: Jet) => Jet> = {
  sin: (u) => chain(u, Math.sin(u.f), Math.cos(u.f), -Math.sin(u.f)),
  cos: (u) => chain(u, Math.cos(u.f), -Math.sin(u.f), -Math.cos(u.f)),
  tan: (u) => {
    const t = Math.tan(u.f);
    return chain(u, t, 1 + t * t, 2 * t * (1 + t * t));
  },
  tanh: (u) => {
    const t = Math.tanh(u.f);
    return chain(u, t, 1 - t * t, -2 * t * (1 - t * t));
  },
  exp: (u) => {
    const e = Math.exp(u.f);
    return chain(u, e, e, e);
  },
  log: (u) => chain(u, Math.log(u.f), 1 / u.f, -1 / (u.f * u.f)),
  sqrt: (u) => {
    const s = Math.sqrt(u.f);
    return chain(u, s, 1 / (2 * s), -1 / (4 * s * s * s));
  },
  abs: (u) => (u.f === 0 ? (u.x === 0 && u.y === 0 && u.xx === 0 && u.xy === 0 && u.yy === 0 ? u : kink(0)) : chain(u, Math.abs(u.f), Math.sign(u.f), 0)),
  min: (a, b) => pick(a, b, true),
  max: (a, b) => pick(a, b, false),
};

/** `ast` as a function of (x, y) returning its jet; built once as nested closures, like formulaNumeric.ts. */
export function compileJet(ast: Ast): (x: number, y: number) => Jet {
  if (!usesVariables(ast)) {
    const value = evaluate(ast, 0, 0);
    return () => constant(value);
  }
  switch (ast.kind) {
    case 'variable':
      return ast.name === 'x' ? (x) => ({ f: x, x: 1, y: 0, xx: 0, xy: 0, yy: 0 }) : (_x, y) => ({ f: y, x: 0, y: 1, xx: 0, xy: 0, yy: 0 });
    case 'negate': {
      const arg = compileJet(ast.arg);
      return (x, y) => add(constant(0), arg(x, y), -1);
    }
    case 'call': {
      const fn = functions[ast.name];
      const [a, b = () => constant(NaN)] = ast.args.map(compileJet);
      return (x, y) => fn(a(x, y), b(x, y));
    }
    case 'binary': {
      const [a, b] = [compileJet(ast.left), compileJet(ast.right)];
      if (ast.op === '+') return (x, y) => add(a(x, y), b(x, y), 1);
      if (ast.op === '-') return (x, y) => add(a(x, y), b(x, y), -1);
      if (ast.op === '*') return (x, y) => multiply(a(x, y), b(x, y));
      // a·(1/b) carries the derivatives; the value is a/b itself, as evaluate() divides.
      if (ast.op === '/') return (x, y) => {
        const [p, q] = [a(x, y), b(x, y)];
        return { ...multiply(p, reciprocal(q)), f: p.f / q.f };
      };
      if (!usesVariables(ast.right)) {
        const c = evaluate(ast.right, 0, 0);
        return (x, y) => constantPower(a(x, y), c);
      }
      // a^b with b varying: the derivatives of exp(b·log a), which exist for a > 0 only (a ≤ 0 reads as no Hessian); the value a^b itself.
      return (x, y) => {
        const [p, q] = [a(x, y), b(x, y)];
        const viaLog = functions.exp(multiply(q, functions.log(p, constant(NaN))), constant(NaN));
        return { ...viaLog, f: p.f ** q.f };
      };
    }
    default:
      return () => constant(NaN);
  }
}

/** What the derivatives at a point are: exact, or why there are none. */
export type Derivatives =
  | { kind: 'smooth'; f: number; gradient: [number, number]; hessian: [number, number, number] }
  /** f itself is not a finite number here (outside the domain, a pole). */
  | { kind: 'undefined' }
  /** f is finite but has no (second) derivative here: a kink of abs, min or max, or the edge of sqrt. */
  | { kind: 'notTwiceDifferentiable'; f: number };

/** The exact gradient and Hessian [xx, xy, yy] of the compiled `jet` at (x, y), or why there is none. */
export function derivativesAt(jet: (x: number, y: number) => Jet, x: number, y: number): Derivatives {
  const j = jet(x, y);
  if (!Number.isFinite(j.f)) return { kind: 'undefined' };
  const parts = [j.x, j.y, j.xx, j.xy, j.yy];
  if (!parts.every(Number.isFinite)) return { kind: 'notTwiceDifferentiable', f: j.f };
  return { kind: 'smooth', f: j.f, gradient: [j.x, j.y], hessian: [j.xx, j.xy, j.yy] };
}
