/**
 * What a parsed cell means to the widget that runs it: which names the widget provides, which
 * are optimizer state (read before they are written: they start at zeros shaped like x, as the
 * lecture's `v = 0` does), which are new hyper-parameters (read, never written, not provided:
 * each gets a number the reader can change), and whether the cell assigns its output. Pure.
 */
import { cellError, type CellError } from './cellProblems';
import type { Expr, Program } from './cellSyntax';

/** What a cell computes, by kind: the names its widget provides and the name it must assign. */
export const cellKinds = {
  /** An update rule: the race provides the parameters, their gradient, the step (from 1) and the learning rate. */
  update: { provided: ['x', 'dx', 't', 'learning_rate'], output: 'x' },
  /** A learning-rate schedule: step t of num_steps, from base_lr. */
  schedule: { provided: ['t', 'num_steps', 'base_lr'], output: 'learning_rate' },
  /** Inverted dropout on the hidden activations H1. */
  dropout: { provided: ['H1'], output: 'H1' },
} as const;

export type CellKind = keyof typeof cellKinds;

/** Starting values of hyper-parameters the lecture names; any other new name starts at 0.1. */
export const hyperDefaults: Readonly<Record<string, number>> = {
  rho: 0.9, mu: 0.9, momentum: 0.9, decay_rate: 0.99, beta1: 0.9, beta2: 0.999, eps: 1e-8, epsilon: 1e-8,
  p: 0.5, gamma: 0.1, weight_decay: 1e-4, warmup: 10, step_size: 30,
};
export const OTHER_HYPER_DEFAULT = 0.1;

export interface CellAnalysis {
  kind: CellKind;
  /** State names in order of first appearance; each starts at zeros shaped like the output. */
  state: string[];
  /** New hyper-parameters in order of first appearance, with their starting values. */
  hyper: { name: string; value: number }[];
  output: string;
}

export type CellAnalysed = { ok: true; analysis: CellAnalysis } | { ok: false; error: CellError };

/** Every name `expr` reads, in reading order (np.random.rand(*v.shape) reads v). */
function reads(expr: Expr, into: { name: string; line: number; column: number }[]): void {
  switch (expr.kind) {
    case 'name':
      into.push({ name: expr.name, line: expr.line, column: expr.column });
      return;
    case 'random':
      into.push({ name: expr.shapeOf, line: expr.line, column: expr.column });
      return;
    case 'negate':
      reads(expr.arg, into);
      return;
    case 'binary':
      reads(expr.left, into);
      reads(expr.right, into);
      return;
    case 'call':
      for (const arg of expr.args) reads(arg, into);
      return;
    default:
      return;
  }
}

/** Sorts the names of `program` for a cell of `kind`; fails when the output is never assigned. */
export function analyseCell(program: Program, kind: CellKind): CellAnalysed {
  const { provided, output } = cellKinds[kind];
  const isProvided = (name: string) => (provided as readonly string[]).includes(name);
  const everWritten = new Set(program.statements.map((s) => s.target));
  const written = new Set<string>();
  const state: string[] = [];
  const hyper: { name: string; value: number }[] = [];
  const note = (name: string) => {
    if (isProvided(name) || written.has(name) || state.includes(name) || hyper.some((h) => h.name === name)) return;
    if (everWritten.has(name)) state.push(name);
    else hyper.push({ name, value: Object.hasOwn(hyperDefaults, name) ? hyperDefaults[name] : OTHER_HYPER_DEFAULT });
  };
  for (const statement of program.statements) {
    const used: { name: string; line: number; column: number }[] = [];
    if (statement.op !== '=') used.push({ name: statement.target, line: statement.line, column: statement.column });
    reads(statement.value, used);
    for (const { name } of used) note(name);
    written.add(statement.target);
  }
  if (!written.has(output)) {
    return { ok: false, error: cellError({ code: 'outputMissing', name: output }, { line: 0, column: 0 }) };
  }
  return { ok: true, analysis: { kind, state, hyper, output } };
}
