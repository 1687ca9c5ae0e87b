/**
 * The standings of the network race in words and numbers: one row per racer (latest held-out
 * accuracy, smoothed training loss, status) for the legend table, and one paragraph that is the
 * text alternative of the charts. Ranked by held-out accuracy (what we care about), then by
 * training loss; diverged racers come last, in the order they blew up. Pure.
 */
import type { Lang } from '../lib/i18n';
import type { CurveRacer } from './trainingCurves';

export interface StandingRow {
  name: string;
  label: string;
  color: string;
  /** Latest held-out accuracy in percent, one decimal; null before the first evaluation. */
  accuracy: number | null;
  /** Latest smoothed training loss, 3 significant digits; null before the first step. */
  loss: number | null;
  /** Step of the latest accuracy. */
  evaluatedAt: number;
  diverged: null | { step: number };
}

/** `value` rounded to `digits` significant digits (as a number, so tests can compare it). */
export function significant(value: number, digits: number): number {
  return Number(value.toPrecision(digits));
}

/** One row per racer, best first. */
export function standingRows(racers: readonly CurveRacer[]): StandingRow[] {
  const rows = racers.map((r): StandingRow => {
    const lastAccuracy = r.heldOutAccuracy.at(-1);
    const lastLoss = r.smoothedLoss.at(-1);
    return {
      name: r.name,
      label: r.label,
      color: r.color,
      accuracy: lastAccuracy && Number.isFinite(lastAccuracy.accuracy) ? Math.round(lastAccuracy.accuracy * 1000) / 10 : null,
      loss: lastLoss !== undefined && Number.isFinite(lastLoss) ? significant(lastLoss, 3) : null,
      evaluatedAt: lastAccuracy?.step ?? 0,
      diverged: r.diverged,
    };
  });
  const rank = (a: StandingRow, b: StandingRow): number => {
    if (a.diverged || b.diverged) {
      if (a.diverged && b.diverged) return b.diverged.step - a.diverged.step;
      return a.diverged ? 1 : -1;
    }
    const byAccuracy = (b.accuracy ?? -1) - (a.accuracy ?? -1);
    return byAccuracy !== 0 ? byAccuracy : (a.loss ?? Infinity) - (b.loss ?? Infinity);
  };
  return rows.sort(rank);
}

const percent = (value: number, lang: Lang) => (lang === 'ko' ? `${value.toFixed(1)}%` : `${value.toFixed(1)} %`);

/** This module's words per language; exported so tests/unit/messageTables.test.ts can check every Korean string. */
export const text = {
  en: {
    none: 'No optimizer is racing: switch at least one on.',
    start: (acc: string) => `Before training, every racer has the same weights and so the same held-out accuracy, ${acc}.`,
    after: (step: number, total: number, examples: number) =>
      `After ${step} of ${total} steps (${examples.toLocaleString('en')} training examples each, in the same order):`,
    row: (r: StandingRow, rank: number, lang: Lang) =>
      `${rank}. ${r.label}, held-out accuracy ${r.accuracy === null ? 'not measured yet' : percent(r.accuracy, lang)}` +
      (r.loss === null ? '' : `, training loss ${r.loss}`),
    diverged: (r: StandingRow) => `${r.label} diverged at step ${r.diverged?.step}.`,
  },
  ko: {
    none: '경주 중인 최적화기가 없습니다. 하나 이상 켜 주세요.',
    start: (acc: string) => `학습 전에는 모든 참가자의 가중치가 같으므로 검증 정확도도 ${acc}로 같습니다.`,
    after: (step: number, total: number, examples: number) =>
      `${total} 스텝 중 ${step} 스텝 후 (각자 같은 순서로 학습 예제 ${examples.toLocaleString('ko')}개):`,
    row: (r: StandingRow, rank: number, lang: Lang) =>
      `${rank}위 ${r.label}, 검증 정확도 ${r.accuracy === null ? '아직 측정 전' : percent(r.accuracy, lang)}` +
      (r.loss === null ? '' : `, 학습 손실 ${r.loss}`),
    diverged: (r: StandingRow) => `${r.label}: ${r.diverged?.step}번째 스텝에서 발산.`,
  },
} as const;

/** The text alternative of the race charts: who leads, by how much, and who diverged when. */
export function standingsSummary(
  racers: readonly CurveRacer[],
  run: { step: number; totalSteps: number; batchSize: number },
  lang: Lang,
): string {
  const t = text[lang];
  if (racers.length === 0) return t.none;
  const rows = standingRows(racers);
  if (run.step === 0) return t.start(rows[0].accuracy === null ? '—' : percent(rows[0].accuracy, lang));
  const live = rows.filter((r) => !r.diverged);
  const parts = [
    t.after(run.step, run.totalSteps, run.step * run.batchSize),
    live.map((r, i) => t.row(r, i + 1, lang)).join(lang === 'ko' ? ', ' : '; ') + (live.length ? '.' : ''),
    ...rows.filter((r) => r.diverged).map(t.diverged),
  ];
  return parts.filter(Boolean).join(' ');
}
