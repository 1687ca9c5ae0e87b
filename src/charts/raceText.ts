/**
 * Words and numbers of the race charts in both languages: the text alternatives read by screen
 * readers (aria-label / figcaption), the legend's status and the divergence note. Pure.
 */
import { inBoth } from '~/lib/i18n';
export type ChartLang = 'en' | 'ko';

/** A loss or coordinate for a reader: 2 significant digits, exponent form when tiny or huge. */
export function formatValue(value: number): string {
  if (!Number.isFinite(value)) return '—';
  if (value === 0) return '0';
  const size = Math.abs(value);
  if (size < 1e-3 || size >= 1e5) return value.toExponential(1).replace('e+', 'e');
  return String(Number(value.toPrecision(2)));
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('raceChart');

/** The chart strings of `lang`. */
export function chartWords(lang: ChartLang) {
  return words[lang];
}

/** "(−2.5, 0.6)". */
export function formatPoint(point: readonly [number, number]): string {
  return `(${formatValue(point[0])}, ${formatValue(point[1])})`;
}

/** One racer's latest state, as the summaries need it. */
export interface RacerStatus {
  label: string;
  step: number;
  /** f − lossFloor now (mean over particles in a swarm; may be non-finite when diverged). */
  loss: number;
  diverged: null | { step: number; variable?: string };
}

/** "After 120 steps: Adam 3.2e-4, SGD 0.41, Momentum diverged at step 12." */
export function lossSummary(racers: readonly RacerStatus[], lang: ChartLang): string {
  const w = chartWords(lang);
  if (racers.length === 0) return `${w.none}.`;
  const step = Math.max(...racers.map((r) => r.step));
  if (step === 0) return `${w.notStarted}.`;
  const parts = racers.map((r) => `${r.label} ${r.diverged ? w.divergedAt(r.diverged.step, r.diverged.variable) : formatValue(r.loss)}`);
  return `${w.after(step)}: ${parts.join(', ')}.`;
}

/** The legend's short status of one racer: its loss now, or where it diverged. */
export function racerStatusText(racer: RacerStatus, lang: ChartLang): string {
  if (racer.diverged) return chartWords(lang).divergedAt(racer.diverged.step, racer.diverged.variable);
  return racer.step === 0 ? '' : formatValue(racer.loss);
}
