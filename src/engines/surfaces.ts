/**
 * The loss surfaces of the optimizer race, one table keyed by the name the UI and URL use.
 *
 * Takes in nothing; gives `surfaces[name]`:
 *   f(x, y)   elementwise tfjs function of two same-shaped tensors (any shape);
 *   formula   the same function as text, valid for src/lib/formula.ts (tests check they agree);
 *   domain    the window drawn; start a good default start; minimum the global minimum;
 *   lossFloor f at the global minimum, so charts plot f - lossFloor on a log axis.
 * `evaluateGrid` samples a surface on a grid for the heat map and the contours.
 *
 * Added beyond the brief: the `Surface` and `SurfaceName` types and `Domain`.
 */
import { pair } from '../lib/i18n';
import * as tf from '@tensorflow/tfjs';
import type { Label } from '../lib/params';
import type { Well } from '../lib/swarmOutcome';

export interface Domain {
  x: [number, number];
  y: [number, number];
}

export interface Surface {
  label: Label;
  formula: string;
  f: (x: tf.Tensor, y: tf.Tensor) => tf.Tensor;
  domain: Domain;
  start: [number, number];
  minimum: [number, number];
  lossFloor: number;
  /** Every minimum a particle can settle in, for the swarm's basin shares; without it, only `minimum` (global). */
  wells?: readonly Well[];
}


/**
 * 0.05x² + 5y²: curvatures 0.1 and 10, condition number 100, the function the chapter works
 * through. Above lr 0.1 the steep y coordinate flips sign every step while x creeps (the zig-zag
 * of the slides); above 2/10 it diverges. tests/unit/claims-optimization.test.ts holds the prose to it.
 */
const ravine: Surface = {
  label: pair((d) => d.surfaces.ravine.label),
  formula: '0.05*x^2 + 5*y^2',
  f: (x, y) => tf.tidy(() => x.square().mul(0.05).add(y.square().mul(5))),
  domain: { x: [-3, 3], y: [-1, 1] },
  start: [-2.5, 0.6],
  minimum: [0, 0],
  lossFloor: 0,
};

/**
 * x² − y² + y⁴/4: a saddle at the origin (value 0) whose downhill direction y is bounded by the
 * quartic, so an escaping particle settles at (0, ±√2) with f = −1 instead of running away.
 * On the ridge y = 0 the y-gradient is exactly 0, so noiseless SGD never leaves it.
 */
const saddle: Surface = {
  label: pair((d) => d.surfaces.saddle.label),
  formula: 'x^2 - y^2 + 0.25*y^4',
  f: (x, y) => tf.tidy(() => x.square().sub(y.square()).add(y.pow(4).mul(0.25))),
  domain: { x: [-2, 2], y: [-2.2, 2.2] },
  // A hair off the ridge: each rule first slows at the saddle, then leaves at its own pace.
  // Exactly on the ridge (y = 0) every rule stays stuck unless gradient noise is on.
  start: [-1.5, 0.001],
  minimum: [0, Math.SQRT2],
  lossFloor: -1,
  wells: [
    { kind: 'global', at: [0, Math.SQRT2] },
    { kind: 'global', at: [0, -Math.SQRT2] },
  ],
};

/** Global minimum of (x²−1)² + 0.3x, found once by Newton's method on 4x³ − 4x + 0.3 = 0. */
const LEFT_WELL_X = -1.0355787140888537;
/** The other root of the same cubic: the local minimum of the right well. */
const RIGHT_WELL_X = 0.9601495555191055;

/**
 * 0.5(x²−1)² + 0.15x + 0.5y²: two wells; the tilt makes the right one (f ≈ 0.147 at x ≈ 0.960)
 * a poor local minimum and the left one (f ≈ −0.153) the global one. From the default start
 * SGD settles in the right well while momentum carries over the bump at x ≈ 0.075. (Halved so
 * the default SGD step does not simply jump the bump from the steep outer wall.)
 */
const localMinimum: Surface = {
  label: pair((d) => d.surfaces.localMinimum.label),
  formula: '0.5*(x^2 - 1)^2 + 0.15*x + 0.5*y^2',
  f: (x, y) => tf.tidy(() => x.square().sub(1).square().mul(0.5).add(x.mul(0.15)).add(y.square().mul(0.5))),
  domain: { x: [-2, 2], y: [-1.5, 1.5] },
  start: [1.7, 1],
  minimum: [LEFT_WELL_X, 0],
  lossFloor: 0.5 * (LEFT_WELL_X ** 2 - 1) ** 2 + 0.15 * LEFT_WELL_X,
  wells: [
    { kind: 'global', at: [LEFT_WELL_X, 0] },
    { kind: 'local', at: [RIGHT_WELL_X, 0] },
  ],
};

/**
 * 0.05·((1−x)² + 10(y−x²)²): Rosenbrock's banana valley with the usual 100 lowered to 10, so the
 * valley is wide enough to see on the heat map, and scaled by 0.05 so the learning rates that
 * suit the ravine (curvature up to 10) are stable here too.
 */
const rosenbrock: Surface = {
  label: pair((d) => d.surfaces.rosenbrock.label),
  formula: '0.05*(1 - x)^2 + 0.5*(y - x^2)^2',
  f: (x, y) => tf.tidy(() => tf.scalar(1).sub(x).square().mul(0.05).add(y.sub(x.square()).square().mul(0.5))),
  domain: { x: [-2, 2], y: [-1, 3] },
  start: [-1.2, 1],
  minimum: [1, 1],
  lossFloor: 0,
};

/** Every built-in surface, keyed by the name the UI and the URL use. */
export const surfaces = { ravine, saddle, localMinimum, rosenbrock };

export type SurfaceName = keyof typeof surfaces;

/**
 * f on an nx × ny grid spanning the domain, row-major with x fastest (values[j*nx + i] is at
 * x_i, y_j, y_0 at domain.y[0]); min and max ignore non-finite values.
 */
export function evaluateGrid(surface: Surface, nx: number, ny: number): { values: Float32Array; min: number; max: number } {
  if (!Number.isInteger(nx) || !Number.isInteger(ny) || nx < 2 || ny < 2) {
    throw new Error(`Expected grid size to be integers of at least 2, but got ${nx} × ${ny}`);
  }
  const values = tf.tidy(() => {
    const xs = tf.linspace(surface.domain.x[0], surface.domain.x[1], nx).reshape([1, nx]).tile([ny, 1]);
    const ys = tf.linspace(surface.domain.y[0], surface.domain.y[1], ny).reshape([ny, 1]).tile([1, nx]);
    return surface.f(xs, ys).dataSync() as Float32Array;
  });
  let min = Infinity;
  let max = -Infinity;
  for (const value of values) {
    if (!Number.isFinite(value)) continue;
    if (value < min) min = value;
    if (value > max) max = value;
  }
  return { values: Float32Array.from(values), min, max };
}
