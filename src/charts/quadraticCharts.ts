/**
 * The quadratic lab's charts: the error along each eigen-direction over the steps, the map of
 * momentum's rate over (α, ρ), and the bowl's contour before and after per-coordinate
 * rescaling. Takes in numbers from lib/quadraticLab.ts; returns Plot options. Pure.
 */
import * as Plot from '@observablehq/plot';
import { bowlRate, criticalRho, optimum, type Bowl, type LabMethod } from '../lib/quadraticLab';
import type { ColorScheme } from '../lib/optimizerTable';

const STEEP = '#D55E00';
const FLAT = '#0072B2';
/** Errors below this are float noise, not a rate: the log axis stops there. */
const FLOOR = 1e-12;

export interface ErrorChartInput {
  errors: readonly (readonly [number, number])[];
  rates: readonly [number, number];
  names: readonly [string, string];
  width: number;
}

/** The two directions' errors (solid) and rᵏ (dashed) on a log axis. */
export function errorChartOptions({ errors, rates, names, width }: ErrorChartInput): Plot.PlotOptions {
  const rows = errors.flatMap(([a, b], k) => [
    { k, e: a, d: names[0], kind: 'measured' },
    { k, e: b, d: names[1], kind: 'measured' },
    { k, e: rates[0] ** k, d: names[0], kind: 'predicted' },
    { k, e: rates[1] ** k, d: names[1], kind: 'predicted' },
  ]).filter((r) => Number.isFinite(r.e) && r.e >= FLOOR && r.e <= 1e6);
  return {
    width,
    height: 220,
    marginLeft: 48,
    y: { type: 'log', label: null, grid: true, tickFormat: '.0e' },
    x: { label: null },
    color: { domain: [...names], range: [STEEP, FLAT], legend: true },
    marks: [
      Plot.line(rows.filter((r) => r.kind === 'measured'), { x: 'k', y: 'e', stroke: 'd', strokeWidth: 2 }),
      Plot.line(rows.filter((r) => r.kind === 'predicted'), { x: 'k', y: 'e', stroke: 'd', strokeDasharray: '5,4', strokeWidth: 1.5 }),
    ],
  };
}

export interface RateMapInput {
  bowl: Bowl;
  alpha: number;
  rho: number;
  width: number;
  labels: { alpha: string; rho: string };
  /** The page's theme: the raster paints its own colours, so each theme gets its own ramp and ink. */
  scheme?: ColorScheme;
}

/**
 * Per theme: the rate ramp from fast (the optimum's rate) to slow (1), and the ink of the stable
 * region's edge and the optimum's outline. Light: dark navy to near-white; dark: light blue to the
 * page's own near-black, so the slow region is not a white panel on a dark page.
 */
const MAP_PAINT: Record<ColorScheme, { ramp: [string, string]; ink: string }> = {
  light: { ramp: ['#08306b', '#f7fbff'], ink: '#1b1f24' },
  dark: { ramp: ['#9ecae1', '#0d1b2a'], ink: '#e6e9ed' },
};

const NX = 90;
const NY = 60;
const ALPHA_MAX = 4;

/** The rate of `method` on a grid over α ∈ (0, 4], ρ ∈ [0, 1): row-major, α fastest. */
export function rateGrid(b: Bowl, method: LabMethod): Float64Array {
  const values = new Float64Array(NX * NY);
  for (let j = 0; j < NY; j++) {
    for (let i = 0; i < NX; i++) values[j * NX + i] = Math.min(1.2, bowlRate(method, ((i + 0.5) * ALPHA_MAX) / NX, (j + 0.5) / NY, b));
  }
  return values;
}

