/** A cell's Run result in the reader's words (numbers in a short fixed or exponent form). */
import type { CellDemo } from '~/lib/cell/cellNumberDemos';
import type { Messages } from '~/lib/i18n';

const fmt = (v: number) => (Math.abs(v) >= 1e4 || (v !== 0 && Math.abs(v) < 1e-3) ? v.toExponential(3) : v.toFixed(4));

/** The Run result in words. */
export function describe(result: CellDemo, w: Messages['cell']): string {
  if (!result.ok) return '';
  if (result.kind === 'update') return w.ravine(result.steps, fmt(result.x[0]), fmt(result.x[1]), fmt(result.loss));
  if (result.kind === 'schedule') return w.schedule(result.rates.map((r) => `t=${r.t}: ${fmt(r.rate)}`).join(', '));
  return w.dropout(String(Math.round(result.kept * 1000)), fmt(result.mean));
}
