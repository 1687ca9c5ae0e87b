/**
 * The race map's bottom layer: the loss surface as a heat map with contour lines.
 *
 * Takes in: a grid of f sampled on the domain (from engines/surfaces.ts `evaluateGrid`, x
 * fastest, row 0 at the lowest y), the lowest point, the map frame and the language.
 * Returns: Plot options (raster + contour + a star at the minimum), plotted once per surface;
 * trails and particles are drawn by other layers on the same frame (see mapFrame.ts).
 *
 * Heights are shaded as log10(f − min + offset): on the ravine or Rosenbrock f spans several
 * decades, and a linear ramp would paint the whole valley one colour. Pure: no DOM.
 */
import * as Plot from '@observablehq/plot';
import type { ColorScheme } from '../lib/optimizerTable';
import type { MapFrame } from './mapFrame';
import { chartWords, formatPoint, formatValue, type ChartLang } from './raceText';

export interface SurfaceGrid {
  values: Float32Array;
  nx: number;
  ny: number;
  min: number;
  max: number;
}

/**
 * Shading per theme, [lowest, highest]: a quiet grey ramp so the racers' colours stay the loudest
 * thing. The low end is the "map paper" the racers' colours are checked against (≥ 3:1, in
 * tests/unit/optimizerTable.test.ts): the racers spend most of their time low down. On the dark
 * theme the low ground is dark, like the page, and higher ground is lighter.
 */
export const SURFACE_RAMPS: Record<ColorScheme, readonly [string, string]> = {
  light: ['#fdfcf8', '#939cab'],
  dark: ['#191d22', '#6b7584'],
};
/** Contour lines per theme: darker than the ramp on the light theme, lighter on the dark one. */
const CONTOUR_STROKE: Record<ColorScheme, { stroke: string; opacity: number }> = {
  light: { stroke: '#2f3640', opacity: 0.35 },
  dark: { stroke: '#dfe5ec', opacity: 0.3 },
};
const CONTOUR_COUNT = 12;

/** The offset that keeps log10(f − min + offset) finite at the minimum: 1e-3 of the range. */
export function shadeOffset(grid: SurfaceGrid): number {
  const range = grid.max - grid.min;
  return Number.isFinite(range) && range > 0 ? range * 1e-3 : 1;
}

/** Shaded heights, one per grid value; non-finite values become NaN, which Plot leaves blank. */
export function shadeValues(grid: SurfaceGrid): Float64Array {
  const offset = shadeOffset(grid);
  const out = new Float64Array(grid.values.length);
  for (let i = 0; i < out.length; i++) {
    const v = grid.values[i];
    out[i] = Number.isFinite(v) ? Math.log10(Math.max(v - grid.min, 0) + offset) : NaN;
  }
  return out;
}

/** The shaded range [low, high] of a grid (the colour scale's domain). */
export function shadeDomain(grid: SurfaceGrid): [number, number] {
  const offset = shadeOffset(grid);
  const high = Number.isFinite(grid.max - grid.min) ? Math.log10(grid.max - grid.min + offset) : 1;
  return [Math.log10(offset), high];
}

/** Contours are traced on at most this many columns: finer adds time, not visible detail. */
export const CONTOUR_COLUMNS = 240;

/**
 * The grid sampled to a heat map at device-pixel resolution: one sample per device pixel of the
 * plot area, at most `max` columns (the raster is smoothed between samples beyond that).
 */
export function gridSize(plot: { width: number; height: number }, dpr: number, max = 1024): { nx: number; ny: number } {
  const scale = Math.min(Math.max(1, dpr || 1), 3);
  const nx = Math.max(2, Math.min(max, Math.round(plot.width * scale)));
  const ny = Math.max(2, Math.round((nx * plot.height) / Math.max(1, plot.width)));
  return { nx, ny };
}

/**
 * Every `step`-th sample of `values` (an nx × ny grid, x fastest) in both directions, so at most
 * `columns` columns remain; the spacing stays uniform (the last row or column may fall short of the edge).
 */
export function downsample(values: ArrayLike<number>, nx: number, ny: number, columns = CONTOUR_COLUMNS): { values: Float64Array; nx: number; ny: number; step: number } {
  const step = Math.max(1, Math.ceil(nx / columns));
  const kx = Math.ceil(nx / step);
  const ky = Math.ceil(ny / step);
  const out = new Float64Array(kx * ky);
  for (let r = 0; r < ky; r++) for (let c = 0; c < kx; c++) out[r * kx + c] = values[r * step * nx + c * step];
  return { values: out, nx: kx, ny: ky, step };
}

