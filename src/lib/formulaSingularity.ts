/**
 * Where a parsed formula stops being a usable loss surface on a window: a point where it has no
 * value (log or sqrt of a negative number) or near which it grows without bound (a pole, log 0).
 *
 * Takes in: the AST of src/lib/formula.ts and the window. Returns: null, or the first problem
 * found, with a point near it. Pure, in doubles.
 *
 * Why not just sample f on a grid: a pole between grid points (1/x when no grid column hits
 * x = 0 exactly) leaves every sample finite, only large. Instead, every sub-expression that can
 * make f blow up is a *guard* (a denominator, the base of a negative or fractional power, the
 * argument of log or sqrt, the cos under a tan), and a guard can only do harm where it reaches 0.
 * Its zeros are found where it changes sign between grid neighbours (bisection) and where it
 * touches 0 without changing sign, like x^2 (a polished local minimum of |g|). Around each zero,
 * f is probed at shrinking distances: a non-finite probe means f is undefined or infinite there;
 * probes far beyond every value on the grid, or growing like 1/distance, mean a pole.
 * Grid points where f itself is not finite are probed the same way, so a removable singularity
 * such as sin(x)/x or x/x (0/0 at one point, bounded around it) is accepted.
 */
import { type Ast, evaluate, formatAst, usesVariables } from './formula';
import { compileNumeric } from './formulaNumeric';
import { type Box, polishMinimum } from './polishMinimum';

export interface SurfaceProblem {
  /**
   * undefined: no value there (NaN); unbounded: ±∞ there or |f| growing without bound towards it;
   * overflow: finite in doubles but beyond the 32-bit floats the race computes in (about 3.4e38).
   */
  kind: 'undefined' | 'unbounded' | 'overflow';
  at: [number, number];
  /** Share of the window's grid points where it happens, in percent, when it covers a region. */
  share?: number;
}

const GRID = 101;
/** Zeros probed per guard: enough to meet a pole along a whole line, cheap enough to type through. */
const PROBED_ZEROS = 16;
/** A grid dip of |g| below this share of max |g| is polished to see whether it reaches 0. */
const TOUCH_SHARE = 0.02;
/** Probe distances as fractions of the window's width, from 1e-4 down to 1e-10. */
const PROBE_RADII = [1e-4, 1e-6, 1e-8, 1e-10];
/**
 * Eight directions a little off the axes and diagonals: a probe along a line where the guard is
 * 0 everywhere (x = 0 for sin(x)/x) would only ever meet 0/0.
 */
const PROBE_DIRECTIONS = Array.from({ length: 8 }, (_, k) => [Math.cos((k * Math.PI) / 4 + 0.1), Math.sin((k * Math.PI) / 4 + 0.1)]);

/** The distinct sub-expressions of `ast` whose zeros can make it undefined or unbounded. */
export function formulaGuards(ast: Ast): Ast[] {
  const guards: Ast[] = [];
  const visit = (node: Ast) => {
    if (node.kind === 'negate') visit(node.arg);
    if (node.kind === 'call') {
      node.args.forEach(visit);
      const arg = node.args[0];
      if (node.name === 'log' || node.name === 'sqrt') guards.push(arg);
      if (node.name === 'tan') guards.push({ kind: 'call', name: 'cos', args: [arg] });
    }
    if (node.kind === 'binary') {
      visit(node.left);
      visit(node.right);
      if (node.op === '/') guards.push(node.right);
      if (node.op === '^') {
        const exponent = usesVariables(node.right) ? NaN : evaluate(node.right, 0, 0);
        if (!(Number.isInteger(exponent) && exponent >= 0)) guards.push(node.left);
      }
    }
  };
  visit(ast);
  // Each distinct guard once: x/(x^2+1)/(x^2+1)/… repeats one denominator many times.
  const distinct = new Map(guards.filter(usesVariables).map((guard) => [formatAst(guard), guard]));
  return [...distinct.values()];
}

/** The first point of `box` where `ast` is undefined or unbounded, or null when it is fine everywhere. */
export function findSingularity(ast: Ast, box: Box): SurfaceProblem | null {
  const f = compileNumeric(ast);
  const xs = axis(box.x);
  const ys = axis(box.y);
  let largest = 0;
  const holes: [number, number][] = [];
  for (const y of ys) {
    for (const x of xs) {
      const v = f(x, y);
      if (Number.isFinite(v)) largest = Math.max(largest, Math.abs(v));
      else holes.push([x, y]);
    }
  }
  const width = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]);
  // A grid point with no value may be a removable 0/0 (sin(x)/x at x = 0): probed like a zero.
  for (const hole of spread(holes, PROBED_ZEROS)) {
    const problem = probe(f, hole, box, width, largest);
    if (problem) return problem;
  }
  for (const guard of formulaGuards(ast)) {
    for (const zero of guardZeros(guard, box, xs, ys)) {
      const problem = probe(f, zero, box, width, largest);
      if (problem) return problem;
    }
  }
  return null;
}

