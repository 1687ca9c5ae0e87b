/**
 * The race map: four layers stacked on one frame (mapFrame.ts) — the heat map with contours,
 * sampled once per device pixel (redrawn only when the surface, the width or the theme changes),
 * the trail lines on a canvas (every result), in swarm mode a canvas of particles, and on top
 * arrows, heads and names as SVG (at most ~30 times a second), so no particle hides a name. A click or tap on the map places the start.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import { mapFrame, invertFrame, plotArea, type MapDomain } from '~/charts/mapFrame';
import { gridSize, SURFACE_RAMPS, surfaceChartOptions } from '~/charts/surfaceChart';
import { drawSwarm, type SwarmRacer } from '~/charts/swarmCanvas';
import { drawTrails } from '~/charts/trailCanvas';
import { trailChartOptions, type TrailRacer } from '~/charts/trailChart';
import type { Lang } from '~/lib/i18n';
import type { ColorScheme } from '~/lib/optimizerTable';
import type { GridSampler } from './useRaceSurface';
import { PlotFigure } from '../kit/PlotFigure';
import { useElementWidth } from '../kit/useElementWidth';

/** Trails redraw at most ~30 times a second: smooth to the eye, and half the SVG work at 60 fps. */
const TRAIL_REDRAW_MS = 30;

/** Ink of the start ring per theme. */
const INK: Record<ColorScheme, string> = { light: '#1b1f24', dark: '#f1f3f5' };

interface Props {
  /** Samples the surface; the map asks for one sample per device pixel of its plot area. */
  sample: GridSampler | null;
  scheme: ColorScheme;
  domain: MapDomain | null;
  formula: string;
  minimum: readonly [number, number];
  start: readonly [number, number];
  racers: readonly TrailRacer[];
  /** Every particle of every racer, only in swarm mode. */
  swarm: readonly SwarmRacer[] | null;
  onPlaceStart(point: [number, number]): void;
  lang: Lang;
  hint: string;
}

/** Heat map, trails and swarm of the race, with click-to-place-start. */
export function SurfaceView({ sample, scheme, domain, formula, minimum, start, racers, swarm, onPlaceStart, lang, hint }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const lines = useRef<HTMLCanvasElement>(null);
  const width = useElementWidth(box);
  const frame = useMemo(() => (domain && width > 0 ? mapFrame(domain, width) : null), [domain, width]);

  const dpr = typeof window === 'undefined' ? 1 : window.devicePixelRatio || 1;
  const size = frame ? gridSize(plotArea(frame), dpr) : null;
  const grid = useMemo(() => (sample && size ? sample(size.nx, size.ny) : null), [sample, size?.nx, size?.ny]);
  const heat = useMemo(
    () => (grid && frame ? surfaceChartOptions({ grid, frame, formula, minimum, lang, scheme }) : null),
    [grid, frame, formula, minimum[0], minimum[1], lang, scheme],
  );
  const paper = SURFACE_RAMPS[scheme][0];
  const trails = frame ? trailChartOptions({ racers, start, frame, showHeads: swarm === null, paper, ink: INK[scheme] }) : null;

  useEffect(() => {
    const element = lines.current;
    const context = element?.getContext('2d');
    if (!element || !context || !frame) return;
    const dpr = Math.min(3, window.devicePixelRatio || 1);
    fitCanvas(element, frame, dpr);
    drawTrails(context, racers, frame, dpr, paper, swarm !== null);
  }, [racers, frame, paper, swarm !== null]);

  useEffect(() => {
    const element = canvas.current;
    const context = element?.getContext('2d');
    if (!element || !context || !frame) return;
    const dpr = Math.min(3, window.devicePixelRatio || 1);
    fitCanvas(element, frame, dpr);
    if (swarm) drawSwarm(context, swarm, frame, dpr);
    else context.clearRect(0, 0, element.width, element.height);
  }, [swarm, frame]);

  const place = (event: MouseEvent) => {
    const element = box.current;
    if (!element || !frame) return;
    const rect = element.getBoundingClientRect();
    const point = invertFrame(frame, event.clientX - rect.left, event.clientY - rect.top);
    if (point) onPlaceStart([Number(point[0].toFixed(2)), Number(point[1].toFixed(2))]);
  };

  return (
    <div class="race-map" ref={box} style={frame ? { height: `${frame.height}px` } : undefined}>
      <PlotFigure options={heat} class="race-layer race-heat" />
      <canvas ref={lines} class="race-layer race-lines" aria-hidden="true" style={frame ? { width: `${frame.width}px`, height: `${frame.height}px` } : undefined} />
      <canvas
        ref={canvas}
        class="race-layer race-swarm"
        aria-hidden="true"
        style={frame ? { width: `${frame.width}px`, height: `${frame.height}px` } : undefined}
      />
      <PlotFigure options={trails} class="race-layer race-trails" minIntervalMs={TRAIL_REDRAW_MS} decorative />
      <div class="race-layer race-hit" onClick={place} title={hint} />
    </div>
  );
}

/** Sizes `element`'s backing store to the frame at `dpr`; resizing reallocates a canvas, so only when the frame really changed. */
function fitCanvas(element: HTMLCanvasElement, frame: { width: number; height: number }, dpr: number): void {
  const [w, h] = [Math.round(frame.width * dpr), Math.round(frame.height * dpr)];
  if (element.width !== w) element.width = w;
  if (element.height !== h) element.height = h;
}
