/**
 * What a cell's Run button shows: an update rule takes 100 steps on the ravine from the race's
 * start, in tfjs. Schedule and dropout cells need no tensors (lib/cell/cellNumberDemos.ts); they
 * are answered there, and here too for one entry point. Every problem, a NaN or ∞ included (with
 * the step and the variable), comes back as a CellError, never as a throw.
 */
import * as tf from '@tensorflow/tfjs';
import type { CellKind } from '../lib/cell/cellAnalysis';
import { dropoutDemo, scheduleDemo, type CellDemo } from '../lib/cell/cellNumberDemos';
import { cellError } from '../lib/cell/cellProblems';
import { pair } from '../lib/i18n';
import { compileCellRule } from './cellRule';
import { resolveHyper, disposeState, type OptimizerName } from './optimizers';
import { surfaces } from './surfaces';

export type { CellDemo };

const RAVINE_STEPS = 100;
const nowhere = { line: 0, column: 0 };

/** Runs `code` (a cell of `kind`) as its Run button does; `rule` gives an update cell its learning rate. */
export function runCellDemo(kind: CellKind, code: string, values: Record<string, number>, rule: OptimizerName = 'sgd'): CellDemo {
  if (kind === 'update') return updateDemo(code, values, rule);
  return kind === 'schedule' ? scheduleDemo(code, values) : dropoutDemo(code, values);
}

/** 100 steps of an update cell on the ravine from the race's start. */
function updateDemo(code: string, values: Record<string, number>, rule: OptimizerName): CellDemo {
  const compiled = compileCellRule({ code, values, label: pair((d) => d.cell.cell), color: '' });
  if (!compiled.ok) return compiled;
  const optimizer = compiled.rule;
  const ravine = surfaces.ravine;
  const hyper = resolveHyper(rule);
  const grad = tf.grads((x: tf.Tensor, y: tf.Tensor) => ravine.f(x, y).sum());
  let params: tf.Tensor = tf.tensor2d([[ravine.start[0]], [ravine.start[1]]]);
  let state = optimizer.init(params);
  let steps = 0;
  let bad: { variable: string; step: number } | null = null;
  for (; steps < RAVINE_STEPS; steps++) {
    const g = tf.tidy(() => tf.concat(grad([params.slice([0, 0], [1, 1]), params.slice([1, 0], [1, 1])]), 0));
    const next = optimizer.update(params, g, state, hyper);
    tf.dispose([g, params]);
    disposeState(state);
    params = next.params;
    state = next.state;
    bad = optimizer.firstBad(state);
    if (bad) break;
  }
  const [x, y] = params.dataSync();
  const loss = tf.tidy(() => ravine.f(tf.scalar(x), tf.scalar(y)).dataSync()[0]);
  params.dispose();
  disposeState(state);
  if (bad) return { ok: false, error: cellError({ code: 'notFinite', ...bad }, nowhere) };
  return { ok: true, kind: 'update', steps, x: [x, y], loss };
}
