/**
 * The race map's middle layer: where each racer (particle 0) is now, its name at the end of its
 * trail (the trail itself is drawn on a canvas below, trailCanvas.ts), an arrow (momentum and Nesterov: the velocity; the others: the step just
 * taken, each stretched or shortened to a visible length) and the start point. Redrawn every animation frame on top of
 * the heat map, so it is a transparent Plot with the same frame and no axes.
 *
 * Takes in: per racer its colour, its path as [x0, y0, x1, y1, …], its velocity if it has one
 * and whether it diverged; the start and the frame. Returns: Plot options.
 * Non-finite points never reach Plot, long paths are thinned to a fixed budget, and points far
 * off the map are pulled to a box around it so the SVG never holds coordinates like 1e30. Pure.
 */
import * as Plot from '@observablehq/plot';
import { curvatureMarks, type CurvatureMark } from './curvatureEllipse';
import { frameScales, type MapFrame } from './mapFrame';

export interface TrailRacer {
  name: string;
  /** The name written at the end of the trail, in the page language (none: no label). */
  label?: string;
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

/** Arrows shorter than this (CSS px) are stretched to it, longer ones than ARROW_MAX_PX shortened: direction is the message. */
export const ARROW_MIN_PX = 16;
export const ARROW_MAX_PX = 72;

type Segment = { x1: number; y1: number; x2: number; y2: number };

/**
 * The racer's arrow at its current point: its velocity (the displacement momentum adds next) when
 * it has one, otherwise the step it just took. In data coordinates, before scaling; null when it
 * has none, diverged, or the vector is zero or not finite.
 */
export function velocityArrow(racer: TrailRacer, frame: MapFrame): Segment | null {
  const points = finitePoints(racer.path, frame);
  const at = points[points.length - 1];
  if (!at || racer.diverged) return null;
  let v: readonly [number, number] | null = racer.velocity ?? null;
  if (!v) {
    const before = points[points.length - 2];
    if (!before) return null;
    v = [at.x - before.x, at.y - before.y];
  }
  if (!Number.isFinite(v[0]) || !Number.isFinite(v[1]) || (v[0] === 0 && v[1] === 0)) return null;
  return { x1: at.x, y1: at.y, x2: at.x + v[0], y2: at.y + v[1] };
}

/** `arrow` rescaled so that it is ARROW_MIN_PX to ARROW_MAX_PX long on screen, direction kept. */
export function visibleArrow(arrow: Segment, frame: MapFrame): Segment {
  const s = frameScales(frame);
  const dx = s.x(arrow.x2) - s.x(arrow.x1);
  const dy = s.y(arrow.y2) - s.y(arrow.y1);
  const length = Math.hypot(dx, dy);
  if (!(length > 0)) return arrow;
  const k = Math.min(ARROW_MAX_PX, Math.max(ARROW_MIN_PX, length)) / length;
  return { ...arrow, x2: arrow.x1 + (arrow.x2 - arrow.x1) * k, y2: arrow.y1 + (arrow.y2 - arrow.y1) * k };
}

/** About how wide `text` is in the trail labels' 12 px bold font, erring wide: ~8.5 px a Latin letter (DejaVu Sans Bold), ~12 px a Hangul syllable. */
export function labelWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.codePointAt(0)! >= 0x1100 ? 12 : 8.5;
  return Math.ceil(width);
}

/** Half a label's height (12 px text) plus a hair: how far a label's middle stays from the map's top and bottom. */
const LABEL_HALF_HEIGHT = 8;

/**
 * Label offsets (CSS px, downwards) that keep labels at `ys` (screen px) at least `gap` apart, each
 * as near its point as it can, and every label's middle within [lo, hi] (the plot area less half a
 * label), so none is cut off at the map's top or bottom. When even a tight stack would not fit, the
 * gap shrinks to fit.
 */
export function spreadLabels(ys: readonly number[], gap = 14, lo = -Infinity, hi = Infinity): number[] {
  const order = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const room = hi - lo;
  const step = order.length > 1 && Number.isFinite(room) ? Math.min(gap, room / (order.length - 1)) : gap;
  const placed: number[] = [];
  for (const [k, item] of order.entries()) placed[k] = k === 0 ? item.y : Math.max(item.y, placed[k - 1] + step);
  // Centre the stack on the points it stands for, so a pile-up spreads both ways.
  let shift = (placed.reduce((a, b) => a + b, 0) - order.reduce((a, b) => a + b.y, 0)) / Math.max(1, order.length);
  // Then slide it back inside the plot area: down when its top is cut off, up when its bottom is.
  if (placed.length > 0) {
    const top = placed[0] - shift;
    const bottom = placed[placed.length - 1] - shift;
    if (top < lo) shift -= lo - top;
    else if (bottom > hi) shift += bottom - hi;
  }
  const offsets = new Array<number>(ys.length);
  order.forEach((item, k) => (offsets[item.i] = placed[k] - shift - item.y));
  return offsets;
}

