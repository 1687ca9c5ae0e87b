/**
 * The AugmentationExperiment's chart and words: two panels side by side (stacked on narrow
 * screens), "without augmentation" and "with augmentation", each with training accuracy
 * (dashed) and held-out accuracy (solid) on a shared axis; plus the results rows and a
 * one-sentence summary, which is the chart's text alternative.
 *
 * Takes in: per copy its name and accuracy points (the shape engines/augmentExperiment.ts
 * reports), the run length in epochs, width and language. Returns: Plot options, rows, text.
 * Pure: no DOM.
 */
import * as Plot from '@observablehq/plot';
import { inBoth, type Lang } from '../lib/i18n';

export type AugmentCopyName = 'plain' | 'augmented';

export interface AugmentCurveCopy {
  name: AugmentCopyName;
  curve: readonly { step: number; epoch: number; train: number; heldOut: number }[];
}

/** Okabe–Ito colours, distinct under the common colour-vision deficiencies. */
export const augmentCopyColors: Record<AugmentCopyName, string> = { plain: '#D55E00', augmented: '#0072B2' };

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('augmentChart');

/** The copy's name in the page language. */
export function augmentCopyLabel(name: AugmentCopyName, lang: Lang): string {
  return words[lang][name];
}

export interface AugmentRow {
  name: AugmentCopyName;
  label: string;
  train: number;
  heldOut: number;
}

/** The latest measurement of every copy. */
export function augmentRows(copies: readonly AugmentCurveCopy[], lang: Lang): AugmentRow[] {
  return copies
    .filter((c) => c.curve.length > 0)
    .map((c) => {
      const last = c.curve[c.curve.length - 1];
      return { name: c.name, label: augmentCopyLabel(c.name, lang), train: last.train, heldOut: last.heldOut };
    });
}

/** One sentence with both copies' latest accuracies (changes only when a measurement lands). */
export function augmentSummary(copies: readonly AugmentCurveCopy[], lang: Lang): string {
  const measured = copies[0]?.curve[copies[0].curve.length - 1]?.step ?? 0;
  if (measured === 0) return words[lang].none;
  return words[lang].summary(measured, augmentRows(copies, lang));
}

/** Accuracy curves, one panel per copy. */
export function augmentCurveOptions(
  copies: readonly AugmentCurveCopy[],
  totalEpochs: number,
  size: { width: number; ariaLabel: string },
  lang: Lang,
): Plot.PlotOptions {
  const w = words[lang];
  const stacked = size.width < 560;
  const facet = stacked ? { fy: 'copy' } : { fx: 'copy' };
  const order = copies.map((c) => augmentCopyLabel(c.name, lang));
  const marks = copies.flatMap((c) => {
    const rows = c.curve.map((p) => ({ copy: augmentCopyLabel(c.name, lang), epoch: p.epoch, train: 100 * p.train, heldOut: 100 * p.heldOut }));
    const color = augmentCopyColors[c.name];
    return [
      Plot.lineY(rows, { x: 'epoch', y: 'train', ...facet, stroke: color, strokeWidth: 2, strokeDasharray: '5 3' }),
      Plot.lineY(rows, { x: 'epoch', y: 'heldOut', ...facet, stroke: color, strokeWidth: 2.5 }),
      Plot.dot(rows.slice(-1), { x: 'epoch', y: 'heldOut', ...facet, fill: color, r: 3 }),
    ];
  });
  return {
    width: size.width,
    height: stacked ? 170 * Math.max(1, copies.length) + 50 : 280,
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
      Plot.ruleY([0]),
      Plot.text(
        order.map((copy) => ({ copy })),
        {
          ...facet,
          text: 'copy',
          frameAnchor: 'bottom-right',
          dx: -6,
          dy: -8,
          fontWeight: 600,
          fill: 'var(--fg, #222)',
          stroke: 'var(--bg, #fff)',
          strokeWidth: 3,
          paintOrder: 'stroke',
        },
      ),
    ],
  };
}
