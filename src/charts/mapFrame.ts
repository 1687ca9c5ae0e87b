/**
 * The shared frame of the race map: the heat map, the trail overlay and the swarm canvas are
 * three layers stacked in one box, and they line up only if all three use exactly these sizes,
 * margins and scale domains. Pure.
 */
export interface MapDomain {
  x: readonly [number, number];
  y: readonly [number, number];
}

export interface MapFrame {
  width: number;
  height: number;
  marginTop: number;
  marginRight: number;
  marginBottom: number;
  marginLeft: number;
  x: { domain: [number, number] };
  y: { domain: [number, number] };
}

/** Keeps the map readable from a 320 px phone column up to a wide desktop figure. */
const MIN_WIDTH = 260;
const MAX_WIDTH = 1200;

/**
 * Frame of a map `width` px wide (the whole content width): 0.62 of the width tall, 240–560 px,
 * so a phone still gets a usable map and a wide screen a large one. The top margin leaves the
 * "↑ y" axis label its own row above the top tick.
 */
export function mapFrame(domain: MapDomain, width: number): MapFrame {
  const w = Math.round(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Number.isFinite(width) ? width : MIN_WIDTH)));
  return {
    width: w,
    height: Math.round(Math.min(560, Math.max(240, w * 0.62))),
    marginTop: 24,
    marginRight: 12,
    marginBottom: 32,
    marginLeft: 40,
    x: { domain: [domain.x[0], domain.x[1]] },
    y: { domain: [domain.y[0], domain.y[1]] },
  };
}

/** Linear map from data to pixel coordinates inside `frame` (what Plot's linear x and y scales do). */
export function frameScales(frame: MapFrame): { x: (v: number) => number; y: (v: number) => number } {
  const [x0, x1] = frame.x.domain;
  const [y0, y1] = frame.y.domain;
  const left = frame.marginLeft;
  const right = frame.width - frame.marginRight;
  const top = frame.marginTop;
  const bottom = frame.height - frame.marginBottom;
  return {
    x: (v) => left + ((v - x0) / (x1 - x0)) * (right - left),
    y: (v) => bottom - ((v - y0) / (y1 - y0)) * (bottom - top),
  };
}

/** The plot area's size in CSS px (the frame less its margins). */
export function plotArea(frame: MapFrame): { width: number; height: number } {
  return { width: frame.width - frame.marginLeft - frame.marginRight, height: frame.height - frame.marginTop - frame.marginBottom };
}

/** Data coordinates of pixel (px, py) inside `frame`, or null when it falls outside the plot area. */
export function invertFrame(frame: MapFrame, px: number, py: number): [number, number] | null {
  const left = frame.marginLeft;
  const right = frame.width - frame.marginRight;
  const top = frame.marginTop;
  const bottom = frame.height - frame.marginBottom;
  if (px < left || px > right || py < top || py > bottom) return null;
  const [x0, x1] = frame.x.domain;
  const [y0, y1] = frame.y.domain;
  return [x0 + ((px - left) / (right - left)) * (x1 - x0), y0 + ((bottom - py) / (bottom - top)) * (y1 - y0)];
}
