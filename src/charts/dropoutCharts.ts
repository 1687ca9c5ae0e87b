/**
 * The DropoutVisualiser's two charts, as Plot options: the network drawn as nodes and edges
 * (dropped hidden units and every edge that touches them fade; the followed unit has a ring),
 * and one unit's output at train time against test time, without and with inverted scaling.
 *
 * Takes in: the toy network's layer sizes, the current keep masks (null draws test time, every
 * unit on), the followed unit, the expected and measured values; the language.
 * Returns: Plot options, drawn by the island; the numbers also go to a table (text alternative).
 * Pure: no DOM.
 */
import * as Plot from '@observablehq/plot';
import { inBoth, type Lang } from '../lib/i18n';

/** The SVG carries the description (aria-label); its marks stay out of the accessibility tree. */
const quiet = { ariaHidden: 'true' };

export interface DiagramNode {
  layer: number;
  unit: number;
  x: number;
  y: number;
  state: 'fixed' | 'kept' | 'dropped';
  tracked: boolean;
}

export interface DiagramEdge {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  active: boolean;
}

/** This module's words per language (a namespace of the dictionaries in src/lib/i18n). */
export const words = inBoth('dropoutChart');

/**
 * Node positions (layer = x, units centred on y = 0, one unit apart) and their state: input and
 * output units are never dropped; hidden layer l uses masks[l − 1] (null: all kept).
 */
export function diagramLayout(
  sizes: readonly number[],
  masks: readonly Uint8Array[] | null,
  tracked: { layer: number; unit: number },
): { nodes: DiagramNode[]; edges: DiagramEdge[] } {
  const last = sizes.length - 1;
  const nodes: DiagramNode[][] = sizes.map((n, layer) =>
    Array.from({ length: n }, (_, unit) => {
      const hidden = layer > 0 && layer < last;
      const kept = !hidden || masks === null || masks[layer - 1][unit] === 1;
      return {
        layer,
        unit,
        x: layer,
        y: unit - (n - 1) / 2,
        state: hidden ? (kept ? 'kept' : 'dropped') : 'fixed',
        tracked: layer === tracked.layer && unit === tracked.unit,
      };
    }),
  );
  const edges: DiagramEdge[] = [];
  for (let l = 0; l < last; l++) {
    for (const a of nodes[l]) {
      for (const b of nodes[l + 1]) {
        edges.push({ x1: a.x, y1: a.y, x2: b.x, y2: b.y, active: a.state !== 'dropped' && b.state !== 'dropped' });
      }
    }
  }
  return { nodes: nodes.flat(), edges };
}

/** Layer names for the diagram's top row. */
function layerTitles(sizes: readonly number[], lang: Lang): { x: number; name: string }[] {
  const w = words[lang];
  return sizes.map((_, l) => ({ x: l, name: l === 0 ? w.input : l === sizes.length - 1 ? w.output : w.hidden(l) }));
}