/** GRID evenly spaced values from range[0] to range[1], both ends exact. */
function axis([low, high]: readonly [number, number]): number[] {
  return Array.from({ length: GRID }, (_, i) => (i === GRID - 1 ? high : low + ((high - low) * i) / (GRID - 1)));
}

/** Points where `guard` is 0: sign changes between grid neighbours, and polished minima of |guard| that reach 0. */
function guardZeros(guard: Ast, box: Box, xs: number[], ys: number[]): [number, number][] {
  const g = compileNumeric(guard);
  const values = ys.map((y) => xs.map((x) => g(x, y)));
  const exact: [number, number][] = [];
  const edges: [[number, number], [number, number]][] = [];
  const dips: { at: [number, number]; size: number }[] = [];
  let scale = 0;
  for (const row of values) for (const v of row) if (Number.isFinite(v)) scale = Math.max(scale, Math.abs(v));
  for (let j = 0; j < GRID; j++) {
    for (let i = 0; i < GRID; i++) {
      const v = values[j][i];
      if (v === 0) exact.push([xs[i], ys[j]]);
      if (i + 1 < GRID && v * values[j][i + 1] < 0) edges.push([[xs[i], ys[j]], [xs[i + 1], ys[j]]]);
      if (j + 1 < GRID && v * values[j + 1][i] < 0) edges.push([[xs[i], ys[j]], [xs[i], ys[j + 1]]]);
      const size = Math.abs(v);
      const neighbours = [values[j][i - 1], values[j][i + 1], values[j - 1]?.[i], values[j + 1]?.[i]];
      if (size > 0 && neighbours.every((n) => n === undefined || !(Math.abs(n) < size))) dips.push({ at: [xs[i], ys[j]], size });
    }
  }
  const step = Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]) / (GRID - 1);
  // Near a zero it only touches, |g| on the grid is at most about |g'|·step or |g''|·step², a tiny
  // share of its largest value; deeper dips (x^2 + 1) cannot reach 0 and are not polished.
  const touches = dips
    .filter(({ size }) => size <= TOUCH_SHARE * scale)
    .sort((a, b) => a.size - b.size)
    .slice(0, PROBED_ZEROS)
    .map(({ at }) => polishMinimum((x, y) => Math.abs(g(x, y)), at, box, step))
    .filter(({ value }) => value <= 1e-12 * Math.max(1, scale))
    .map(({ at }) => at);
  const crossings = [...exact, ...spread(edges, PROBED_ZEROS).map(([a, b]) => bisect(g, a, b))];
  return [...spread(crossings, PROBED_ZEROS), ...touches];
}

/** A point between a and b where g changes sign, to the last bit. */
function bisect(g: (x: number, y: number) => number, a: [number, number], b: [number, number]): [number, number] {
  let [low, high] = [a, b];
  const lowSign = Math.sign(g(...low));
  for (let k = 0; k < 60; k++) {
    const mid: [number, number] = [(low[0] + high[0]) / 2, (low[1] + high[1]) / 2];
    if (Math.sign(g(...mid)) === lowSign) low = mid;
    else high = mid;
  }
  return high;
}

/** At most `count` items of `list`, evenly spread over it. */
function spread<T>(list: T[], count: number): T[] {
  if (list.length <= count) return list;
  return Array.from({ length: count }, (_, k) => list[Math.floor((k * list.length) / count)]);
}

/** A problem if f near `zero` is non-finite, far beyond every grid value, or grows like a pole. */
function probe(f: (x: number, y: number) => number, zero: [number, number], box: Box, width: number, largest: number): SurfaceProblem | null {
  const inside = (x: number, y: number) => x >= box.x[0] && x <= box.x[1] && y >= box.y[0] && y <= box.y[1];
  const sizes = PROBE_RADII.map((radius) => {
    let size = 0;
    for (const [dx, dy] of PROBE_DIRECTIONS) {
      const x = zero[0] + radius * width * dx;
      const y = zero[1] + radius * width * dy;
      if (!inside(x, y)) continue;
      const v = f(x, y);
      if (Number.isNaN(v)) return NaN;
      size = Math.max(size, Math.abs(v));
    }
    return size;
  });
  const at: [number, number] = [zero[0], zero[1]];
  if (sizes.some(Number.isNaN)) return { kind: 'undefined', at };
  const nearest = sizes[sizes.length - 1];
  // A pole: f near the zero dwarfs everything sampled, or grows by 100× as the distance shrinks 10⁶×.
  if (!Number.isFinite(nearest) || nearest > 2 * largest + 1e-12 || nearest > 100 * sizes[0] + 1e-9 * Math.max(1, largest)) return { kind: 'unbounded', at };
  return null;
}
