/**
 * The race map's middle layer: each racer's path (particle 0), where it is now, its velocity
 * arrow (momentum and Nesterov) and the start point. Redrawn every animation frame on top of
 * the heat map, so it is a transparent Plot with the same frame and no axes.
 *
 * Takes in: per racer its colour, its path as [x0, y0, x1, y1, …], its velocity if it has one
 * and whether it diverged; the start and the frame. Returns: Plot options.
 * Non-finite points never reach Plot, long paths are thinned to a fixed budget, and points far
 * off the map are pulled to a box around it so the SVG never holds coordinates like 1e30. Pure.
 */
import * as Plot from '@observablehq/plot';
import { curvatureMarks, type CurvatureMark } from './curvatureEllipse';
import type { MapFrame } from './mapFrame';

export interface TrailRacer {
  name: string;
  color: string;
  /** Path of particle 0 as [x0, y0, x1, y1, …]; may contain non-finite values after divergence. */
  path: ArrayLike<number>;
  /** The displacement momentum would add next, at the current point (momentum, Nesterov). */
  velocity?: readonly [number, number] | null;
  /** A second-order racer's curvature, drawn as an ellipse at its point (charts/curvatureEllipse.ts). */
  curvature?: CurvatureMark | null;
  diverged: null | { step: number };
}

export interface TrailPoint {
  x: number;
  y: number;
}

/** The most points one path keeps; the map is at most ~900 px wide, so more would not show. */
export const MAX_TRAIL_POINTS = 600;

/** The finite points of `path`, pulled into a box two map-widths around the frame. */
export function finitePoints(path: ArrayLike<number>, frame: MapFrame): TrailPoint[] {
  const [x0, x1] = frame.x.domain;
  const [y0, y1] = frame.y.domain;
  const wx = 2 * (x1 - x0);
  const wy = 2 * (y1 - y0);
  const points: TrailPoint[] = [];
  for (let i = 0; i + 1 < path.length; i += 2) {
    const x = path[i];
    const y = path[i + 1];
    if (!Number.isFinite(x) || !Number.isFinite(y)) continue;
    points.push({ x: Math.min(x1 + wx, Math.max(x0 - wx, x)), y: Math.min(y1 + wy, Math.max(y0 - wy, y)) });
  }
  return points;
}

/** At most `budget` points: every k-th point, always keeping the first and the last. */
export function thinPoints<T>(points: readonly T[], budget = MAX_TRAIL_POINTS): T[] {
  if (points.length <= budget) return [...points];
  const stride = Math.ceil((points.length - 1) / (budget - 1));
  const out: T[] = [];
  for (let i = 0; i < points.length - 1; i += stride) out.push(points[i]);
  out.push(points[points.length - 1]);
  return out;
}

/** The velocity arrow of a racer at its current point, or null when it has none or it is not finite. */
export function velocityArrow(racer: TrailRacer, frame: MapFrame): { x1: number; y1: number; x2: number; y2: number } | null {
  const points = finitePoints(racer.path, frame);
  const at = points[points.length - 1];
  const v = racer.velocity;
  if (!at || !v || racer.diverged || !Number.isFinite(v[0]) || !Number.isFinite(v[1])) return null;
  if (v[0] === 0 && v[1] === 0) return null;
  return { x1: at.x, y1: at.y, x2: at.x + v[0], y2: at.y + v[1] };
}

export interface TrailChartInput {
  racers: readonly TrailRacer[];
  start: readonly [number, number];
  frame: MapFrame;
  /** False in swarm mode for the dots (the canvas draws every particle); paths still show. */
  showHeads?: boolean;
}

/** Plot options of the transparent trail layer. */
export function trailChartOptions(input: TrailChartInput): Plot.PlotOptions {
  const { frame } = input;
  const marks: Plot.Markish[] = [];
  for (const racer of input.racers) {
    const points = thinPoints(finitePoints(racer.path, frame));
    if (points.length === 0) continue;
    const last = points[points.length - 1];
    marks.push(Plot.line(points, { x: 'x', y: 'y', stroke: racer.color, strokeWidth: 2, strokeOpacity: 0.9, clip: true }));
    const arrow = velocityArrow(racer, frame);
    if (arrow) {
      marks.push(Plot.arrow([arrow], { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', stroke: racer.color, strokeWidth: 2.5, headLength: 7, clip: true }));
    }
    if (!racer.diverged) marks.push(...curvatureMarks(racer.curvature, last, racer.color, frame));
    if (racer.diverged) {
      marks.push(Plot.dot([last], { x: 'x', y: 'y', symbol: 'times', r: 6, stroke: racer.color, strokeWidth: 3, clip: true }));
    } else if (input.showHeads !== false) {
      marks.push(Plot.dot([last], { x: 'x', y: 'y', r: 5, fill: racer.color, stroke: '#ffffff', strokeWidth: 1.5, clip: true }));
    }
  }
  marks.push(Plot.dot([{ x: input.start[0], y: input.start[1] }], { x: 'x', y: 'y', r: 7, stroke: '#1b1f24', strokeWidth: 2, fill: 'none' }));
  return {
    ...frame,
    x: { ...frame.x, axis: null },
    y: { ...frame.y, axis: null },
    style: { background: 'transparent', overflow: 'visible' },
    marks,
  };
}