/** The network diagram: faded edges under active ones, units as circles, dropped ones crossed. */
export function networkDiagramOptions(
  sizes: readonly number[],
  masks: readonly Uint8Array[] | null,
  tracked: { layer: number; unit: number },
  size: { width: number; ariaLabel: string },
  lang: Lang,
): Plot.PlotOptions {
  const { nodes, edges } = diagramLayout(sizes, masks, tracked);
  const tallest = Math.max(...sizes);
  const rowPx = size.width < 420 ? 24 : 30;
  const by = (state: DiagramNode['state']) => nodes.filter((n) => n.state === state);
  const trackedNode = nodes.filter((n) => n.tracked);
  const r = size.width < 420 ? 7 : 9;
  const at = { x: 'x', y: 'y' } as const;
  const ends = { x1: 'x1', y1: 'y1', x2: 'x2', y2: 'y2' } as const;
  return {
    width: size.width,
    height: tallest * rowPx + 56,
    marginTop: 30,
    marginBottom: 10,
    marginLeft: 24,
    marginRight: 24,
    ariaLabel: size.ariaLabel,
    x: { axis: null, domain: [-0.3, sizes.length - 0.7] },
    y: { axis: null, domain: [tallest / 2, -tallest / 2] },
    marks: [
      Plot.link(edges.filter((e) => !e.active), { ...quiet, ...ends, stroke: 'var(--fg-soft, #888)', strokeOpacity: 0.12 }),
      Plot.link(edges.filter((e) => e.active), { ...quiet, ...ends, stroke: 'var(--accent, #1f5fa8)', strokeOpacity: 0.45 }),
      Plot.dot(by('fixed'), { ...quiet, ...at, r, fill: 'var(--bg-raised, #fff)', stroke: 'var(--fg, #222)', strokeWidth: 1.5 }),
      Plot.dot(by('kept'), { ...quiet, ...at, r, fill: 'var(--accent, #1f5fa8)', stroke: 'var(--accent, #1f5fa8)' }),
      Plot.dot(by('dropped'), {
        ...quiet, ...at, r, fill: 'var(--bg-soft, #eee)', stroke: 'var(--fg-soft, #888)', strokeOpacity: 0.5, strokeDasharray: '2 2',
      }),
      Plot.text(by('dropped'), { ...quiet, ...at, text: () => '×', fill: 'var(--fg-soft, #888)', fontSize: r * 1.6 }),
      Plot.dot(trackedNode, { ...quiet, ...at, r: r + 4, fill: 'none', stroke: 'var(--focus, #c2410c)', strokeWidth: 2.5 }),
      Plot.text(trackedNode, {
        ...quiet, ...at, text: () => words[lang].unit, dx: -(r + 7), textAnchor: 'end', fill: 'var(--focus, #c2410c)',
        fontWeight: 600, stroke: 'var(--bg, #fff)', strokeWidth: 3, paintOrder: 'stroke',
      }),
      // The y domain runs downwards (unit 0 at the top), so -tallest/2 is the top edge.
      Plot.text(layerTitles(sizes, lang), { ...quiet, x: 'x', y: () => -tallest / 2, text: 'name', dy: -10, fill: 'var(--fg-soft, #555)' }),
    ],
  };
}

export interface ExpectationRow {
  /** Which scaling the row is about: plain masks ('none') or inverted dropout. */
  scheme: 'none' | 'inverted';
  schemeLabel: string;
  phase: 'train' | 'test';
  phaseLabel: string;
  /** Expected output of the unit (over all masks at train time). */
  expected: number;
  /** Mean over the reader's passes so far (train rows only). */
  measured: number | null;
}

/** One unit's output: bars for the expected value, dots for the measured train-time mean, a rule at h. */
export function expectationChartOptions(rows: readonly ExpectationRow[], h: number, size: { width: number; ariaLabel: string }): Plot.PlotOptions {
  // A steady axis (to 1.5 h) so the bars do not jump as the measured means wander; it widens
  // only for a mean beyond it (early passes with inverted scaling reach h/(1 − p)).
  const top = Math.max(1.5 * h, ...rows.map((r) => Math.max(r.expected, r.measured ?? 0) * 1.05)) || 1;
  const label = (r: ExpectationRow) => `${r.schemeLabel} · ${r.phaseLabel}`;
  return {
    width: size.width,
    height: 40 * rows.length + 40,
    marginLeft: Math.min(size.width * 0.5, 230),
    ariaLabel: size.ariaLabel,
    x: { domain: [0, top], grid: true, label: null },
    y: { domain: rows.map(label), label: null },
    marks: [
      Plot.barX(rows, { ...quiet, y: label, x: 'expected', fill: (r: ExpectationRow) => r.phase, fillOpacity: 0.8 }),
      Plot.dot(rows.filter((r) => r.measured !== null), { ...quiet, y: label, x: 'measured', r: 5, fill: 'var(--fg, #222)', symbol: 'diamond' }),
      Plot.ruleX([h], { ...quiet, stroke: 'var(--focus, #c2410c)', strokeWidth: 2, strokeDasharray: '4 3' }),
      Plot.ruleX([0], quiet),
    ],
    color: { domain: ['train', 'test'], range: ['#0072B2', '#E69F00'] },
  };
}
