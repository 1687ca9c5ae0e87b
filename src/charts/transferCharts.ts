/**
 * TransferLab's charts. Takes in: per strategy its curve (training steps, train and held-out
 * accuracy) or its final held-out accuracy at each N tried; the size, language and the
 * highlighted strategy. Returns: Plot options, drawn by the island. Accuracy is in percent; N is
 * on a log axis. Each chart carries a colour legend of the strategies (Plot's own swatches); the
 * highlighted strategy is drawn last (on top), thicker, and the others are faded. Pure.
 */
import * as Plot from '@observablehq/plot';
import { spreadLabels } from '../lib/labelSpread';
import { inBoth, type Lang } from '../lib/i18n';

export type StrategyName = 'head' | 'finetune' | 'scratch';

export const STRATEGY_COLORS: Record<StrategyName, string> = { head: '#1b7f5b', finetune: '#7a4fc4', scratch: '#c0572b' };

export const strategyLabels = inBoth('transferStrategies');

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('transferChart');

export interface CurveSeries {
  strategy: StrategyName;
  points: readonly { steps: number; train: number; heldOut: number | null }[];
}

export interface FinalPoint {
  strategy: StrategyName;
  perClass: number;
  heldOut: number;
}

/** The chart's size and language, and the strategy to draw on top (none: all alike). */
export interface ChartSize {
  width: number;
  height: number;
  lang: Lang;
  focus?: StrategyName;
}

/** Strategies in drawing order: the highlighted one last, so it is on top. */
export function drawingOrder(focus?: StrategyName): StrategyName[] {
  const all = Object.keys(STRATEGY_COLORS) as StrategyName[];
  return focus ? [...all.filter((s) => s !== focus), focus] : all;
}

/** The colour scale with its legend: one swatch per strategy, named in the reader's language. */
function strategyScale(lang: Lang): Plot.ScaleOptions {
  const all = Object.keys(STRATEGY_COLORS) as StrategyName[];
  return { type: 'categorical', domain: all.map((s) => strategyLabels[lang][s]), range: all.map((s) => STRATEGY_COLORS[s]), legend: true };
}

/** Line width and opacity of `strategy`: the highlighted one stands out, the others step back. */
const emphasis = (strategy: StrategyName, focus: StrategyName | undefined) => (!focus ? { width: 1, opacity: 1 } : strategy === focus ? { width: 1.5, opacity: 1 } : { width: 0.8, opacity: 0.45 });

const frame = { marginLeft: 44, marginRight: 14, marginTop: 18, marginBottom: 36, style: { background: 'transparent', overflow: 'visible' } };

/** Held-out (solid) and train (dashed) accuracy against training steps, one colour per strategy. */
export function curveChartOptions(series: readonly CurveSeries[], size: ChartSize): Plot.PlotOptions {
  const w = words[size.lang];
  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.08 })];
  const order = drawingOrder(size.focus);
  for (const s of [...series].sort((a, b) => order.indexOf(a.strategy) - order.indexOf(b.strategy))) {
    const label = strategyLabels[size.lang][s.strategy];
    const { width, opacity } = emphasis(s.strategy, size.focus);
    const held = s.points.filter((p) => p.heldOut !== null).map((p) => ({ steps: p.steps, value: 100 * (p.heldOut ?? 0) }));
    const train = s.points.map((p) => ({ steps: p.steps, value: 100 * p.train }));
    marks.push(Plot.line(train, { x: 'steps', y: 'value', stroke: () => label, strokeDasharray: '4 3', strokeOpacity: 0.7 * opacity, strokeWidth: 1.5 * width }));
    marks.push(Plot.line(held, { x: 'steps', y: 'value', stroke: () => label, strokeWidth: 2.25 * width, strokeOpacity: opacity }));
    marks.push(Plot.dot(held.slice(-1), { x: 'steps', y: 'value', fill: () => label, r: 3.5 * width, fillOpacity: opacity }));
  }
  return {
    ...frame,
    width: size.width,
    height: size.height,
    color: strategyScale(size.lang),
    x: { label: w.step, labelAnchor: 'right' },
    y: { domain: [0, 100], label: w.accuracy, labelAnchor: 'top', ticks: 5 },
    marks,
  };
}

/** Per strategy and N: how many runs finished there, their mean and their lowest and highest accuracy. */
export interface FinalSummary {
  strategy: StrategyName;
  perClass: number;
  runs: number;
  mean: number;
  min: number;
  max: number;
}

