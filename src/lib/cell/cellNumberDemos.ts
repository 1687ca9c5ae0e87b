/**
 * What Run shows for the cells that need no tensors: a schedule cell's learning rate at a few
 * steps (checked at every step), and a dropout cell's mask over 1,000 activations of 1. Both are
 * walked on plain numbers (cellNumbers.ts), the same evaluators the schedule explorer, the
 * network race and the dropout visualiser use, so Run answers at once without loading tfjs.
 * Only an update rule's 100 ravine steps need tfjs (engines/cellDemo.ts).
 */
import { analyseCell } from './cellAnalysis';
import type { CellError } from './cellProblems';
import { compileDropoutCell } from './cellDropout';
import { parseCell } from './cellParse';
import { checkScheduleCell, compileScheduleCell } from './cellSchedule';
import { createRng } from '../rng';

/** What a cell's Run button reports. */
export type CellDemo =
  | { ok: true; kind: 'update'; steps: number; x: [number, number]; loss: number }
  | { ok: true; kind: 'schedule'; rates: { t: number; rate: number }[] }
  | { ok: true; kind: 'dropout'; kept: number; mean: number }
  | { ok: false; error: CellError };

const SCHEDULE_STEPS = 100;
const SCHEDULE_BASE_LR = 0.1;
const DROPOUT_UNITS = 1000;
/** The seed of the dropout demo's draws: the same code gives the same report on every Run. */
const DROPOUT_SEED = 3;

/** A schedule cell's rate at steps 0, 25, …, 100 of 100 from base_lr 0.1, checked at every step. */
export function scheduleDemo(code: string, values: Record<string, number>): CellDemo {
  const compiled = compileScheduleCell({ code, values });
  if (!compiled.ok) return compiled;
  const problem = checkScheduleCell(compiled.schedule, SCHEDULE_STEPS, SCHEDULE_BASE_LR);
  if (problem) return { ok: false, error: problem };
  const rates = [0, 25, 50, 75, 100].map((t) => ({ t, rate: (compiled.schedule.at(t, SCHEDULE_STEPS, SCHEDULE_BASE_LR) as { rate: number }).rate }));
  return { ok: true, kind: 'schedule', rates };
}

/** A dropout cell on 1,000 activations of 1 at the cell's own p: the share it kept and the mean it passes on. */
export function dropoutDemo(code: string, values: Record<string, number>): CellDemo {
  const parsed = parseCell(code);
  if (!parsed.ok) return parsed;
  const analysed = analyseCell(parsed.program, 'dropout');
  if (!analysed.ok) return analysed;
  const p = values.p ?? analysed.analysis.hyper.find((h) => h.name === 'p')?.value ?? 0;
  const compiled = compileDropoutCell({ code, values });
  if (!compiled.ok) return compiled;
  const rng = createRng(DROPOUT_SEED);
  const out = compiled.dropout.forward(new Float64Array(DROPOUT_UNITS).fill(1), p, () => rng.next(), 1);
  if (!out.ok) return out;
  let kept = 0;
  let sum = 0;
  for (const v of out.out) {
    if (v !== 0) kept++;
    sum += v;
  }
  return { ok: true, kind: 'dropout', kept: kept / DROPOUT_UNITS, mean: sum / DROPOUT_UNITS };
}
