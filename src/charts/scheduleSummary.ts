/**
 * The sentence that describes a learning-rate curve (start, peak, lowest point, end) for readers
 * who cannot see the ScheduleExplorer's chart. Pure.
 */
import type { Lang } from '../lib/i18n';

export interface SchedulePoint {
  step: number;
  rate: number;
}

/** Sentence parts per language; peak and low clauses appear only where they add something (exported for tests/unit/messageTables.test.ts). */
export const summaryText = {
  en: {
    start: (v: string) => `The learning rate starts at ${v}`,
    peak: (v: string, step: number) => `, rises to a peak of ${v} at step ${step}`,
    low: (v: string, step: number) => `, falls to its lowest value, ${v}, at step ${step}`,
    end: (v: string, total: number) => ` and ends at ${v} after ${total} steps.`,
    flat: (v: string, total: number) => `The learning rate stays at ${v} for all ${total} steps.`,
  },
  ko: {
    start: (v: string) => `학습률은 ${v}에서 시작해`,
    peak: (v: string, step: number) => ` ${step}번째 스텝에서 최대 ${v}까지 오르고,`,
    low: (v: string, step: number) => ` ${step}번째 스텝에서 최저 ${v}까지 내려가며,`,
    end: (v: string, total: number) => ` ${total} 스텝을 마칠 때는 ${v}입니다.`,
    flat: (v: string, total: number) => `학습률은 ${total} 스텝 내내 ${v}입니다.`,
  },
} as const;

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