/** Groups finished runs by strategy and N (sorted by N), so repeated runs show their spread. */
export function summarizeFinals(points: readonly FinalPoint[]): FinalSummary[] {
  const groups = new Map<string, FinalPoint[]>();
  for (const p of points) {
    const key = `${p.strategy} ${p.perClass}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()]
    .map((list) => {
      const values = list.map((p) => p.heldOut);
      const mean = values.reduce((s, v) => s + v, 0) / values.length;
      return { strategy: list[0].strategy, perClass: list[0].perClass, runs: values.length, mean, min: Math.min(...values), max: Math.max(...values) };
    })
    .sort((a, b) => a.perClass - b.perClass);
}

/**
 * Final held-out accuracy against N (log x), one colour per strategy: a dot for every finished
 * run, a line through the mean at each N, and a bar from the lowest to the highest run where
 * several runs finished at one N.
 */
export function perClassChartOptions(points: readonly FinalPoint[], size: ChartSize): Plot.PlotOptions {
  const w = words[size.lang];
  const marks: Plot.Markish[] = [Plot.gridY({ strokeOpacity: 0.08 })];
  const summary = summarizeFinals(points);
  for (const strategy of drawingOrder(size.focus)) {
    const label = strategyLabels[size.lang][strategy];
    const { width, opacity } = emphasis(strategy, size.focus);
    const rows = summary.filter((r) => r.strategy === strategy).map((r) => ({ perClass: r.perClass, mean: 100 * r.mean, low: 100 * r.min, high: 100 * r.max }));
    const runs = points.filter((p) => p.strategy === strategy).map((p) => ({ perClass: p.perClass, value: 100 * p.heldOut }));
    marks.push(Plot.line(rows, { x: 'perClass', y: 'mean', stroke: () => label, strokeWidth: 2 * width, strokeOpacity: opacity }));
    marks.push(Plot.ruleX(rows.filter((r) => r.high > r.low), { x: 'perClass', y1: 'low', y2: 'high', stroke: () => label, strokeWidth: 3 * width, strokeOpacity: 0.45 * opacity }));
    marks.push(Plot.dot(runs, { x: 'perClass', y: 'value', fill: () => label, r: 3.5 * width, fillOpacity: 0.85 * opacity }));
  }
  return {
    ...frame,
    width: size.width,
    height: size.height,
    color: strategyScale(size.lang),
    x: { type: 'log', domain: [1, 100], label: w.perClass, labelAnchor: 'right', tickFormat: '~g' },
    y: { domain: [0, 100], label: `${w.heldOut} ${w.accuracy}`, labelAnchor: 'top', ticks: 5 },
    marks,
  };
}

/**
 * PCA scatter of digit features, coloured by digit (Plot's categorical scheme), with a legend and
 * each digit's label at the centre of its points. The labels' fill and halo come from the page
 * theme (CSS class transfer-centroid-labels: --fg on a --bg halo), so they read in light and dark.
 */
export function projectionChartOptions(
  points: readonly { x: number; y: number; digit: number }[],
  size: { width: number; height: number; ariaLabel?: string },
): Plot.PlotOptions {
  const margin = { top: 14, right: 14, bottom: 30, left: 30 };
  // The ten digit labels sit at their class centres, pushed apart where they would cover each other
  // (random features put every centre near the origin); a thin line joins a moved label to its centre.
  const extent = (key: 'x' | 'y') => [Math.min(...points.map((p) => p[key])), Math.max(...points.map((p) => p[key]))] as const;
  const labels = points.length
    ? spreadLabels(centres(points), { x: extent('x'), y: extent('y'), width: size.width - margin.left - margin.right, height: size.height - margin.top - margin.bottom }, LABEL_BOX)
    : [];
  return {
    width: size.width,
    height: size.height,
    marginLeft: margin.left,
    marginBottom: margin.bottom,
    marginTop: margin.top,
    marginRight: margin.right,
    style: { background: 'transparent' },
    ariaLabel: size.ariaLabel,
    x: { label: 'PC 1', ticks: 0 },
    y: { label: 'PC 2', ticks: 0 },
    color: { type: 'categorical', domain: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], scheme: 'tableau10', legend: true },
    marks: [
      Plot.dot(points, { x: 'x', y: 'y', fill: 'digit', r: 2.2, fillOpacity: 0.8 }),
      Plot.link(labels, { x1: 'x', y1: 'y', x2: 'labelX', y2: 'labelY', stroke: 'currentColor', strokeOpacity: 0.6 }),
      Plot.text(labels, { x: 'labelX', y: 'labelY', text: 'digit', fontWeight: 700, fontSize: 15, fill: 'black', stroke: 'white', strokeWidth: 4, paintOrder: 'stroke', className: 'transfer-centroid-labels' }),
    ],
  };
}

/** A digit label's drawn box in px (a 15 px bold digit, its halo and a little air), for spreadLabels. */
const LABEL_BOX = { width: 20, height: 21 };

/** The mean position of each digit's points, where its label is drawn. */
export function centres(points: readonly { x: number; y: number; digit: number }[]): { x: number; y: number; digit: number }[] {
  const sums = new Map<number, { x: number; y: number; n: number }>();
  for (const p of points) {
    const s = sums.get(p.digit) ?? { x: 0, y: 0, n: 0 };
    sums.set(p.digit, { x: s.x + p.x, y: s.y + p.y, n: s.n + 1 });
  }
  return [...sums].sort(([a], [b]) => a - b).map(([digit, s]) => ({ digit, x: s.x / s.n, y: s.y / s.n }));
}
