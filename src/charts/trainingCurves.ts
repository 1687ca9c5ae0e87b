/**
 * The NetworkRace's charts: training loss per step (log y; the faint line is each mini-batch's
 * loss, the solid one its moving average), held-out accuracy at each evaluation, and a small
 * learning-rate-multiplier curve of the schedule with the current step marked. The accuracy
 * chart zooms to the racers' range and shows each one's binomial noise band and earlier seeds.
 *
 * Takes in: per racer its label, colour, loss histories, accuracy points and divergence (the
 * shape engines/networkRace.ts reports, with the label already in the page language); the run
 * length, size and language. Returns: Plot options, drawn by the island.
 * Non-finite numbers never reach Plot (the engine already stops a racer at its first non-finite
 * loss; this module drops any that slip through), losses are floored at LOSS_FLOOR for the log
 * axis, and long histories are thinned to a fixed budget of points. Pure.
 */
import * as Plot from '@observablehq/plot';
import { inBoth, type Lang } from '../lib/i18n';
import { sampleSchedule, scheduledRate, type ScheduleParams } from '../lib/schedules';
import { binomialStandardError } from '../lib/accuracyNoise';

export const LOSS_FLOOR = 1e-4;
/** Top of the loss axis at most: a run starts near ln 10 ≈ 2.3, so anything above 10 is blowing up. */
export const LOSS_VIEW_CEILING = 10;
/** Points kept per line: charts are at most ~900 px wide, so more would not show. */
export const MAX_POINTS = 400;

export interface CurveRacer {
  name: string;
  label: string;
  color: string;
  /** Batch loss of each update, index = step. */
  loss: readonly number[];
  /** Moving average of `loss`, index = step. */
  smoothedLoss: readonly number[];
  heldOutAccuracy: readonly { step: number; accuracy: number }[];
  diverged: null | { step: number };
}

