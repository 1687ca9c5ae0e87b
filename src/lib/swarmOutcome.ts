/**
 * Where a swarm's particles end up: which basin each one ends in, the share of each basin, and
 * the distribution of their final losses. Pure: positions in, numbers out.
 *
 * A particle "ends in" a well when it lies within `radius` of it (the nearest well, if several
 * are that close); one that is nearer to no well (still rolling, stuck on a ridge, off the map
 * or diverged) counts as "not settled". So the three shares cover every particle and sum to 100 %.
 */

/** A minimum of the surface: the lowest one(s) are global, any other is local. */
export interface Well {
  kind: 'global' | 'local';
  at: readonly [number, number];
}

export type BasinKind = Well['kind'] | 'unsettled';

/** The basins in the order tables show them. */
export const basinKinds: readonly BasinKind[] = ['global', 'local', 'unsettled'];

/** The wells of a surface: its own list, or its one known minimum (a typed formula knows only that). */
export function wellsOf(surface: { wells?: readonly Well[]; minimum: readonly [number, number] }): readonly Well[] {
  return surface.wells ?? [{ kind: 'global', at: surface.minimum }];
}

/** A particle within a tenth of the window's diagonal of a well has settled in it. */
export function settleRadius(window: { x: readonly [number, number]; y: readonly [number, number] }): number {
  return 0.1 * Math.hypot(window.x[1] - window.x[0], window.y[1] - window.y[0]);
}

/** The index of the well (x, y) ends in: the nearest within `radius`, or -1 for none (or a non-finite point). */
export function basinOf(x: number, y: number, wells: readonly Well[], radius: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) return -1;
  let best = -1;
  let bestDistance = radius;
  wells.forEach((well, i) => {
    const d = Math.hypot(x - well.at[0], y - well.at[1]);
    if (d <= bestDistance) [best, bestDistance] = [i, d];
  });
  return best;
}

/**
 * Whole percentages that sum to exactly 100 (largest remainder): what a table can show without
 * a row reading 99 % or 101 %. All zeros stay zeros.
 */
export function wholePercents(counts: readonly number[]): number[] {
  const total = counts.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return counts.map(() => 0);
  const exact = counts.map((c) => (100 * c) / total);
  const out = exact.map(Math.floor);
  const order = exact.map((e, i) => ({ i, rest: e - Math.floor(e) })).sort((a, b) => b.rest - a.rest || a.i - b.i);
  const missing = 100 - out.reduce((a, b) => a + b, 0);
  for (let k = 0; k < missing; k++) out[order[k].i] += 1;
  return out;
}

/** Percent of particles per basin kind (global, local, not settled), whole numbers summing to 100. */
export function basinShares(positions: ArrayLike<number>, wells: readonly Well[], radius: number): Record<BasinKind, number> {
  const counts = [0, 0, 0];
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const at = basinOf(positions[i], positions[i + 1], wells, radius);
    counts[at < 0 ? 2 : wells[at].kind === 'global' ? 0 : 1] += 1;
  }
  const [global, local, unsettled] = wholePercents(counts);
  return { global, local, unsettled };
}

/** Smallest loss gap shown: a log axis cannot show 0. */
export const LOSS_GAP_FLOOR = 1e-8;

/** f(x, y) − floor of every particle with a finite value, floored at LOSS_GAP_FLOOR and sorted ascending. */
export function finalLosses(positions: ArrayLike<number>, f: (x: number, y: number) => number, floor: number): Float64Array {
  const out: number[] = [];
  for (let i = 0; i + 1 < positions.length; i += 2) {
    const v = f(positions[i], positions[i + 1]) - floor;
    if (Number.isFinite(v)) out.push(Math.max(LOSS_GAP_FLOOR, v));
  }
  return Float64Array.from(out).sort();
}

/** The empirical CDF of sorted `values` as at most `budget` steps: share (0–1] of values ≤ each loss. */
export function ecdfPoints(sorted: ArrayLike<number>, budget = 200): { loss: number; share: number }[] {
  const n = sorted.length;
  if (n === 0) return [];
  const stride = Math.max(1, Math.ceil(n / budget));
  const points: { loss: number; share: number }[] = [];
  for (let i = stride - 1; i < n; i += stride) points.push({ loss: sorted[i], share: (i + 1) / n });
  if (points[points.length - 1].share !== 1) points.push({ loss: sorted[n - 1], share: 1 });
  return [{ loss: sorted[0], share: 0 }, ...points];
}
