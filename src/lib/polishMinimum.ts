/**
 * Local minimisation of a function of two numbers inside a box, without derivatives: a compass
 * search over eight directions whose step doubles after a success and halves after a failure.
 *
 * Takes in: f (plain doubles; a non-finite value counts as +∞, so the search never steps into a
 * hole), a start, the box and a first step (about one grid spacing).
 * Returns: the lowest point found and its value.
 *
 * Why no Newton step: the functions polished here are the reader's formulas and |g| of their
 * denominators, which may be non-smooth (abs, min, max) exactly at the minimum. A compass search
 * only compares values, so it converges to within `tolerance` of a point where no neighbour is
 * lower for smooth and non-smooth functions alike; from a grid's best point that takes a few
 * hundred evaluations. Pure.
 */
/** An axis-aligned window [x0, x1] × [y0, y1] (the shape of a surface's domain). */
export interface Box {
  x: readonly [number, number];
  y: readonly [number, number];
}

const DIAGONAL = Math.SQRT1_2;
const DIRECTIONS: readonly (readonly [number, number])[] = [
  [1, 0], [-1, 0], [0, 1], [0, -1],
  [DIAGONAL, DIAGONAL], [DIAGONAL, -DIAGONAL], [-DIAGONAL, DIAGONAL], [-DIAGONAL, -DIAGONAL],
];
const MAX_MOVES = 2000;

/** Clamps `value` into [low, high]. */
const clamp = (value: number, [low, high]: readonly [number, number]) => Math.min(high, Math.max(low, value));

/** The lowest point near `start` inside `box`, refined until the step is below `tolerance` × the box width. */
export function polishMinimum(
  f: (x: number, y: number) => number,
  start: readonly [number, number],
  box: Box,
  firstStep: number,
  tolerance = 1e-13,
): { at: [number, number]; value: number } {
  const valueAt = (x: number, y: number) => {
    const v = f(x, y);
    return Number.isNaN(v) || v === Infinity ? Infinity : v;
  };
  let at: [number, number] = [clamp(start[0], box.x), clamp(start[1], box.y)];
  let value = valueAt(at[0], at[1]);
  const smallest = tolerance * Math.max(box.x[1] - box.x[0], box.y[1] - box.y[0]);
  const largest = 4 * firstStep;
  let step = firstStep;
  for (let moves = 0; moves < MAX_MOVES && step > smallest; moves++) {
    let best: [number, number] | null = null;
    let bestValue = value;
    for (const [dx, dy] of DIRECTIONS) {
      const x = clamp(at[0] + step * dx, box.x);
      const y = clamp(at[1] + step * dy, box.y);
      const v = valueAt(x, y);
      if (v < bestValue) {
        best = [x, y];
        bestValue = v;
      }
    }
    if (best) {
      at = best;
      value = bestValue;
      step = Math.min(largest, step * 2);
    } else {
      step /= 2;
    }
  }
  return { at, value };
}