/** The (α, ρ) map with the stable region's edge, critical damping, the optimum and the reader's point. */
export function rateMapOptions({ bowl: b, alpha, rho, width, labels, scheme = 'light' }: RateMapInput): Plot.PlotOptions {
  const paint = MAP_PAINT[scheme];
  const grid = rateGrid(b, 'momentum');
  const best = optimum(b);
  const bounds = { x1: 0, x2: ALPHA_MAX, y1: 0, y2: 1, width: NX, height: NY };
  const critical = b.lambdas.map((lambda) =>
    Array.from({ length: 101 }, (_, k) => {
      const a = (k / 100) * ALPHA_MAX;
      const r = criticalRho(a, lambda);
      return r === null ? null : { a, r, lambda };
    }).filter((p) => p !== null),
  );
  return {
    width,
    height: Math.round(Math.min(320, width * 0.7)),
    marginLeft: 44,
    // The α label sits centred under the ticks: at the right end it ran into the "4.0" tick in Korean.
    marginBottom: 40,
    x: { domain: [0, ALPHA_MAX], label: labels.alpha, labelAnchor: 'center', labelOffset: 36 },
    y: { domain: [0, 1], label: labels.rho },
    color: { type: 'linear', domain: [Math.max(0, best.rate - 0.05), 1], range: paint.ramp, clamp: true },
    marks: [
      Plot.raster(Array.from(grid), { ...bounds, imageRendering: 'auto' }),
      Plot.contour(Array.from(grid), { ...bounds, thresholds: [0.9999], stroke: paint.ink, strokeWidth: 2, fill: 'none' }),
      ...critical.map((points) => Plot.line(points, { x: 'a', y: 'r', stroke: '#E69F00', strokeDasharray: '4,3', strokeWidth: 1.5 })),
      Plot.dot([best], { x: 'alpha', y: 'rho', symbol: 'star', r: 7, fill: '#E69F00', stroke: paint.ink }),
      Plot.dot([{ alpha: Math.min(alpha, ALPHA_MAX), rho }], { x: 'alpha', y: 'rho', r: 7, stroke: '#D55E00', strokeWidth: 3, fill: 'none' }),
    ],
  };
}

/** The contour dᵀ M d = 1 of a symmetric [xx, xy, yy] as points, scaled to fit a unit box. */
function contour([xx, xy, yy]: readonly [number, number, number]): { x: number; y: number }[] {
  const mean = (xx + yy) / 2;
  const radius = Math.hypot((xx - yy) / 2, xy);
  const angle = Math.atan2(2 * xy, xx - yy) / 2;
  const [a1, a2] = [1 / Math.sqrt(mean + radius), 1 / Math.sqrt(Math.max(mean - radius, 1e-12))];
  const points = Array.from({ length: 73 }, (_, k) => {
    const t = (2 * Math.PI * k) / 72;
    const [u, v] = [a1 * Math.cos(t), a2 * Math.sin(t)];
    return { x: u * Math.cos(angle) - v * Math.sin(angle), y: u * Math.sin(angle) + v * Math.cos(angle) };
  });
  const reach = Math.max(...points.map((p) => Math.max(Math.abs(p.x), Math.abs(p.y))));
  return points.map((p) => ({ x: p.x / reach, y: p.y / reach }));
}

/** The bowl's contour (left) and the rescaled bowl's (right), each fitted to its own square. */
export function rescaleChartOptions(b: Bowl, width: number): Plot.PlotOptions {
  const [xx, xy, yy] = b.hessian;
  const scaled: [number, number, number] = [1, xy / Math.sqrt(xx * yy), 1];
  const rows = [...contour(b.hessian).map((p) => ({ ...p, panel: 0 })), ...contour(scaled).map((p) => ({ ...p, panel: 1 }))];
  return {
    width: Math.min(width, 420),
    height: Math.round(Math.min(width, 420) / 2) + 10,
    x: { domain: [-1.1, 1.1], axis: null },
    y: { domain: [-1.1, 1.1], axis: null },
    fx: { axis: null },
    marks: [Plot.frame({ stroke: '#9aa3ad' }), Plot.line(rows, { x: 'x', y: 'y', fx: 'panel', stroke: 'currentColor', strokeWidth: 2 })],
  };
}
