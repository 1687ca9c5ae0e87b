/**
 * Measured numbers the chapters quote, one source for the prose and the tests. Each entry in
 * ./<chapter>.json names the widget it was measured on, that widget's settings (its parameter
 * table's defaults, except the few listed in `varied`, which the prose says it changes), the
 * seeds, one value per seed for each metric, and the command that wrote it; a deterministic
 * entry (the quadratic lab's steps and rates) has no seeds and one value per metric. Metrics
 * that are not accuracies name their `formats` (counts, rates, ratios). The chapters print
 * them with <Measured id="…" metric="…" /> (src/components/Measured.astro); tests/unit/measurements.test.ts
 * checks the settings against the tables (so a changed default fails until the entry is
 * measured again), and the claims tests recompute seeds with the engine.
 * Pure: no DOM, no tfjs.
 */
import { inBoth, type Lang } from '../i18n';
import augment from './augment.json';
import dropout from './dropout.json';
import quadraticLab from './quadraticLab.json';
import secondOrder from './secondOrder.json';
import transfer from './transfer.json';

export interface Measurement {
  id: string;
  /** The widget kind whose parameter table the settings come from (src/lib/widgets/index.ts). */
  widget: string;
  /** Every parameter of that table except `seed`. */
  settings: Record<string, number | string | boolean>;
  /** Settings that differ from the table's default on purpose (the prose names the change). */
  varied: string[];
  /** The seeds measured; empty for a deterministic entry (one value per metric, no randomness). */
  seeds: number[];
  /** Metric name → one value per seed (accuracies as fractions of 1), or its one value when deterministic. */
  metrics: Record<string, number[]>;
  /** How metrics that are not accuracies print (a metric not named here is a fraction shown as percent). */
  formats?: Record<string, MetricFormat>;
  /** What the engine ran on, and what the widget fixes outside its table (held-out count…). */
  engine: string;
  command: string;
}

/**
 * A metric that is not an accuracy: a `count` (steps, printed whole with thousands grouped, 6,908)
 * or a plain `number` with `digits` decimals (a rate 0.95, a ratio 3.4).
 */
export type MetricFormat = { kind: 'count' } | { kind: 'number'; digits: number };

// JSON imports are typed by their content (empty arrays as never[]): read them as entries.
export const measurements: readonly Measurement[] = [...augment, ...dropout, ...quadraticLab, ...secondOrder, ...transfer] as unknown as Measurement[];

/** The entry `id`, or an error that lists the known ids. */
export function measurement(id: string): Measurement {
  const hit = measurements.find((m) => m.id === id);
  if (!hit) throw new Error(`Unknown measurement "${id}"; known: ${measurements.map((m) => m.id).join(', ')}`);
  return hit;
}

/** Per-seed values of `metric`, minus those of `minus` when given (a difference, seed by seed). */
export function perSeed(entry: Measurement, metric: string, minus?: string): number[] {
  const get = (name: string) => {
    const values = entry.metrics[name];
    if (!values) throw new Error(`Measurement "${entry.id}" has no metric "${name}"; it has ${Object.keys(entry.metrics).join(', ')}`);
    return values;
  };
  const a = get(metric);
  if (!minus) return a;
  const b = get(minus);
  return a.map((v, i) => v - b[i]);
}

/** Mean and sample standard deviation (n − 1), min and max. */
export function summarize(values: readonly number[]): { mean: number; sd: number; min: number; max: number } {
  const n = values.length;
  const mean = values.reduce((s, v) => s + v, 0) / n;
  const sd = n > 1 ? Math.sqrt(values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1)) : 0;
  return { mean, sd, min: Math.min(...values), max: Math.max(...values) };
}

/** How a number is shown: the mean ± sd over seeds, the range over seeds, or one seed's value. */
export type Show = 'meanSd' | 'range' | 'mean' | { seed: number };

// No-break spaces: a narrow column must not wrap "82.2 ± 1.0 %" between a number and its unit.
const NBSP = '\u00a0';
const UNIT = inBoth('units');

/** `value` with thousands grouped by commas (both languages write 6,908), whole. */
const grouped = (value: number) => String(Math.round(Math.abs(value))).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

/** One value of a metric printed in `format` (no unit: the prose says "steps" or "times" around it). */
function plain(value: number, format: MetricFormat): string {
  const sign = value < 0 ? '−' : '';
  return format.kind === 'count' ? `${sign}${grouped(value)}` : `${sign}${Math.abs(value).toFixed(format.digits)}`;
}

/**
 * `metric` of measurement `id` as prose text in `lang`: accuracies (fractions) as percent with
 * one decimal, differences (`minus`) as percentage points, e.g. "84.1 ± 0.9 %" or "6.1–8.3 points";
 * a metric with a format (`formats`) as its plain number, "691" or "1.9–3.2". A deterministic
 * entry has one value, so only its value can be shown.
 */
export function formatMeasured(id: string, metric: string, lang: Lang, options: { minus?: string; show?: Show } = {}): string {
  const entry = measurement(id);
  const values = perSeed(entry, metric, options.minus);
  const show = options.show ?? 'meanSd';
  const format = entry.formats?.[metric];
  const pct = (v: number) => (100 * v).toFixed(1).replace(/^-/, '−');
  const text = format ? (v: number) => plain(v, format) : pct;
  const unit = format ? '' : options.minus ? UNIT[lang].points : UNIT[lang].percent;
  if (entry.seeds.length === 0) {
    if (show !== 'meanSd' && show !== 'mean') throw new Error(`Measurement "${id}" is deterministic: it has one value, no seeds to show ${JSON.stringify(show)} over`);
    return `${text(values[0])}${unit}`;
  }
  if (typeof show === 'object') {
    const i = entry.seeds.indexOf(show.seed);
    if (i < 0) throw new Error(`Measurement "${id}" has no seed ${show.seed}; seeds: ${entry.seeds.join(', ')}`);
    return `${text(values[i])}${unit}`;
  }
  const s = summarize(values);
  if (show === 'mean') return `${text(s.mean)}${unit}`;
  // An en dash between two numbers reads badly after a minus sign: "−0.3 to 0.2 points".
  const dash = s.min < 0 ? UNIT[lang].to : '–';
  if (show === 'range') return `${text(s.min)}${dash}${text(s.max)}${unit}`;
  return `${text(s.mean)}${NBSP}±${NBSP}${text(s.sd)}${unit}`;
}