export interface StepValue {
  step: number;
  value: number;
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('trainingCurves');

/** Every `stride`-th point plus the last one, so at most `budget` points remain. */
export function thin<T>(points: readonly T[], budget = MAX_POINTS): T[] {
  if (points.length <= budget) return [...points];
  const stride = Math.ceil((points.length - 1) / (budget - 1));
  const out: T[] = [];
  for (let i = 0; i < points.length - 1; i += stride) out.push(points[i]);
  out.push(points[points.length - 1]);
  return out;
}

/** The drawable points of a per-step history: finite only, floored for a log axis, thinned. */
export function lossPoints(history: readonly number[], budget = MAX_POINTS): StepValue[] {
  const points: StepValue[] = [];
  history.forEach((value, step) => {
    if (Number.isFinite(value)) points.push({ step, value: Math.max(LOSS_FLOOR, value) });
  });
  return thin(points, budget);
}

/** The loss axis: around every point, but no higher than LOSS_VIEW_CEILING; [0.1, 3] when empty. */
export function lossDomain(series: readonly (readonly StepValue[])[]): [number, number] {
  let low = Infinity;
  let high = -Infinity;
  for (const points of series) {
    for (const p of points) {
      low = Math.min(low, p.value);
      high = Math.max(high, p.value);
    }
  }
  if (!Number.isFinite(low)) return [0.1, 3];
  const top = Math.min(LOSS_VIEW_CEILING, Math.max(high * 1.15, 3));
  return [Math.min(low * 0.85, top / 2), top];
}

/** A finished run's final held-out accuracy with another seed, for the spread over seeds. */
export interface SeedResult {
  name: string;
  color: string;
  seed: number;
  /** Percent. */
  value: number;
}

/** The band a measured accuracy would move in on other held-out digits: ±2 binomial standard errors, in points. */
export function accuracyBand(points: readonly StepValue[], heldOut: number): { step: number; low: number; high: number }[] {
  return points.map((p) => {
    const se = 100 * binomialStandardError(p.value / 100, heldOut);
    return { step: p.step, low: Math.max(0, p.value - 2 * se), high: Math.min(100, p.value + 2 * se) };
  });
}

/**
 * The accuracy axis, zoomed to where the racers are now: from 5 points under the lowest latest
 * accuracy (and its noise band) to 2 points over the highest, on multiples of 5, at least 10 points
 * tall, within 0–100. The whole 0–100 before any evaluation after the start.
 */
export function accuracyDomain(racers: readonly CurveRacer[], heldOut: number, earlier: readonly SeedResult[] = []): [number, number] {
  const latest = racers
    .map((r) => accuracyPoints(r).at(-1))
    .filter((p): p is StepValue => p !== undefined && p.step > 0)
    .map((p) => p.value)
    .concat(earlier.map((e) => e.value));
  if (latest.length === 0) return [0, 100];
  const lowest = Math.min(...latest);
  const highest = Math.max(...latest);
  const se = 100 * binomialStandardError(lowest / 100, heldOut);
  let low = Math.max(0, Math.floor((lowest - Math.max(5, 2 * se)) / 5) * 5);
  const high = Math.min(100, Math.ceil((highest + 2) / 5) * 5);
  if (high - low < 10) low = Math.max(0, high - 10);
  return [low, high];
}

/** Accuracy points in percent, finite only. */
export function accuracyPoints(racer: CurveRacer): StepValue[] {
  return racer.heldOutAccuracy.filter((a) => Number.isFinite(a.accuracy)).map((a) => ({ step: a.step, value: 100 * a.accuracy }));
}

/** The schedule as a multiple of the base rate at evenly spaced steps (what every racer's rate is multiplied by). */
export function scheduleFactors(name: string, params: ScheduleParams, totalSteps: number, points = 120): StepValue[] {
  return sampleSchedule(name, params, 1, totalSteps, points).map((p) => ({ step: p.step, value: p.rate }));
}

/**
 * A cross and "diverged at step N" where a racer's line stops; the words lean into the chart,
 * below the cross (`below`, for the loss, whose cross is often at the top) or above it.
 */
function divergedMarks(racer: CurveRacer, at: StepValue, size: ChartSize, below: boolean): Plot.Markish[] {
  const note = [{ ...at, note: words[size.lang].diverged(racer.diverged?.step ?? at.step) }];
  const nearEnd = at.step > size.totalSteps * 0.6;
  return [
    Plot.dot(note, { x: 'step', y: 'value', symbol: 'times', r: 6, stroke: racer.color, strokeWidth: 3 }),
    Plot.text(note, {
      x: 'step', y: 'value', text: 'note', dy: below ? 14 : -11, dx: nearEnd ? -4 : 4, textAnchor: nearEnd ? 'end' : 'start',
      fill: racer.color, stroke: 'var(--bg-raised, #fff)', strokeWidth: 3, paintOrder: 'stroke', fontWeight: 600,
    }),
  ];
}

interface ChartSize {
  width: number;
  height: number;
  totalSteps: number;
  lang: Lang;
  ariaLabel: string;
}

const frame = { marginLeft: 44, marginRight: 14, marginTop: 20, marginBottom: 34, style: { background: 'transparent', overflow: 'visible' } };

/** Points drawn per loss line at `width` px: one every 2 px (a finer line would not show), at most MAX_POINTS. */
export function lossBudget(width: number): number {
  return Math.max(2, Math.min(MAX_POINTS, Math.ceil(width / 2)));
}

/**
 * Plot options of the loss chart: faint batch losses, solid moving averages, log y. Each line
 * is thinned to lossBudget(width) points for drawing (the engine keeps every loss).
 */
export function lossChartOptions(racers: readonly CurveRacer[], size: ChartSize): Plot.PlotOptions {
  const w = words[size.lang];
  const budget = lossBudget(size.width);
  const raw = racers.map((r) => lossPoints(r.loss, budget));
  const smooth = racers.map((r) => lossPoints(r.smoothedLoss, budget));
  const domain = lossDomain(smooth);
  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.08 })];
  racers.forEach((racer, i) => {
    marks.push(Plot.line(raw[i], { x: 'step', y: 'value', stroke: racer.color, strokeWidth: 1, strokeOpacity: 0.25, clip: true }));
    marks.push(Plot.line(smooth[i], { x: 'step', y: 'value', stroke: racer.color, strokeWidth: 2.25, clip: true }));
    if (!racer.diverged) return;
    // The cross sits where the line stops, pulled down onto the axis if the loss was off the chart.
    const last = smooth[i].at(-1) ?? { step: racer.diverged.step, value: Math.log(10) };
    marks.push(...divergedMarks(racer, { step: last.step, value: Math.min(last.value, domain[1]) }, size, true));
  });
  return {
    ...frame,
    width: size.width,
    height: size.height,
    ariaLabel: size.ariaLabel,
    x: { domain: [0, size.totalSteps], label: w.step, labelAnchor: 'right' },
    y: { type: 'log', domain, label: w.loss, labelAnchor: 'top', ticks: 4, tickFormat: '~g' },
    marks,
  };
}

