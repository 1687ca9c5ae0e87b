/**
 * The EnsembleLab's charts and their text alternative:
 *   membersChart  each member's (or snapshot's) held-out accuracy as a dot, the mean member as a
 *                 dashed rule and the ensemble as a solid rule; for parameter averaging, one dot
 *                 each for the raw, EMA and Polyak weights.
 *   gainChart     the ensemble of the first k members against k, beside the mean of those k
 *                 members; for parameter averaging, raw and EMA accuracy over the run.
 *   ensembleSummary  the same numbers in one or two sentences (the charts' text alternative).
 * The accuracy axis is zoomed to the data (the differences are a point or two), so marks are
 * dots and rules, never bars that would pretend to start at zero.
 *
 * Takes in: an EnsembleSnapshot (lib/ensembleTypes.ts), width and language.
 * Returns: Plot options and strings. Pure: no DOM.
 */
import * as Plot from '@observablehq/plot';
import type { EnsembleSnapshot, MemberResult } from '../lib/ensembleTypes';
import { spread } from '../lib/ensembleMath';
import { inBoth, type Lang } from '../lib/i18n';

/** Okabe–Ito: members vermillion, ensemble blue, EMA green, Polyak purple. */
export const ensembleColors = { member: '#D55E00', ensemble: '#0072B2', raw: '#D55E00', ema: '#009E73', polyak: '#CC79A7' };

const pct = (v: number) => `${(100 * v).toFixed(1)}%`;
const pts = (v: number) => (100 * Math.abs(v)).toFixed(1);

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('ensembleChart');

/** The name of one result in the page language ("model 3", "snapshot 2", "EMA"). */
export function resultLabel(r: MemberResult, lang: Lang): string {
  const w = words[lang];
  if (r.kind === 'member') return w.member(r.index);
  if (r.kind === 'snapshot') return w.snapshot(r.index);
  return w[r.kind];
}

/** A y domain in percent around `values`, at least 4 points tall, on whole points. */
export function zoomedDomain(values: readonly number[]): [number, number] {
  if (values.length === 0) return [0, 100];
  const lo = Math.floor(100 * Math.min(...values) - 1);
  const hi = Math.ceil(100 * Math.max(...values) + 1);
  const pad = Math.max(0, 4 - (hi - lo)) / 2;
  return [Math.max(0, Math.floor(lo - pad)), Math.min(100, Math.ceil(hi + pad))];
}

/** The numbers of `snap` in words: the charts' text alternative. */
export function ensembleSummary(snap: EnsembleSnapshot, lang: Lang): string {
  const w = words[lang];
  const byKind = (kind: string) => snap.members.find((m) => m.kind === kind)?.heldOut ?? null;
  const latest = snap.curve[snap.curve.length - 1];
  if (snap.members.length === 0 && latest) return w.sofar(latest.step, latest.raw, latest.ema);
  if (snap.members.length === 0) return w.none;
  if (snap.mode === 'averaging') {
    const ahead = snap.curve.filter((p) => p.ema > p.raw).length;
    return `${w.averaging(byKind('raw') ?? 0, byKind('ema') ?? 0, byKind('polyak'))} ${w.ahead(ahead, snap.curve.length)}`;
  }
  const accs = snap.members.map((m) => m.heldOut);
  const { mean, best } = spread(accs) as { mean: number; best: number };
  const parts = [w.list(w.who(snap.mode === 'snapshots'), accs.map(pct).join(', '), mean, best)];
  if (snap.ensemble !== null && accs.length > 1) parts.push(w.ens(accs.length, snap.ensemble, mean, best));
  if (snap.gain.length > 1) parts.push(w.gain(snap.gain.map((g) => pct(g.accuracy)).join(', ')));
  if (snap.errorCorrelation !== null) parts.push(w.rho(snap.errorCorrelation));
  return parts.join(' ');
}

