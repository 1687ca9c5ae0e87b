/**
 * The loss-versus-step chart beside the map: f − lossFloor of each racer (mean over its particles) on a log
 * y axis, one line per racer in its colour, and a cross with "diverged at step N" where a run
 * blew up.
 *
 * Takes in: per racer its label, colour, gap history (f − lossFloor at step 0, 1, 2, …, as
 * engines/race.ts reports it: for a swarm, the mean over particles) and divergence; the size and
 * language. Returns: Plot options.
 * A log axis cannot show 0 (the race reports gaps against the lowest value any racer reached, so
 * the best racer can read exactly 0), so gaps below LOSS_EPSILON are drawn at LOSS_EPSILON; non-finite values are dropped
 * and the axis stops at LOSS_CEILING so one exploding run cannot squash the others. Pure.
 */
import * as Plot from '@observablehq/plot';
import { thinPoints } from './trailChart';
import { chartWords, type ChartLang } from './raceText';

export const LOSS_EPSILON = 1e-8;
export const LOSS_CEILING = 1e10;

export interface LossRacer {
  name: string;
  label: string;
  color: string;
  /** f − lossFloor at each step, index = step. */
  loss: ArrayLike<number>;
  diverged: null | { step: number };
}

export interface LossPoint {
  step: number;
  gap: number;
}

/** The drawable points of one gap history: finite, kept inside [LOSS_EPSILON, LOSS_CEILING]. */
export function lossPoints(loss: ArrayLike<number>): LossPoint[] {
  const points: LossPoint[] = [];
  for (let step = 0; step < loss.length; step++) {
    const gap = loss[step];
    if (!Number.isFinite(gap)) continue;
    points.push({ step, gap: Math.min(LOSS_CEILING, Math.max(LOSS_EPSILON, gap)) });
  }
  return points;
}

/** 10^k exactly (10 ** -4 is 0.00009999999999999999 in floating point; "1e-4" parses exactly). */
const decade = (k: number): number => Number(`1e${k}`);

/** Whole decades around every point of every series; [1e-3, 1e1] when there is nothing yet. */
export function lossDomain(series: readonly (readonly LossPoint[])[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const points of series) {
    for (const p of points) {
      if (p.gap < low) low = p.gap;
      if (p.gap > high) high = p.gap;
    }
  }
  if (!Number.isFinite(low)) return [1e-3, 1e1];
  const lowDecade = Math.floor(Math.log10(low));
  const highDecade = Math.max(lowDecade + 1, Math.ceil(Math.log10(high)));
  return [decade(lowDecade), decade(highDecade)];
}

/** Tick values: whole decades of `domain`, every other (or third…) one when there are more than six. */
export function decadeTicks(domain: readonly [number, number]): number[] {
  const low = Math.round(Math.log10(domain[0]));
  const high = Math.round(Math.log10(domain[1]));
  const stride = Math.max(1, Math.ceil((high - low + 1) / 6));
  const ticks: number[] = [];
  for (let k = high; k >= low; k -= stride) ticks.unshift(decade(k));
  return ticks;
}

/** A decade for an axis: 0.01, 1, 100 as plain numbers, 1e-6 and 1e5 in exponent form. */
export function formatDecade(value: number): string {
  const k = Math.round(Math.log10(value));
  return k >= -2 && k <= 3 ? String(decade(k)) : `1e${k}`;
}

export interface LossChartInput {
  racers: readonly LossRacer[];
  width: number;
  height: number;
  lang: ChartLang;
  /** Text alternative (see raceText.lossSummary). */
  ariaLabel: string;
}

/** Plot options of the loss chart. */
export function lossChartOptions(input: LossChartInput): Plot.PlotOptions {
  const w = chartWords(input.lang);
  const series = input.racers.map((racer) => thinPoints(lossPoints(racer.loss)));
  const lastStep = Math.max(10, ...input.racers.map((r) => r.loss.length - 1));
  const domain = lossDomain(series);
  const ticks = decadeTicks(domain);
  const marks: Plot.Markish[] = [Plot.gridY(ticks, { strokeOpacity: 0.1 })];
  input.racers.forEach((racer, i) => {
    const points = series[i];
    if (points.length === 0) return;
    marks.push(Plot.line(points, { x: 'step', y: 'gap', stroke: racer.color, strokeWidth: 2, clip: true }));
    if (racer.diverged) {
      const last = points[points.length - 1];
      const note = { ...last, note: w.divergedAt(racer.diverged.step) };
      marks.push(Plot.dot([note], { x: 'step', y: 'gap', symbol: 'times', r: 6, stroke: racer.color, strokeWidth: 3 }));
      marks.push(
        Plot.text([note], {
          x: 'step',
          y: 'gap',
          text: 'note',
          dy: -10,
          // Past the middle the note would run off the right edge: it ends at the cross instead.
          textAnchor: last.step > lastStep / 2 ? 'end' : 'start',
          fill: racer.color,
          stroke: 'var(--bg, #fff)',
          strokeWidth: 3,
          paintOrder: 'stroke',
          fontWeight: 600,
        }),
      );
    }
  });
  return {
    width: input.width,
    height: input.height,
    marginLeft: 52,
    marginRight: 16,
    marginTop: 18,
    marginBottom: 34,
    ariaLabel: input.ariaLabel,
    x: { domain: [0, lastStep], label: w.stepAxis, labelAnchor: 'right' },
    y: { type: 'log', domain, label: w.lossAxis, ticks, tickFormat: formatDecade },
    style: { background: 'transparent', overflow: 'visible' },
    marks,
  };
}
