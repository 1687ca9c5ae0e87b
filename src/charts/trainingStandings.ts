/**
 * The standings of the network race in words and numbers: one row per racer (latest held-out
 * accuracy, smoothed training loss, status) for the legend table, and one paragraph that is the
 * text alternative of the charts. Ranked by held-out accuracy (what we care about), then by
 * training loss; diverged racers come last, in the order they blew up. Pure.
 */
import { inBoth, type Lang } from '../lib/i18n';
import { percent } from '../lib/i18n/format';
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
  diverged: null | { step: number; variable?: string };
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

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const text = inBoth('trainingStandings');

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
    live.map((r, i) => t.row(r, i + 1, lang)).join(t.separator) + (live.length ? '.' : ''),
    ...rows.filter((r) => r.diverged).map(t.diverged),
  ];
  return parts.filter(Boolean).join(' ');
}