/**
 * Plot options of the held-out accuracy chart: per racer a line with its ±2 SE noise band,
 * zoomed to the range the racers are in (accuracyDomain; earlier points below it are clipped),
 * and hollow dots at the end for the final accuracy of earlier runs with other seeds.
 */
export function accuracyChartOptions(
  racers: readonly CurveRacer[],
  size: ChartSize & { heldOut?: number; earlier?: readonly SeedResult[] },
): Plot.PlotOptions {
  const w = words[size.lang];
  const heldOut = size.heldOut ?? 1000;
  const earlier = size.earlier ?? [];
  const domain = accuracyDomain(racers, heldOut, earlier);
  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.08 })];
  for (const racer of racers) {
    const points = accuracyPoints(racer);
    marks.push(Plot.areaY(accuracyBand(points, heldOut), { x: 'step', y1: 'low', y2: 'high', fill: racer.color, fillOpacity: 0.09, clip: true }));
    marks.push(Plot.line(points, { x: 'step', y: 'value', stroke: racer.color, strokeWidth: 2, clip: true }));
    marks.push(Plot.dot(points.slice(-1), { x: 'step', y: 'value', fill: racer.color, r: 3, clip: true }));
    // A racer that blew up early may sit under the zoomed axis: its cross is pulled up onto it.
    const last = points[points.length - 1];
    if (racer.diverged && last) marks.push(...divergedMarks(racer, { step: last.step, value: Math.max(last.value, domain[0]) }, size, false));
  }
  for (const result of earlier) {
    marks.push(Plot.dot([{ step: size.totalSteps, value: result.value }], { x: 'step', y: 'value', r: 4, stroke: result.color, strokeWidth: 1.5, fill: 'none', dx: 6, clip: true }));
  }
  return {
    ...frame,
    marginRight: earlier.length > 0 ? 22 : frame.marginRight,
    width: size.width,
    height: size.height,
    ariaLabel: size.ariaLabel,
    x: { domain: [0, size.totalSteps], label: w.step, labelAnchor: 'right' },
    y: { domain, label: w.accuracy, labelAnchor: 'top', ticks: 5 },
    marks,
  };
}

/** The multiplier at update `step` (clamped to the run), for the "you are here" dot. */
export function factorAt(name: string, params: ScheduleParams, step: number, totalSteps: number): StepValue {
  const at = Math.min(Math.max(0, step), totalSteps);
  return { step: at, value: scheduledRate(name, params, 1, at, totalSteps) };
}

/** Plot options of the small schedule chart: the rate multiplier over the run, a dot at `now`. */
export function scheduleSparkOptions(factors: readonly StepValue[], now: StepValue, size: ChartSize): Plot.PlotOptions {
  const w = words[size.lang];
  const top = Math.max(1, ...factors.map((f) => f.value));
  return {
    ...frame,
    marginLeft: 34,
    width: size.width,
    height: size.height,
    ariaLabel: size.ariaLabel,
    x: { domain: [0, size.totalSteps], label: w.step, labelAnchor: 'right', ticks: 2 },
    y: { domain: [0, top], label: w.rate, labelAnchor: 'top', ticks: 3 },
    marks: [
      Plot.areaY(factors, { x: 'step', y: 'value', fill: 'var(--accent, #1f5fa8)', fillOpacity: 0.12 }),
      Plot.line(factors, { x: 'step', y: 'value', stroke: 'var(--accent, #1f5fa8)', strokeWidth: 2 }),
      Plot.ruleX([now.step], { stroke: 'var(--fg-soft, #4b5563)', strokeDasharray: '3 3' }),
      Plot.dot([now], { x: 'step', y: 'value', fill: 'var(--accent, #1f5fa8)', r: 4 }),
    ],
  };
}
