/**
 * A reader's update-rule cell as an Optimizer (engines/optimizers.ts's contract), so the races
 * run it exactly as they run the six built-in rules. The interface stays plain data: the
 * program text and the hyper-parameter values go in as settings and are parsed and compiled
 * here, where the engine runs (the page, a worker or a unit test alike).
 *
 * Per step: t counts from 1 (as in the lecture's `for t in range(1, ...)`), x is the
 * parameters, dx their gradient, learning_rate the racer's (scheduled) rate, every state name
 * starts at zeros shaped like x, and each new hyper-parameter has the value the reader set.
 * The state also keeps `cellBad` = [step, statement] of the first NaN or ∞ any statement
 * produced ([-1, -1] while none), so a diverged racer can be told which variable broke first.
 */
import * as tf from '@tensorflow/tfjs';
import { analyseCell, type CellAnalysis } from '../lib/cell/cellAnalysis';
import { cellMessage, type CellError } from '../lib/cell/cellProblems';
import { parseCell } from '../lib/cell/cellParse';
import type { Program } from '../lib/cell/cellSyntax';
import type { Label } from '../lib/params';
import { createRng } from '../lib/rng';
import { runCell, type CellValue } from './cellCompiler';
import type { Hyper, Optimizer, State } from './optimizers';

/** A cell racer's settings: what the reader wrote and set. Plain data (it may cross to a worker). */
export interface CellRuleSettings {
  code: string;
  /** Values of the cell's own hyper-parameters; a missing one keeps its starting value. */
  values?: Record<string, number>;
  label: Label;
  color: string;
  /** Seed of np.random.rand in the cell. */
  seed?: number;
}

export interface CellOptimizer extends Optimizer {
  analysis: CellAnalysis;
  program: Program;
  /** The variable and step of the first NaN or ∞ recorded in `state`, or null (reads one value back). */
  firstBad(state: State): { variable: string; step: number } | null;
}

export type CompiledRule = { ok: true; rule: CellOptimizer } | { ok: false; error: CellError };

/** Parses, analyses and compiles an update-rule cell; every problem comes back as `{ ok: false }`. */
export function compileCellRule(settings: CellRuleSettings): CompiledRule {
  const parsed = parseCell(settings.code);
  if (!parsed.ok) return parsed;
  const analysed = analyseCell(parsed.program, 'update');
  if (!analysed.ok) return analysed;
  const { analysis } = analysed;
  const { program } = parsed;
  const hyperValues = new Map(analysis.hyper.map(({ name, value }) => [name, settings.values?.[name] ?? value]));
  const rng = createRng(settings.seed ?? 7);
  const context = { seed: () => rng.seed() };

  const rule: CellOptimizer = {
    label: settings.label,
    color: settings.color,
    hyper: ['learningRate'],
    defaults: {} as Hyper,
    analysis,
    program,
    init: (params) => {
      const fresh: Record<string, tf.Tensor | number> = { t: 0, cellBad: tf.tensor1d([-1, -1]) };
      for (const name of analysis.state) fresh[name] = tf.zerosLike(params);
      return fresh as State;
    },
    update: (params, grads, old, hyper) =>
      tidyStep(() => {
        const t = (Number(state(old).t) || 0) + 1;
        const names = new Map<string, CellValue>([['x', params], ['dx', grads], ['t', t], ['learning_rate', hyper.learningRate]]);
        for (const [name, value] of hyperValues) names.set(name, value);
        for (const name of analysis.state) names.set(name, state(old)[name] as tf.Tensor);
        const checks = runCell(program, names, context);
        const inputs = new Set<unknown>([params, grads, ...analysis.state.map((n) => state(old)[n])]);
        /** A tensor shaped like x that the caller may own and dispose. */
        const owned = (value: CellValue) =>
          typeof value === 'number' ? tf.fill(params.shape, value)
            : inputs.has(value) ? value.clone()
            : value.shape.join() === params.shape.join() ? value : tf.add(tf.zerosLike(params), value);
        const next: Record<string, tf.Tensor | number> = { t, cellBad: firstBadAfter(state(old).cellBad as tf.Tensor, checks, t) };
        for (const name of analysis.state) next[name] = owned(names.get(name)!);
        return { params: owned(names.get('x')!), state: next as State };
      }),
    firstBad: (s) => {
      const bad = state(s).cellBad;
      if (!(bad instanceof tf.Tensor)) return null;
      const [step, index] = bad.dataSync();
      return step < 0 ? null : { variable: program.statements[index].target, step };
    },
  };
  return { ok: true, rule };
}

/** The reader's rule compiled for a race, or an Error naming its place (a cell checks its code before it races). */
export function cellOptimizer(cell: CellRuleSettings): CellOptimizer {
  const compiled = compileCellRule(cell);
  if (!compiled.ok) throw new Error(cellMessage('en', compiled.error));
  return compiled.rule;
}

/** The record [step, statement] of the first NaN or ∞: the old one if set, else this step's first. */
function firstBadAfter(old: tf.Tensor, checks: { index: number; bad: tf.Tensor | boolean }[], t: number): tf.Tensor {
  let found: tf.Tensor = tf.tensor1d([-1, -1]);
  for (let i = checks.length - 1; i >= 0; i--) {
    const { bad, index } = checks[i];
    const flag = typeof bad === 'boolean' ? tf.scalar(bad) : bad;
    found = tf.where(flag.reshape([1]).tile([2]), tf.tensor1d([t, index]), found);
  }
  return tf.where(old.slice([0], [1]).less(0).tile([2]), found, old);
}

/** tf.tidy for a step result (tfjs's types do not know a State holds tensors). */
function tidyStep(step: () => { params: tf.Tensor; state: State }): { params: tf.Tensor; state: State } {
  return tf.tidy(step as unknown as () => tf.TensorContainer) as unknown as { params: tf.Tensor; state: State };
}

/** The state as a record (the cell's names are not the built-in rules' keys). */
function state(s: State): Record<string, tf.Tensor | number | undefined> {
  return s as unknown as Record<string, tf.Tensor | number | undefined>;
}
