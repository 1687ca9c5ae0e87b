/**
 * What a cell's Run button shows, computed where the engines run: an update rule takes 100
 * steps on the ravine from the race's start; a schedule gives its learning rate at a few steps
 * (checked at every step of 100);
 * a dropout cell masks 1,000 activations of 1 and reports what it kept. Every problem, a NaN or
 * ∞ included (with the step and the variable), comes back as a CellError, never as a throw.
 */
import * as tf from '@tensorflow/tfjs';
import { analyseCell, type CellKind } from '../lib/cell/cellAnalysis';
import { cellError, type CellError } from '../lib/cell/cellProblems';
import { parseCell } from '../lib/cell/cellParse';
import { pair } from '../lib/i18n';
import { createRng } from '../lib/rng';
import { runCell, type CellValue } from './cellCompiler';
import { compileCellRule } from './cellRule';
import { checkScheduleCell, compileScheduleCell } from '../lib/cell/cellSchedule';
import { resolveHyper, disposeState, type OptimizerName } from './optimizers';
import { surfaces } from './surfaces';

export type CellDemo =
  | { ok: true; kind: 'update'; steps: number; x: [number, number]; loss: number }
  | { ok: true; kind: 'schedule'; rates: { t: number; rate: number }[] }
  | { ok: true; kind: 'dropout'; kept: number; mean: number }
  | { ok: false; error: CellError };

const RAVINE_STEPS = 100;
const nowhere = { line: 0, column: 0 };

/** Runs `code` (a cell of `kind`) as its Run button does; `rule` gives an update cell its learning rate. */
export function runCellDemo(kind: CellKind, code: string, values: Record<string, number>, rule: OptimizerName = 'sgd'): CellDemo {
  if (kind === 'update') return updateDemo(code, values, rule);
  if (kind === 'schedule') return scheduleDemo(code, values);
  const parsed = parseCell(code);
  if (!parsed.ok) return parsed;
  const analysed = analyseCell(parsed.program, kind);
  if (!analysed.ok) return analysed;
  const { program, analysis } = { program: parsed.program, analysis: analysed.analysis };
  const rng = createRng(3);
  const context = { seed: () => rng.seed() };
  let result!: CellDemo;
  tf.tidy(() => {
    result = demoOf();
  });
  return result;

  function demoOf(): CellDemo {
    const bound = (given: [string, CellValue][]) => {
      const names = new Map<string, CellValue>(given);
      for (const { name, value } of analysis.hyper) names.set(name, values[name] ?? value);
      for (const name of analysis.state) names.set(name, 0);
      return names;
    };
    const h = tf.ones([1000]);
    const names = bound([['H1', h]]);
    runCell(program, names, context);
    const out = tf.add(tf.zerosLike(h), names.get('H1')!);
    const [kept, mean] = [out.notEqual(0).cast('float32').mean().dataSync()[0], out.mean().dataSync()[0]];
    if (!Number.isFinite(mean)) return { ok: false, error: cellError({ code: 'notFinite', variable: 'H1', step: 1 }, nowhere) } as CellDemo;
    return { ok: true, kind: 'dropout', kept, mean } as CellDemo;
  }
}

/** A schedule cell's rate at a few steps of 100 from base_lr 0.1, checked at every step (lib/cell/cellSchedule.ts, as the explorer and the race use it). */
function scheduleDemo(code: string, values: Record<string, number>): CellDemo {
  const compiled = compileScheduleCell({ code, values });
  if (!compiled.ok) return compiled;
  const problem = checkScheduleCell(compiled.schedule, 100, 0.1);
  if (problem) return { ok: false, error: problem };
  const rates = [0, 25, 50, 75, 100].map((t) => ({ t, rate: (compiled.schedule.at(t, 100, 0.1) as { rate: number }).rate }));
  return { ok: true, kind: 'schedule', rates };
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
