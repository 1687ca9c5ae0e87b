/**
 * The reader's schedule cell as a learning-rate schedule: `learning_rate` at step t (from 0, as
 * lib/schedules.ts counts) of num_steps, from base_lr, with the cell's own hyper-parameters.
 * The schedule explorer draws it beside the built-in curves and the network race (in the engine
 * worker) takes its rate from it at every step. A rule that gives NaN, ∞ or a negative rate at
 * any step of a run is refused with the step and the variable. Pure: the tree is walked by
 * cellNumbers.ts, never run as JavaScript.
 */
import { createRng } from '../rng';
import { scheduleSampleSteps } from '../schedules';
import { analyseCell } from './cellAnalysis';
import { cellError, type CellError } from './cellProblems';
import { parseCell } from './cellParse';
import type { Program } from './cellSyntax';
import { runNumbers, type CellNumber } from './cellNumbers';

/** What the reader's schedule cell holds: its code and the values they set for its hyper-parameters. */
export interface ScheduleCellSettings {
  code: string;
  values?: Record<string, number>;
}

export interface ScheduleCell {
  /** The rate at step `t` of `numSteps` from `baseLr`, or the problem at that step. */
  at(t: number, numSteps: number, baseLr: number): { ok: true; rate: number } | { ok: false; error: CellError };
}

export type CompiledSchedule = { ok: true; schedule: ScheduleCell } | { ok: false; error: CellError };

const nowhere = { line: 0, column: 0 };
/** Seed of np.random.rand in a schedule cell (one per step, so a rate never changes between reads). */
const SCHEDULE_SEED = 11;

/** Parses and analyses a schedule cell; every problem comes back as `{ ok: false }`. */
export function compileScheduleCell({ code, values = {} }: ScheduleCellSettings): CompiledSchedule {
  const parsed = parseCell(code);
  if (!parsed.ok) return parsed;
  const analysed = analyseCell(parsed.program, 'schedule');
  if (!analysed.ok) return analysed;
  const { hyper, state, output } = analysed.analysis;
  const program: Program = parsed.program;
  const at: ScheduleCell['at'] = (t, numSteps, baseLr) => {
    const names = new Map<string, CellNumber>([['t', t], ['num_steps', numSteps], ['base_lr', baseLr]]);
    for (const { name, value } of hyper) names.set(name, Object.hasOwn(values, name) ? values[name] : value);
    for (const name of state) names.set(name, 0);
    const rng = createRng(SCHEDULE_SEED + t);
    const bad = runNumbers(program, names, () => rng.next());
    if (bad !== null) return { ok: false, error: cellError({ code: 'notFinite', variable: bad, step: t }, nowhere) };
    const rate = names.get(output)!;
    // A rate shaped like nothing in particular (a reader's np.random.rand(*t.shape) is a number here).
    const value = typeof rate === 'number' ? rate : rate[0];
    if (value < 0) {
      return { ok: false, error: cellError({ code: 'negativeRate', variable: output, step: t, value: Number(value.toPrecision(3)) }, nowhere) };
    }
    return { ok: true, rate: value };
  };
  return { ok: true, schedule: { at } };
}

/** The first problem of `schedule` over every step 0 .. numSteps from `baseLr`, or null when each rate is fine. */
export function checkScheduleCell(schedule: ScheduleCell, numSteps: number, baseLr: number): CellError | null {
  for (let t = 0; t <= numSteps; t++) {
    const result = schedule.at(t, numSteps, baseLr);
    if (!result.ok) return result.error;
  }
  return null;
}

/** The schedule's curve at the explorer's sample steps, or the first problem of the whole run. */
export function sampleScheduleCell(
  schedule: ScheduleCell,
  baseLr: number,
  totalSteps: number,
  points: number,
): { ok: true; points: { step: number; rate: number }[] } | { ok: false; error: CellError } {
  const problem = checkScheduleCell(schedule, totalSteps, baseLr);
  if (problem) return { ok: false, error: problem };
  return {
    ok: true,
    points: scheduleSampleSteps(totalSteps, points).map((step) => ({ step, rate: (schedule.at(step, totalSteps, baseLr) as { rate: number }).rate })),
  };
}

/** The schedule cell compiled and checked over every step of a run of `numSteps` from each of `baseRates` (a race's racers). */
export function scheduleForRun(settings: ScheduleCellSettings, numSteps: number, baseRates: readonly number[]): CompiledSchedule {
  const compiled = compileScheduleCell(settings);
  if (!compiled.ok) return compiled;
  for (const base of new Set(baseRates)) {
    const problem = checkScheduleCell(compiled.schedule, numSteps, base);
    if (problem) return { ok: false, error: problem };
  }
  return compiled;
}