/**
 * Where a label of `width` px starts (screen x) for a point at `px`: 10 px to its right, or to its
 * left when that would run past `right`, and in any case inside [left, right], so no name is cut at the map's edge.
 */
export function labelStart(px: number, width: number, left: number, right: number): number {
  const after = px + 10;
  const before = px - 10 - width;
  const preferred = after + width <= right ? after : before;
  return Math.max(left + 2, Math.min(right - 2 - width, preferred));
}

export interface TrailChartInput {
  racers: readonly TrailRacer[];
  start: readonly [number, number];
  frame: MapFrame;
  /** False in swarm mode: the canvas draws every particle, paths fade and heads go. */
  showHeads?: boolean;
  /** The map's paper (the ramp's low end): the halo behind lines and labels. */
  paper?: string;
  /** Ink for the start ring. */
  ink?: string;
  /** The halo behind the names: the page's background (a CSS colour or var()), so every name keeps its 3:1 contrast on any part of the map. */
  halo?: string;
}

/** Width of the names' halo (CSS px): wide enough to fill the gaps between bold 12 px letters, so no map shows through. */
export const LABEL_HALO_PX = 5;

/** Plot options of the transparent layer over the trail lines (trailCanvas.ts): arrows, heads, a name at each trail's end, the start. */
export function trailChartOptions(input: TrailChartInput): Plot.PlotOptions {
  const { frame } = input;
  const paper = input.paper ?? '#fdfcf8';
  const halo = input.halo ?? 'var(--bg)';
  const swarm = input.showHeads === false;
  const s = frameScales(frame);
  const right = frame.width - frame.marginRight;
  const tops: Plot.Markish[] = [];
  const ends: { racer: TrailRacer; last: TrailPoint }[] = [];
  for (const racer of input.racers) {
    // Only the last point: the lines themselves are drawn on a canvas below (trailCanvas.ts).
    const points = finitePoints(racer.path, frame);
    if (points.length === 0) continue;
    const last = points[points.length - 1];
    ends.push({ racer, last });
    const arrow = velocityArrow(racer, frame);
    if (arrow) {
      const shown = visibleArrow(arrow, frame);
      const arrowOptions = { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2', headLength: 8, clip: true } as const;
      tops.push(Plot.arrow([shown], { ...arrowOptions, stroke: paper, strokeWidth: 5 }));
      tops.push(Plot.arrow([shown], { ...arrowOptions, stroke: racer.color, strokeWidth: 2.5 }));
    }
    if (!racer.diverged) tops.push(...curvatureMarks(racer.curvature, last, racer.color, frame));
    if (racer.diverged) {
      tops.push(Plot.dot([last], { x: 'x', y: 'y', symbol: 'times', r: 6, stroke: racer.color, strokeWidth: 3, clip: true }));
    } else if (!swarm) {
      tops.push(Plot.dot([last], { x: 'x', y: 'y', r: 5, fill: racer.color, stroke: paper, strokeWidth: 1.5, clip: true }));
    }
  }
  // Direct labels: each racer's name beside the end of its trail, spread so that none overlaps
  // another, and kept inside the plot area (the layer clips there) on every side.
  const top = frame.marginTop + LABEL_HALF_HEIGHT;
  const bottom = frame.height - frame.marginBottom - LABEL_HALF_HEIGHT;
  const offsets = spreadLabels(
    ends.map(({ last }) => Math.min(bottom, Math.max(top, s.y(last.y)))),
    14,
    top,
    bottom,
  );
  ends.forEach(({ racer, last }, i) => {
    if (!racer.label) return;
    const px = s.x(last.x);
    const py = s.y(last.y);
    const x = labelStart(px, labelWidth(racer.label), frame.marginLeft, right);
    const y = Math.min(bottom, Math.max(top, py)) + offsets[i];
    tops.push(
      Plot.text([{ ...last, label: racer.label }], {
        x: 'x', y: 'y', text: 'label', dx: x - px, dy: y - py, textAnchor: 'start',
        fill: racer.color, stroke: halo, strokeWidth: LABEL_HALO_PX, strokeLinejoin: 'round', paintOrder: 'stroke', fontWeight: 700, fontSize: 12, clip: true,
      }),
    );
  });
  const startMark = Plot.dot([{ x: input.start[0], y: input.start[1] }], { x: 'x', y: 'y', r: 7, stroke: input.ink ?? '#1b1f24', strokeWidth: 2, fill: 'none' });
  return {
    ...frame,
    x: { ...frame.x, axis: null },
    y: { ...frame.y, axis: null },
    style: { background: 'transparent', overflow: 'visible' },
    marks: [startMark, ...tops],
  };
}
