/**
 * Where the race's particles start. One particle starts at the reader's start point; a swarm
 * keeps particle 0 there (so the inner-state panels and the single trail still follow the
 * reader's point) and scatters the rest uniformly over the drawn window with a seeded generator,
 * so the same seed gives the same swarm and every optimizer gets the same starts (a fair race).
 * Pure: no DOM, no tfjs.
 */
import { createRng } from '../rng';

export interface Window2d {
  x: readonly [number, number];
  y: readonly [number, number];
}

/** The start positions as [x0, y0, x1, y1, …] for `count` particles (count ≥ 1). */
export function raceStarts(window: Window2d, start: readonly [number, number], count: number, seed: number): Float32Array {
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`Expected particle count to be a positive integer, but got ${count}`);
  }
  const starts = new Float32Array(count * 2);
  starts[0] = start[0];
  starts[1] = start[1];
  const rng = createRng(seed);
  const [x0, x1] = window.x;
  const [y0, y1] = window.y;
  for (let i = 1; i < count; i++) {
    starts[2 * i] = x0 + (x1 - x0) * rng.next();
    starts[2 * i + 1] = y0 + (y1 - y0) * rng.next();
  }
  return starts;
}

/** `value` pulled inside `[lo, hi]`, so a start typed outside the window still lands on the map. */
export function clampToWindow(window: Window2d, point: readonly [number, number]): [number, number] {
  const clamp = (v: number, [lo, hi]: readonly [number, number]) => Math.min(hi, Math.max(lo, v));
  return [clamp(point[0], window.x), clamp(point[1], window.y)];
}
