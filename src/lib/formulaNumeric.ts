/**
 * A parsed formula as a plain function of two doubles, built once as nested closures. It gives
 * the same numbers as formula.ts's `evaluate` (a test compares them), which walks the tree on
 * every call: formulaSingularity.ts evaluates a formula some 10⁵ times per check, and walking the
 * tree made a long formula take a second to check. Pure.
 */
import { type Ast, evaluate, type FunctionName, usesVariables } from './formula';

const mathFunction: Record<FunctionName, (a: number, b: number) => number> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan, tanh: Math.tanh, exp: Math.exp,
  log: Math.log, sqrt: Math.sqrt, abs: Math.abs, min: Math.min, max: Math.max,
};

/** `ast` as a function of (x, y) in doubles, equal to `evaluate` at every point. */
export function compileNumeric(ast: Ast): (x: number, y: number) => number {
  if (!usesVariables(ast)) {
    const value = evaluate(ast, 0, 0);
    return () => value;
  }
  switch (ast.kind) {
    case 'variable':
      return ast.name === 'x' ? (x) => x : (_x, y) => y;
    case 'negate': {
      const arg = compileNumeric(ast.arg);
      return (x, y) => -arg(x, y);
    }
    case 'call': {
      const fn = mathFunction[ast.name];
      const [a, b = () => NaN] = ast.args.map(compileNumeric);
      return (x, y) => fn(a(x, y), b(x, y));
    }
    case 'binary': {
      const [a, b] = [compileNumeric(ast.left), compileNumeric(ast.right)];
      if (ast.op === '+') return (x, y) => a(x, y) + b(x, y);
      if (ast.op === '-') return (x, y) => a(x, y) - b(x, y);
      if (ast.op === '*') return (x, y) => a(x, y) * b(x, y);
      if (ast.op === '/') return (x, y) => a(x, y) / b(x, y);
      return (x, y) => a(x, y) ** b(x, y);
    }
    default:
      return (x, y) => evaluate(ast, x, y);
  }
}