/** Dots for the members (or raw / EMA / Polyak), rules for their mean and for the ensemble. */
export function membersChart(snap: EnsembleSnapshot, size: { width: number; ariaLabel: string }, lang: Lang): Plot.PlotOptions {
  const w = words[lang];
  const rows = snap.members.map((m) => ({ name: resultLabel(m, lang), acc: 100 * m.heldOut, kind: m.kind }));
  const accs = snap.members.map((m) => m.heldOut);
  const mean = spread(accs).mean;
  const showEnsemble = snap.mode !== 'averaging' && snap.ensemble !== null && accs.length > 1;
  const color = (kind: string) => (kind in ensembleColors ? ensembleColors[kind as keyof typeof ensembleColors] : ensembleColors.member);
  const domain = zoomedDomain(showEnsemble ? [...accs, snap.ensemble as number] : accs);
  const narrow = size.width < 480;
  return {
    width: size.width,
    height: 240,
    marginLeft: 44,
    marginRight: narrow ? 8 : 100,
    marginBottom: narrow ? 56 : 36,
    ariaLabel: size.ariaLabel,
    x: { domain: rows.map((r) => r.name), label: null, tickRotate: narrow ? -40 : 0, padding: 0.4 },
    y: { domain, grid: true, label: w.accuracy, ticks: 5 },
    marks: [
      ...(mean !== null && snap.mode !== 'averaging' && accs.length > 1
        ? [Plot.ruleY([100 * mean], { stroke: ensembleColors.member, strokeDasharray: '5 3', strokeOpacity: 0.8 })]
        : []),
      ...(showEnsemble ? [Plot.ruleY([100 * (snap.ensemble as number)], { stroke: ensembleColors.ensemble, strokeWidth: 2.5 })] : []),
      Plot.dot(rows, { x: 'name', y: 'acc', r: 6, fill: (d: { kind: string }) => color(d.kind), stroke: 'var(--bg, #fff)' }),
      Plot.text(rows, { x: 'name', y: 'acc', text: (d: { acc: number }) => d.acc.toFixed(1), dy: -13, fontSize: 11, fill: 'currentColor' }),
      ...(narrow
        ? []
        : [
            ...(showEnsemble
              ? [Plot.text([100 * (snap.ensemble as number)], { y: (d: number) => d, frameAnchor: 'right', dx: 6, textAnchor: 'start', text: () => w.ensemble(accs.length), fill: ensembleColors.ensemble, fontWeight: 600 })]
              : []),
            ...(mean !== null && snap.mode !== 'averaging' && accs.length > 1
              ? [Plot.text([100 * mean], { y: (d: number) => d, frameAnchor: 'right', dx: 6, textAnchor: 'start', text: () => w.mean, fill: ensembleColors.member })]
              : []),
          ]),
    ],
  };
}

/** Ensemble of the first k against k (with the mean of those k members), or raw vs EMA over the run. */
export function gainChart(snap: EnsembleSnapshot, totalMembers: number, size: { width: number; ariaLabel: string }, lang: Lang): Plot.PlotOptions {
  const w = words[lang];
  const base = { width: size.width, height: 220, marginLeft: 44, marginRight: 16, ariaLabel: size.ariaLabel };
  if (snap.mode === 'averaging') {
    const rows = snap.curve.flatMap((p) => [
      { step: p.step, acc: 100 * p.raw, series: w.raw },
      { step: p.step, acc: 100 * p.ema, series: w.ema },
    ]);
    const tail = snap.curve.slice(Math.floor(snap.curve.length / 3));
    return {
      ...base,
      x: { label: w.step, domain: [0, Math.max(1, snap.totalSteps)], insetRight: 6 },
      // Zoomed to the last two thirds; the early climb leaves the frame (clipped, not flattened).
      y: { domain: zoomedDomain(tail.flatMap((p) => [p.raw, p.ema])), grid: true, label: w.accuracy, ticks: 5 },
      color: { domain: [w.raw, w.ema], range: [ensembleColors.raw, ensembleColors.ema], legend: true },
      marks: [
        Plot.line(rows, { x: 'step', y: 'acc', stroke: 'series', z: 'series', strokeWidth: 2, clip: true }),
        Plot.dot(rows, { x: 'step', y: 'acc', fill: 'series', r: 2.5, clip: true }),
      ],
    };
  }
  let sum = 0;
  const rows = snap.gain.flatMap((g, i) => {
    sum += snap.members[i].heldOut;
    return [
      { k: g.k, acc: 100 * g.accuracy, series: w.firstK },
      { k: g.k, acc: (100 * sum) / g.k, series: w.meanK },
    ];
  });
  const seriesNames = [w.firstK, w.meanK];
  return {
    ...base,
    x: { domain: [1, Math.max(2, totalMembers)], label: w.k, ticks: Math.max(1, totalMembers - 1), tickFormat: 'd' },
    y: { domain: zoomedDomain(rows.map((r) => r.acc / 100)), grid: true, label: w.accuracy, ticks: 5 },
    color: { domain: seriesNames, range: [ensembleColors.ensemble, ensembleColors.member], legend: true },
    marks: [
      // Dash is a constant in Plot, not a channel: one line mark per series.
      Plot.line(rows.filter((r) => r.series === w.firstK), { x: 'k', y: 'acc', stroke: ensembleColors.ensemble, strokeWidth: 2.5 }),
      Plot.line(rows.filter((r) => r.series === w.meanK), { x: 'k', y: 'acc', stroke: ensembleColors.member, strokeWidth: 1.5, strokeDasharray: '5 3' }),
      Plot.dot(rows, { x: 'k', y: 'acc', fill: 'series', r: 3.5 }),
    ],
  };
}
