/**
 * The reader's dropout cell as a forward pass the dropout visualiser can run: H1 (one hidden
 * layer's activations) in, H1 out, with `p` the visualiser's drop probability and
 * np.random.rand drawing from the visualiser's seeded stream. The lecture's cell, run this way,
 * gives the built-in masks draw for draw (lib/dropoutMath.ts keeps a unit when its draw is not
 * below p). Pure: the tree is walked by cellNumbers.ts, never run as JavaScript.
 */
import { analyseCell } from './cellAnalysis';
import { cellError, type CellError } from './cellProblems';
import { parseCell } from './cellParse';
import { runNumbers, type CellNumber } from './cellNumbers';

export interface DropoutCellSettings {
  code: string;
  values?: Record<string, number>;
}

export interface DropoutCell {
  /** The cell's H1 for activations `h` at pass `pass` (for the message), or the variable that became NaN or ∞. */
  forward(h: Float64Array, dropProbability: number, random: () => number, pass: number): { ok: true; out: Float64Array } | { ok: false; error: CellError };
}

export type CompiledDropout = { ok: true; dropout: DropoutCell } | { ok: false; error: CellError };

/** Parses and analyses a dropout cell; every problem comes back as `{ ok: false }`. */
export function compileDropoutCell({ code, values = {} }: DropoutCellSettings): CompiledDropout {
  const parsed = parseCell(code);
  if (!parsed.ok) return parsed;
  const analysed = analyseCell(parsed.program, 'dropout');
  if (!analysed.ok) return analysed;
  const { hyper, state, output } = analysed.analysis;
  const { program } = parsed;
  return {
    ok: true,
    dropout: {
      forward(h, dropProbability, random, pass) {
        const names = new Map<string, CellNumber>([['H1', h]]);
        for (const { name, value } of hyper) names.set(name, Object.hasOwn(values, name) ? values[name] : value);
        // The widget's drop probability is the cell's p (its slider drives the reader's code too).
        if (hyper.some((x) => x.name === 'p')) names.set('p', dropProbability);
        for (const name of state) names.set(name, 0);
        const bad = runNumbers(program, names, random);
        if (bad !== null) return { ok: false, error: cellError({ code: 'notFinite', variable: bad, step: pass }, { line: 0, column: 0 }) };
        const value = names.get(output)!;
        return { ok: true, out: typeof value === 'number' ? new Float64Array(h.length).fill(value) : value };
      },
    },
  };
}
