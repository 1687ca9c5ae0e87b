/**
 * The learning-rate-over-steps line chart of the ScheduleExplorer, drawn with Observable Plot.
 * Its text alternative is in scheduleSummary.ts (no Plot there, so it can render on the server).
 */
import * as Plot from '@observablehq/plot';
import { inBoth, type Lang } from '~/lib/i18n';
import type { SchedulePoint } from './scheduleSummary';

export interface ScheduleChartOptions {
  width: number;
  height: number;
  lang: Lang;
  /** Log y axis: exponential decay becomes a straight line. */
  logY?: boolean;
  /** Curves kept for comparison, drawn thinner and dashed under the current one, each in its colour. */
  overlays?: readonly ScheduleOverlay[];
}

export interface ScheduleOverlay {
  label: string;
  colour: string;
  points: readonly SchedulePoint[];
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const axisText = inBoth('scheduleChart');

/** An SVG line chart of `points` (learning rate against step). */
export function scheduleChart(points: readonly SchedulePoint[], options: ScheduleChartOptions): SVGSVGElement | HTMLElement {
  const { width, height, lang, logY = false, overlays = [] } = options;
  const text = axisText[lang];
  const positive = points.filter((p) => p.rate > 0);
  return Plot.plot({
    width,
    height,
    marginLeft: 56,
    // Room for the x label under the last tick at 12 px text ("1,000" and "스텝 →" collided at 360 px).
    marginBottom: 44,
    marginRight: 24,
    style: { background: 'transparent', fontSize: '12px' },
    x: { label: text.x, grid: true },
    y: logY ? { label: text.y, type: 'log', grid: true } : { label: text.y, grid: true, zero: true },
    marks: [
      Plot.ruleY(logY ? [] : [0]),
      ...overlays.map((o) =>
        Plot.lineY(logY ? o.points.filter((p) => p.rate > 0) : o.points, { x: 'step', y: 'rate', stroke: o.colour, strokeWidth: 2, strokeDasharray: '6 3' }),
      ),
      Plot.lineY(logY ? positive : points, { x: 'step', y: 'rate', stroke: 'var(--accent)', strokeWidth: 2.5 }),
      Plot.tip(points, Plot.pointerX({ x: 'step', y: 'rate' })),
    ],
  });
}
