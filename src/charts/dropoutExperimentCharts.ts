/**
 * The DropoutExperiment's chart and its words: one panel per copy (side by side, stacked on
 * narrow screens), each with the training accuracy (dashed), the held-out accuracy (solid) and
 * the gap between them shaded, on a shared axis so the gaps compare at a glance; plus the rows
 * of the results table and a one-sentence summary (the chart's text alternative).
 *
 * Takes in: per copy its name, label, p and λ and its accuracy points (the shape that
 * engines/dropoutExperiment.ts reports); the run length in epochs; width and language.
 * Returns: Plot options and plain rows. Pure: no DOM.
 */
import * as Plot from '@observablehq/plot';
import { inBoth, type Lang } from '../lib/i18n';

/** The SVG carries the description (aria-label); its marks stay out of the accessibility tree. */
const quiet = { ariaHidden: 'true' };

export type CopyName = 'plain' | 'dropout' | 'weightDecay';

export interface CurveCopy {
  name: CopyName;
  dropProbability: number;
  weightDecay: number;
  curve: readonly { step: number; epoch: number; train: number; heldOut: number }[];
}

/** Okabe–Ito colours, distinct under the common colour-vision deficiencies. */
export const copyColors: Record<CopyName, string> = { plain: '#D55E00', dropout: '#0072B2', weightDecay: '#009E73' };

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('dropoutExperimentChart');

/** The copy's name in the page language, with its p or λ. */
export function copyLabel(copy: Pick<CurveCopy, 'name' | 'dropProbability' | 'weightDecay'>, lang: Lang): string {
  const w = words[lang];
  if (copy.name === 'dropout') return w.dropout(copy.dropProbability);
  if (copy.name === 'weightDecay') return w.weightDecay(copy.weightDecay);
  return w.plain;
}

export interface GapRow {
  name: CopyName;
  label: string;
  train: number;
  heldOut: number;
  /** Train minus held-out accuracy at the latest measurement. */
  gap: number;
}

/** The latest measurement of every copy, for the results table. */
export function gapRows(copies: readonly CurveCopy[], lang: Lang): GapRow[] {
  return copies.filter((c) => c.curve.length > 0).map((c) => {
    const last = c.curve[c.curve.length - 1];
    return { name: c.name, label: copyLabel(c, lang), train: last.train, heldOut: last.heldOut, gap: last.train - last.heldOut };
  });
}

/** One sentence with every copy's latest accuracies and gap (the chart's text alternative). */
export function experimentSummary(copies: readonly CurveCopy[], lang: Lang): string {
  // The step of the latest measurement, not the live step: the sentence changes only when
  // there is something new to say, which keeps a screen reader's live region calm.
  const measured = copies[0]?.curve[copies[0].curve.length - 1]?.step ?? 0;
  if (measured === 0) return words[lang].none;
  return words[lang].summary(measured, gapRows(copies, lang));
}

/** Accuracy curves per copy in its own panel, the train–held-out gap shaded. */
export function experimentCurveOptions(
  copies: readonly CurveCopy[],
  totalEpochs: number,
  size: { width: number; ariaLabel: string },
  lang: Lang,
): Plot.PlotOptions {
  const w = words[lang];
  const stacked = size.width < 560;
  const rows = copies.flatMap((c) =>
    c.curve.map((p) => ({ copy: copyLabel(c, lang), name: c.name, epoch: p.epoch, train: 100 * p.train, heldOut: 100 * p.heldOut })),
  );
  const facet = stacked ? { fy: 'copy' } : { fx: 'copy' };
  const order = copies.map((c) => copyLabel(c, lang));
  const color = (name: CopyName) => copyColors[name];
  const marks = copies.flatMap((c) => {
    const mine = rows.filter((r) => r.name === c.name);
    return [
      Plot.areaY(mine, { ...quiet, x: 'epoch', y1: 'heldOut', y2: 'train', ...facet, fill: color(c.name), fillOpacity: 0.15 }),
      Plot.lineY(mine, { ...quiet, x: 'epoch', y: 'train', ...facet, stroke: color(c.name), strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.lineY(mine, { ...quiet, x: 'epoch', y: 'heldOut', ...facet, stroke: color(c.name), strokeWidth: 2.5 }),
      Plot.dot(mine.slice(-1), { ...quiet, x: 'epoch', y: 'heldOut', ...facet, fill: color(c.name), r: 3 }),
    ];
  });
  const panels = Math.max(1, copies.length);
  return {
    width: size.width,
    height: stacked ? 170 * panels + 50 : 280,
    marginLeft: 44,
    marginRight: stacked ? 16 : 10,
    marginTop: 22,
    ariaLabel: size.ariaLabel,
    x: { domain: [0, Math.max(totalEpochs, 1e-6)], label: w.epoch, labelAnchor: 'center', ticks: stacked ? 4 : 5 },
    y: { domain: [0, 100], grid: true, label: w.accuracy, ticks: 5 },
    fx: stacked ? undefined : { domain: order, label: null, axis: null },
    fy: stacked ? { domain: order, label: null, axis: null } : undefined,
    marks: [
      ...marks,
      Plot.ruleY([0], quiet),
      // Panel names inside the panels, bottom right, where the rising curves leave room.
      Plot.text(order.map((copy) => ({ copy })), {
        ...quiet, ...facet, text: 'copy', frameAnchor: 'bottom-right', dx: -6, dy: -8, fontWeight: 600,
        fill: 'var(--fg, #222)', stroke: 'var(--bg, #fff)', strokeWidth: 3, paintOrder: 'stroke',
      }),
    ],
  };
}
