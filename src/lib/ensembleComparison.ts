/**
 * The EnsembleLab's comparison of its three modes: one row per mode, from the latest finished
 * run of that mode since the page loaded. A row holds what the chapter asks the reader to weigh:
 * the training updates paid, how good one model is on its own, how good the combined prediction
 * is, and how many models must run at test time. Pure: no DOM, no tfjs.
 */
import type { EnsembleMode, EnsembleSnapshot } from './ensembleTypes';

export interface ComparisonRow {
  mode: EnsembleMode;
  /** K of the run (1 for averaging). */
  members: number;
  /** Training updates of the whole run. */
  updates: number;
  /** Held-out accuracy of one model alone: the members' mean, or the raw weights. */
  single: number;
  /** Held-out accuracy of the combination: the ensemble, or the better of EMA and Polyak. */
  combined: number;
  /** Which averaged weights `combined` is, for `averaging` (null for an ensemble). */
  combinedKind: 'ema' | 'polyak' | null;
  /** Models that run at test time. */
  testModels: number;
}

/** The comparison row of a finished run, or null while it is still training (or has no results). */
export function comparisonRow(snapshot: EnsembleSnapshot): ComparisonRow | null {
  if (!snapshot.done || snapshot.members.length === 0) return null;
  if (snapshot.mode === 'averaging') {
    const of = (kind: string) => snapshot.members.find((m) => m.kind === kind)?.heldOut;
    const raw = of('raw');
    const ema = of('ema');
    const polyak = of('polyak');
    if (raw === undefined || ema === undefined || polyak === undefined) return null;
    const emaWins = ema >= polyak;
    return {
      mode: 'averaging',
      members: 1,
      updates: snapshot.totalSteps,
      single: raw,
      combined: emaWins ? ema : polyak,
      combinedKind: emaWins ? 'ema' : 'polyak',
      testModels: 1,
    };
  }
  if (snapshot.ensemble === null) return null;
  const k = snapshot.members.length;
  return {
    mode: snapshot.mode,
    members: k,
    updates: snapshot.totalSteps,
    single: snapshot.members.reduce((s, m) => s + m.heldOut, 0) / k,
    combined: snapshot.ensemble,
    combinedKind: null,
    testModels: k,
  };
}

/** `rows` with `row` in its mode's place (a later run of a mode replaces the earlier one). */
export function withRow(rows: Partial<Record<EnsembleMode, ComparisonRow>>, row: ComparisonRow | null): Partial<Record<EnsembleMode, ComparisonRow>> {
  if (!row) return rows;
  const old = rows[row.mode];
  if (old && JSON.stringify(old) === JSON.stringify(row)) return rows;
  return { ...rows, [row.mode]: row };
}
