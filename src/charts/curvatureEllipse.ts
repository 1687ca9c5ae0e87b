/**
 * A second-order racer's curvature drawn at its point: the level set dᵀ M d = c² of the
 * quadratic model with matrix M (Newton: the Hessian; BFGS, L-BFGS: their estimate), in data
 * coordinates like the contours beneath it, so on a bowl it has the contours' shape. Its size
 * carries no meaning: it is scaled to a fixed share of the map. Where M is not positive
 * definite the model has no minimum and no ellipse exists: the ellipse of |M| (eigenvalues
 * taken by size) is drawn dashed instead. Pure.
 */
import * as Plot from '@observablehq/plot';
import type { MapFrame } from './mapFrame';

export interface CurvatureMark {
  /** [xx, xy, yy] of the symmetric matrix. */
  matrix: readonly [number, number, number];
  /** 'positive' draws solid; anything else dashed. */
  kind: string;
}

/** The share of the map's width and height the ellipse may span from its centre. */
const SHARE = 0.12;
/** The longest semi-axis over the shortest, at most, so a near-flat direction stays drawable. */
const MAX_RATIO = 30;
const POINTS = 48;

/** Eigenvalues (largest first) and the unit eigenvector of the first, of a symmetric 2×2 matrix. */
export function eigen2([a, b, c]: readonly [number, number, number]): { values: [number, number]; vector: [number, number] } {
  const mean = (a + c) / 2;
  const radius = Math.hypot((a - c) / 2, b);
  const values: [number, number] = [mean + radius, mean - radius];
  const angle = Math.atan2(2 * b, a - c) / 2;
  return { values, vector: [Math.cos(angle), Math.sin(angle)] };
}

/** Points of the ellipse at `center` (closed: the last repeats the first), or [] when it cannot be drawn. */
export function ellipsePoints(mark: CurvatureMark, center: { x: number; y: number }, frame: MapFrame): { x: number; y: number }[] {
  if (!mark.matrix.every(Number.isFinite)) return [];
  const { values, vector } = eigen2(mark.matrix);
  const sizes = values.map(Math.abs);
  if (!(Math.max(...sizes) > 0)) return [];
  const floor = Math.max(...sizes) / MAX_RATIO ** 2;
  const [a1, a2] = sizes.map((v) => 1 / Math.sqrt(Math.max(v, floor)));
  const [u, v] = [vector, [-vector[1], vector[0]]];
  const raw = Array.from({ length: POINTS + 1 }, (_, k) => {
    const t = (2 * Math.PI * k) / POINTS;
    return [a1 * Math.cos(t) * u[0] + a2 * Math.sin(t) * v[0], a1 * Math.cos(t) * u[1] + a2 * Math.sin(t) * v[1]];
  });
  const width = frame.x.domain[1] - frame.x.domain[0];
  const height = frame.y.domain[1] - frame.y.domain[0];
  const reach = Math.max(...raw.map(([dx, dy]) => Math.max(Math.abs(dx) / width, Math.abs(dy) / height)));
  const scale = SHARE / reach;
  return raw.map(([dx, dy]) => ({ x: center.x + scale * dx, y: center.y + scale * dy }));
}

/** The Plot mark of one racer's ellipse (none when it cannot be drawn). */
export function curvatureMarks(mark: CurvatureMark | null | undefined, center: { x: number; y: number }, color: string, frame: MapFrame): Plot.Markish[] {
  if (!mark) return [];
  const points = ellipsePoints(mark, center, frame);
  if (points.length === 0) return [];
  const dashed = mark.kind !== 'positive';
  return [Plot.line(points, { x: 'x', y: 'y', stroke: color, strokeWidth: 1.5, strokeDasharray: dashed ? '4,3' : undefined, clip: true })];
}
