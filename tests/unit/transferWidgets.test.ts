/**
 * The pure parts behind the transfer widgets: drawing normalisation (MNIST-style crop, 20 px
 * box, centre of mass), class-name parsing with its three messages, the StrategyTable's cell
 * mapping, and the lab's chart builders (checked as data, not pixels).
 */
import { describe, expect, it } from 'vitest';
import { centres, curveChartOptions, perClassChartOptions, summarizeFinals } from '../../src/charts/transferCharts';
import { normalizeDrawing } from '../../src/lib/drawing';
import { parseClassNames } from '../../src/lib/widgets/drawingPad';
import { CELL_STRATEGY, STRATEGY_CELLS } from '../../src/lib/widgets/strategyTable';

describe('normalizeDrawing', () => {
  it('returns null for an empty pad and checks the size', () => {
    expect(normalizeDrawing(new Float32Array(100), 10, 10)).toBeNull();
    expect(() => normalizeDrawing(new Float32Array(5), 10, 10)).toThrowError(/100 ink values/);
  });

  it('fits a small corner square into 20x20 centred at (14, 14)', () => {
    const w = 100;
    const ink = new Float32Array(w * w);
    for (let y = 0; y < 10; y++) for (let x = 0; x < 10; x++) ink[y * w + x] = 1; // 10x10 in the corner
    const out = normalizeDrawing(ink, w, w)!;
    let mass = 0, cx = 0, cy = 0, lit = 0;
    out.forEach((v, i) => {
      mass += v;
      cx += (i % 28) * v;
      cy += Math.floor(i / 28) * v;
      if (v > 0.5) lit++;
    });
    expect(lit).toBe(400); // 20 x 20 full pixels
    expect(cx / mass).toBeCloseTo(13.5, 5); // pixel centres: 4..23 -> 13.5
    expect(cy / mass).toBeCloseTo(13.5, 5);
  });
});

describe('parseClassNames', () => {
  it('accepts 2-5 distinct names and explains the rest', () => {
    expect(parseClassNames(' circle, triangle ,spiral')).toEqual({ ok: true, names: ['circle', 'triangle', 'spiral'] });
    expect(parseClassNames('circle')).toEqual({ ok: false, problem: 'tooFew' });
    expect(parseClassNames('a,b,c,d,e,f')).toEqual({ ok: false, problem: 'tooMany' });
    expect(parseClassNames('a, A')).toEqual({ ok: false, problem: 'duplicate' });
  });
});

describe('StrategyTable cells', () => {
  it('send small-data cells to head only and large-data cells to fine-tuning', () => {
    expect(STRATEGY_CELLS.map((c) => CELL_STRATEGY[c].focus)).toEqual(['head', 'finetune', 'head', 'finetune']);
    expect(CELL_STRATEGY['much-different'].frozenLayers).toBe(0);
    // The hard corner's "linear classifier on an earlier stage": head only on conv2.
    expect(STRATEGY_CELLS.map((c) => CELL_STRATEGY[c].headLayer)).toEqual([3, 3, 2, 3]);
  });
});

describe('transfer charts', () => {
  it('draws one dashed train line and one solid held-out line per strategy, in percent', () => {
    const options = curveChartOptions([{ strategy: 'head', points: [{ steps: 1, train: 0.5, heldOut: 0.25 }, { steps: 2, train: 1, heldOut: null }] }], { width: 300, height: 200, lang: 'en' });
    const marks = options.marks as unknown as { data: { value: number }[] }[];
    expect(marks[1].data.map((d) => d.value)).toEqual([50, 100]);
    expect(marks[2].data.map((d) => d.value)).toEqual([25]);
  });

  it('sorts the accuracy-against-N points by N', () => {
    const options = perClassChartOptions([{ strategy: 'scratch', perClass: 10, heldOut: 0.8 }, { strategy: 'scratch', perClass: 1, heldOut: 0.3 }], { width: 300, height: 200, lang: 'en' });
    const marks = options.marks as unknown as { data: { perClass: number }[] }[];
    // Per strategy: mean line, min-max bar, one dot per run; scratch is the third strategy.
    expect(marks[7].data.map((d) => d.perClass)).toEqual([1, 10]);
  });

  it('keeps every run: repeated runs at one N are averaged for the line and span a bar, each keeps its dot', () => {
    const runs = [
      { strategy: 'head', perClass: 1, heldOut: 0.5 },
      { strategy: 'head', perClass: 1, heldOut: 0.6 },
      { strategy: 'head', perClass: 10, heldOut: 0.9 },
    ] as const;
    expect(summarizeFinals(runs)).toEqual([
      { strategy: 'head', perClass: 1, runs: 2, mean: 0.55, min: 0.5, max: 0.6 },
      { strategy: 'head', perClass: 10, runs: 1, mean: 0.9, min: 0.9, max: 0.9 },
    ]);
    const marks = perClassChartOptions(runs, { width: 300, height: 200, lang: 'ko' }).marks as unknown as { data: Record<string, number>[] }[];
    const [line, bar, dots] = marks.slice(1, 4).map((m) => m.data);
    const round = (rows: Record<string, number>[]) => rows.map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, Number(v.toFixed(6))])));
    expect(round(line).map((d) => d.mean)).toEqual([55, 90]);
    expect(round(bar)).toEqual([{ perClass: 1, mean: 55, low: 50, high: 60 }]);
    expect(dots.map((d) => d.value)).toEqual([50, 60, 90]);
  });

  it('name the strategies in a legend and draw the highlighted one last, thicker, with the others faded', () => {
    const series = (['head', 'finetune', 'scratch'] as const).map((strategy) => ({ strategy, points: [{ steps: 1, train: 0.5, heldOut: 0.4 }] }));
    const curves = curveChartOptions(series, { width: 300, height: 200, lang: 'ko', focus: 'head' });
    expect(curves.color).toMatchObject({ legend: true, domain: ['마지막 층만', '미세 조정', '처음부터'], range: ['#1b7f5b', '#7a4fc4', '#c0572b'] });
    const held = (curves.marks as unknown as { channels: Record<string, { value: unknown }>; strokeWidth: number; strokeOpacity: number }[]).filter((_, i) => i % 3 === 2);
    const label = (m: (typeof held)[number]) => (m.channels.stroke.value as (d: unknown) => string)(null);
    expect(held.map(label)).toEqual(['미세 조정', '처음부터', '마지막 층만']);
    expect(held.map((m) => [m.strokeWidth, m.strokeOpacity ?? 1])).toEqual([[1.8, 0.45], [1.8, 0.45], [3.375, 1]]);
    const finals = perClassChartOptions([{ strategy: 'scratch', perClass: 1, heldOut: 0.3 }], { width: 300, height: 200, lang: 'en', focus: 'scratch' });
    expect(finals.color).toMatchObject({ legend: true, domain: ['head only', 'fine-tune', 'from scratch'] });
    expect((finals.marks as unknown as { data: unknown[] }[]).at(-1)!.data).toEqual([{ perClass: 1, value: 30 }]);
  });

  it('puts each digit label at the mean of its points', () => {
    expect(centres([{ x: 0, y: 0, digit: 3 }, { x: 2, y: 4, digit: 3 }, { x: 1, y: 1, digit: 0 }])).toEqual([{ digit: 0, x: 1, y: 1 }, { digit: 3, x: 1, y: 2 }]);
  });
});
