/**
 * Adam's bias-correction factors over its first steps: m and v start at 0, so early averages
 * are too small by (1 − βᵗ); Adam divides them by that. The chart shows 1/(1 − β₁ᵗ) and
 * 1/(1 − β₂ᵗ) on a log axis with a dot at the current step, and two flat lines at 1 when the
 * reader turns the correction off.
 *
 * Takes in: β₁, β₂, the current Adam step t, whether correction is on, size and language.
 * Returns: Plot options. Pure.
 */
import * as Plot from '@observablehq/plot';
import { chartWords, formatValue, type ChartLang } from './raceText';

export interface BiasPoint {
  t: number;
  factor: number;
  moment: 'm' | 'v';
}

/** Divisor-inverse 1/(1 − βᵗ) of step t ≥ 1 (1 when correction is off or β = 0). */
export function biasFactor(beta: number, t: number, on: boolean): number {
  if (!on || t < 1) return 1;
  const gap = 1 - beta ** t;
  return gap > 0 ? 1 / gap : 1;
}

/** How many steps the chart shows: the first 30, or up to the current step (at most 300). */
export function biasWindow(t: number): number {
  return Math.min(300, Math.max(30, t));
}

/** Both factors for t = 1 … window. */
export function biasPoints(beta1: number, beta2: number, window: number, on: boolean): BiasPoint[] {
  const points: BiasPoint[] = [];
  for (let t = 1; t <= window; t++) {
    points.push({ t, factor: biasFactor(beta1, t, on), moment: 'm' });
    points.push({ t, factor: biasFactor(beta2, t, on), moment: 'v' });
  }
  return points;
}

export interface BiasChartInput {
  beta1: number;
  beta2: number;
  /** Adam's step counter now (0 before the first step). */
  t: number;
  on: boolean;
  width: number;
  lang: ChartLang;
}

/** Text alternative of the bias chart. */
export function biasSummary(input: Pick<BiasChartInput, 'beta1' | 'beta2' | 't' | 'on' | 'lang'>): string {
  const w = chartWords(input.lang);
  if (!input.on) return w.biasOff;
  const t = Math.max(1, input.t);
  const m = formatValue(1 - input.beta1 ** t);
  const v = formatValue(1 - input.beta2 ** t);
  return w.biasSummary(t, m, v);
}

/** Colours of the two moments: dark and light Adam amber, so they read as Adam's. */
const MOMENT_COLORS = { m: '#B07500', v: '#E69F00' } as const;

/** Plot options of the bias-correction chart. */
export function biasChartOptions(input: BiasChartInput): Plot.PlotOptions {
  const window = biasWindow(input.t);
  const points = biasPoints(input.beta1, input.beta2, window, input.on);
  const top = Math.max(2, ...points.map((p) => p.factor));
  const now = input.t >= 1 ? points.filter((p) => p.t === Math.min(input.t, window)) : [];
  return {
    width: input.width,
    height: 160,
    marginLeft: 44,
    marginRight: 36,
    marginTop: 22,
    marginBottom: 30,
    ariaLabel: `${chartWords(input.lang).biasChart}. ${biasSummary(input)}`,
    x: { domain: [1, window], label: 't', labelAnchor: 'right' },
    y: { type: 'log', domain: [1, 10 ** Math.ceil(Math.log10(top))], label: '1/(1 − βᵗ)', ticks: 3, tickFormat: '~g' },
    color: { domain: ['m', 'v'], range: [MOMENT_COLORS.m, MOMENT_COLORS.v] },
    style: { background: 'transparent', overflow: 'visible' },
    marks: [
      Plot.line(points, { x: 't', y: 'factor', z: 'moment', stroke: 'moment', strokeWidth: 2 }),
      Plot.text(points.filter((p) => p.t === window), {
        x: 't',
        y: 'factor',
        text: (p: BiasPoint) => (p.moment === 'm' ? 'β₁' : 'β₂'),
        dx: 6,
        textAnchor: 'start',
        fill: 'moment',
      }),
      Plot.dot(now, { x: 't', y: 'factor', r: 4, fill: 'moment', stroke: '#fff' }),
    ],
  };
}