/** Where a grid sampled every `step`-th point of `grid` lies, for Plot's raster and contour (cells centred on samples). */
export function sampledBounds(frame: MapFrame, grid: { nx: number; ny: number }, sampled: { nx: number; ny: number; step: number }) {
  const [x0, x1] = frame.x.domain;
  const [y0, y1] = frame.y.domain;
  const dx = ((x1 - x0) / (grid.nx - 1)) * sampled.step;
  const dy = ((y1 - y0) / (grid.ny - 1)) * sampled.step;
  return { x1: x0 - dx / 2, x2: x0 - dx / 2 + sampled.nx * dx, y1: y0 - dy / 2, y2: y0 - dy / 2 + sampled.ny * dy };
}

/** `count` contour levels evenly spaced strictly inside the shaded range. */
export function contourLevels(domain: readonly [number, number], count = CONTOUR_COUNT): number[] {
  const [low, high] = domain;
  if (!(high > low)) return [];
  return Array.from({ length: count }, (_, i) => low + ((i + 1) * (high - low)) / (count + 1));
}

/**
 * Raster cells are centred on grid points, so the image reaches half a cell past the domain
 * on every side (clipped by the frame); without this the heat map would be shifted by half a cell.
 */
export function rasterBounds(frame: MapFrame, grid: SurfaceGrid): { x1: number; x2: number; y1: number; y2: number } {
  const [x0, x1] = frame.x.domain;
  const [y0, y1] = frame.y.domain;
  const hx = (x1 - x0) / (grid.nx - 1) / 2;
  const hy = (y1 - y0) / (grid.ny - 1) / 2;
  return { x1: x0 - hx, x2: x1 + hx, y1: y0 - hy, y2: y1 + hy };
}

export interface SurfaceChartInput {
  grid: SurfaceGrid;
  frame: MapFrame;
  formula: string;
  minimum: readonly [number, number];
  lang: ChartLang;
  /** The page's theme (light when not given). */
  scheme?: ColorScheme;
}

/** The text alternative of the heat map. */
export function surfaceSummary(input: Pick<SurfaceChartInput, 'frame' | 'formula' | 'minimum' | 'lang' | 'scheme'>): string {
  const w = chartWords(input.lang);
  const range = ([a, b]: readonly [number, number]) => `${formatValue(a)} ${w.to} ${formatValue(b)}`;
  // The dark theme's ramp runs the other way (low ground dark, like the page), and so does the sentence.
  const map = input.scheme === 'dark' ? w.mapDark : w.map;
  return `${map(input.formula, range(input.frame.x.domain), range(input.frame.y.domain))} ${w.minimumAt(formatPoint(input.minimum))}`;
}

/** Plot options of the heat map with contours and the minimum marker. */
export function surfaceChartOptions(input: SurfaceChartInput): Plot.PlotOptions {
  const { grid, frame } = input;
  const shaded = shadeValues(grid);
  const domain = shadeDomain(grid);
  const dense = { width: grid.nx, height: grid.ny, ...rasterBounds(frame, grid) };
  const scheme = input.scheme ?? 'light';
  const coarse = downsample(shaded, grid.nx, grid.ny);
  const contour = CONTOUR_STROKE[scheme];
  return {
    ...frame,
    ariaLabel: surfaceSummary(input),
    x: { ...frame.x, label: 'x' },
    y: { ...frame.y, label: 'y' },
    color: { type: 'linear', domain, range: [...SURFACE_RAMPS[scheme]], clamp: true },
    style: { background: 'transparent', overflow: 'visible' },
    marks: [
      Plot.raster(shaded, { ...dense, clip: true, imageRendering: 'auto' }),
      Plot.contour(coarse.values, {
        width: coarse.nx,
        height: coarse.ny,
        ...sampledBounds(frame, grid, coarse),
        clip: true,
        thresholds: contourLevels(domain),
        fill: 'none',
        stroke: contour.stroke,
        strokeOpacity: contour.opacity,
        strokeWidth: 0.8,
      }),
      Plot.dot([input.minimum], {
        x: (d: readonly [number, number]) => d[0],
        y: (d: readonly [number, number]) => d[1],
        symbol: 'star',
        r: 6,
        fill: '#ffffff',
        stroke: '#1b1f24',
        strokeWidth: 1.2,
      }),
      Plot.frame({ stroke: '#9aa3ad', strokeOpacity: 0.6 }),
    ],
  };
}
