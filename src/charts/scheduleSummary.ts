/**
 * The sentence that describes a learning-rate curve (start, peak, lowest point, end) for readers
 * who cannot see the ScheduleExplorer's chart. Pure.
 */
import { inBoth, type Lang } from '../lib/i18n';

export interface SchedulePoint {
  step: number;
  rate: number;
}

/** Sentence parts per language; peak and low clauses appear only where they add something (words from src/lib/i18n). */
export const summaryText = inBoth('scheduleSummary');

/** One sentence describing the curve (start, peak, lowest point, end), in the page language. */
export function summariseSchedule(points: readonly SchedulePoint[], lang: Lang): string {
  if (points.length === 0) return '';
  const short = (v: number) => String(Number(v.toPrecision(3)));
  const text = summaryText[lang];
  const first = points[0];
  const last = points[points.length - 1];
  let hi = first;
  let lo = first;
  for (const p of points) {
    if (p.rate > hi.rate) hi = p;
    if (p.rate < lo.rate) lo = p;
  }
  if (short(hi.rate) === short(lo.rate)) return text.flat(short(first.rate), last.step);
  let sentence = text.start(short(first.rate));
  if (hi !== first && hi !== last) sentence += text.peak(short(hi.rate), hi.step);
  if (lo !== first && lo !== last && short(lo.rate) !== short(last.rate)) sentence += text.low(short(lo.rate), lo.step);
  return sentence + text.end(short(last.rate), last.step);
}
