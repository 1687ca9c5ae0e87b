/**
 * The OptimizerRace's chart builders, checked as data (marks' data, scale domains, rounded
 * numbers), never as pixels; plus its parameter table against the engines it mirrors.
 */
import { describe, expect, it } from 'vitest';
import { biasChartOptions, biasFactor, biasPoints, biasSummary, biasWindow } from '../../src/charts/biasChart';
import { decadeTicks, formatDecade, lossChartOptions, lossDomain, lossPoints, LOSS_EPSILON } from '../../src/charts/lossChart';
import { frameScales, invertFrame, mapFrame } from '../../src/charts/mapFrame';
import { formatValue, lossSummary, racerStatusText } from '../../src/charts/raceText';
import { contourLevels, downsample, gridSize, rasterBounds, sampledBounds, shadeDomain, shadeValues, surfaceChartOptions, type SurfaceGrid } from '../../src/charts/surfaceChart';
import { densityAlpha, swarmPixels } from '../../src/charts/swarmCanvas';
import { trailPolylines } from '../../src/charts/trailCanvas';
import { ARROW_MAX_PX, ARROW_MIN_PX, finitePoints, LABEL_HALO_PX, labelWidth, MAX_TRAIL_POINTS, spreadLabels, thinPoints, trailChartOptions, velocityArrow, visibleArrow } from '../../src/charts/trailChart';
import { parseQuery } from '../../src/lib/params';
import { lrParam, raceOptimizerNames, raceParams, raceSurfaceNames, runParam } from '../../src/lib/widgets/race';
import { clampToWindow, raceStarts } from '../../src/lib/widgets/raceStarts';

const round = (values: ArrayLike<number>, digits = 3) => Array.from(values, (v) => Number(v.toFixed(digits)) + 0);
/** Every number in a mark's data, to assert that no NaN or infinity reaches Plot. */
const numbersIn = (data: unknown): number[] =>
  Array.isArray(data) ? data.flatMap((d) => (typeof d === 'number' ? [d] : Object.values(d as object).filter((v): v is number => typeof v === 'number'))) : [];
const marksOf = (options: { marks?: unknown }) => options.marks as { data: unknown; ariaLabel?: unknown }[];

const domain = { x: [-3, 3], y: [-1, 1] } as const;
const frame = mapFrame(domain, 400);

describe('mapFrame', () => {
  it('sizes the map at 0.62 of its width, within 240–560 px, up to 1200 px wide, with a top row for the y label', () => {
    expect([frame.width, frame.height]).toEqual([400, 248]);
    expect(mapFrame(domain, 100).width).toBe(260);
    expect(mapFrame(domain, 300).height).toBe(240);
    expect([mapFrame(domain, 2000).width, mapFrame(domain, 2000).height]).toEqual([1200, 560]);
    expect(frame.marginTop).toBeGreaterThanOrEqual(20);
    expect(mapFrame(domain, Number.NaN).width).toBe(260);
  });
  it('maps data to pixels like Plot linear scales and inverts back', () => {
    const s = frameScales(frame);
    expect([s.x(-3), s.x(3), s.y(-1), s.y(1)]).toEqual([40, 388, 216, 24]);
    expect(round(invertFrame(frame, s.x(1.25), s.y(-0.5))!)).toEqual([1.25, -0.5]);
    expect(invertFrame(frame, 5, 5)).toBeNull();
  });
});

describe('surfaceChart', () => {
  // f = 0, 9, 99, 999 on a 2 × 2 grid: offset 0.999, so shades ≈ log10(0.999, 9.999, 99.999, 999.999).
  const grid: SurfaceGrid = { values: Float32Array.from([0, 9, 99, 999]), nx: 2, ny: 2, min: 0, max: 999 };
  it('shades log10(f − min + range/1000) and leaves non-finite cells blank', () => {
    expect(round(shadeValues(grid))).toEqual([0, 1, 2, 3]);
    expect(round(shadeDomain(grid))).toEqual([0, 3]);
    const holes = shadeValues({ ...grid, values: Float32Array.from([0, Number.NaN, Infinity, 999]) });
    expect([Number.isNaN(holes[1]), Number.isNaN(holes[2])]).toEqual([true, true]);
  });
  it('puts contour levels strictly inside the shaded range', () => {
    expect(round(contourLevels([0, 3], 2))).toEqual([1, 2]);
    expect(contourLevels([1, 1])).toEqual([]);
  });
  it('samples the heat map once per device pixel of the plot area, at most 1024 columns', () => {
    expect(gridSize({ width: 600, height: 300 }, 1)).toEqual({ nx: 600, ny: 300 });
    expect(gridSize({ width: 600, height: 300 }, 2)).toEqual({ nx: 1024, ny: 512 });
    expect(gridSize({ width: 300, height: 200 }, Number.NaN)).toEqual({ nx: 300, ny: 200 });
  });
  it('traces contours on an evenly thinned copy of the grid, placed where its samples lie', () => {
    const values = Float64Array.from({ length: 5 * 3 }, (_, i) => i);
    const thin = downsample(values, 5, 3, 3);
    expect(thin).toMatchObject({ nx: 3, ny: 2, step: 2 });
    expect(Array.from(thin.values)).toEqual([0, 2, 4, 10, 12, 14]);
    // 5 × 3 samples on x ∈ [−3, 3], y ∈ [−1, 1]: sample spacing 1.5 and 1, doubled by the step.
    expect(sampledBounds(frame, { nx: 5, ny: 3 }, thin)).toEqual({ x1: -4.5, x2: 4.5, y1: -2, y2: 2 });
  });
  it('centres raster cells on grid points (half a cell past the domain)', () => {
    expect(rasterBounds(frame, grid)).toEqual({ x1: -6, x2: 6, y1: -2, y2: 2 });
  });
  it('builds raster + contour + minimum + frame with the surface domain and a text alternative', () => {
    const options = surfaceChartOptions({ grid, frame, formula: '0.05*x^2 + 5*y^2', minimum: [0, 0], lang: 'en' });
    const marks = marksOf(options);
    expect(marks).toHaveLength(4);
    expect(round(marks[0].data as Float64Array)).toEqual([0, 1, 2, 3]);
    expect(marks[2].data).toEqual([[0, 0]]);
    expect(options.x?.domain).toEqual([-3, 3]);
    expect(options.y?.domain).toEqual([-1, 1]);
    expect(round(options.color?.domain as number[])).toEqual([0, 3]);
    expect(options.ariaLabel).toBe(
      'Heat map of f(x, y) = 0.05*x^2 + 5*y^2 for x from -3 to 3 and y from -1 to 1; darker is higher, lines are contours. Lowest point at (0, 0).',
    );
  });
});

describe('trailChart', () => {
  it('drops non-finite points and pulls runaways into a box around the map', () => {
    const points = finitePoints([0, 0, Number.NaN, 1, 1e30, -1e30, 1, 0.5], frame);
    expect(points).toEqual([{ x: 0, y: 0 }, { x: 15, y: -5 }, { x: 1, y: 0.5 }]);
  });
  it('thins long paths to the budget, keeping the first and last points', () => {
    const long = Array.from({ length: 1001 }, (_, i) => i);
    const thin = thinPoints(long, 101);
    expect(thin.length).toBeLessThanOrEqual(101);
    expect([thin[0], thin[thin.length - 1], thin[1]]).toEqual([0, 1000, 10]);
  });
  it('draws the velocity arrow from the current point, the last step for a racer without velocity, and none for a diverged run', () => {
    const racer = { name: 'momentum', color: '#0072B2', path: [0, 0, 1, 0.5], velocity: [0.2, -0.1] as [number, number], diverged: null };
    expect(velocityArrow(racer, frame)).toEqual({ x1: 1, y1: 0.5, x2: 1.2, y2: 0.4 });
    expect(velocityArrow({ ...racer, velocity: null }, frame)).toEqual({ x1: 1, y1: 0.5, x2: 2, y2: 1 });
    expect(velocityArrow({ ...racer, velocity: null, path: [1, 0.5] }, frame)).toBeNull();
    expect(velocityArrow({ ...racer, diverged: { step: 3 } }, frame)).toBeNull();
    expect(velocityArrow({ ...racer, velocity: [Number.NaN, 0] }, frame)).toBeNull();
  });
  it('stretches a tiny arrow to 16 px and shortens a long one to 72 px on screen, keeping its direction', () => {
    const s = frameScales(frame);
    const length = (a: { x1: number; y1: number; x2: number; y2: number }) => Math.hypot(s.x(a.x2) - s.x(a.x1), s.y(a.y2) - s.y(a.y1));
    const tiny = visibleArrow({ x1: 0, y1: 0, x2: 1e-4, y2: 0 }, frame);
    expect(length(tiny)).toBeCloseTo(ARROW_MIN_PX, 6);
    expect(tiny.y2).toBe(0);
    const long = visibleArrow({ x1: 0, y1: 0, x2: -3, y2: -1 }, frame);
    expect(length(long)).toBeCloseTo(ARROW_MAX_PX, 6);
    expect(long.x2 < 0 && long.y2 < 0).toBe(true);
  });
  it('puts a label that would run off the right edge on the left of its point', () => {
    const s = frameScales(frame);
    const startOf = (x: number, label: string) => {
      const marks = marksOf(trailChartOptions({ racers: [{ name: 'sgd', label, color: '#000000', path: [x, 0], diverged: null }], start: [0, 0], frame }));
      const text = marks.at(-1) as unknown as { dx: number; textAnchor?: string };
      return s.x(x) + text.dx;
    };
    expect(labelWidth('SGD + momentum')).toBe(119);
    expect(labelWidth('네스테로프')).toBe(60);
    expect(startOf(-2, 'SGD + momentum')).toBeCloseTo(s.x(-2) + 10, 6);
    expect(startOf(2.5, 'SGD + momentum') + labelWidth('SGD + momentum')).toBeCloseTo(s.x(2.5) - 10, 6);
  });
  it('keeps every name inside the plot area without overlaps: nine racers at a start by the top-left corner of a phone-sized map', () => {
    const phone = mapFrame(domain, 300);
    const s = frameScales(phone);
    const labels = ['SGD', 'SGD + momentum', 'Nesterov momentum', 'AdaGrad', 'RMSProp', 'Adam', 'Newton', 'BFGS', 'L-BFGS'];
    for (const start of [[-2.9, 0.95], [2.9, -0.95], [2.9, 0.95]] as const) {
      const racers = labels.map((label, i) => ({ name: `r${i}`, label, color: '#000000', path: [...start], diverged: null }));
      const texts = marksOf(trailChartOptions({ racers, start, frame: phone })).filter((m) => (m.data as { label?: string }[])[0]?.label) as unknown as {
        dx: number; dy: number; textAnchor: string; data: { label: string }[];
      }[];
      expect(texts).toHaveLength(9);
      const boxes = texts.map((t) => {
        const left = s.x(start[0]) + t.dx;
        const middle = s.y(start[1]) + t.dy;
        expect(t.textAnchor).toBe('start');
        return { label: t.data[0].label, left, right: left + labelWidth(t.data[0].label), top: middle - 6, bottom: middle + 6 };
      });
      for (const b of boxes) {
        expect(b.left, b.label).toBeGreaterThanOrEqual(phone.marginLeft);
        expect(b.right, b.label).toBeLessThanOrEqual(phone.width - phone.marginRight);
        expect(b.top, b.label).toBeGreaterThanOrEqual(phone.marginTop);
        expect(b.bottom, b.label).toBeLessThanOrEqual(phone.height - phone.marginBottom);
      }
      const rows = boxes.map((b) => b.top).sort((a, b) => a - b);
      for (let k = 1; k < rows.length; k++) expect(rows[k] - rows[k - 1]).toBeGreaterThanOrEqual(12);
    }
  });
  it('gives every name a halo of the page background, wide enough to fill the gaps between its letters', () => {
    const marks = marksOf(
      trailChartOptions({ racers: [{ name: 'lbfgs', label: 'L-BFGS', color: '#7A6E61', path: [0, 0], diverged: null }], start: [0, 0], frame }),
    );
    const text = marks.at(-1) as unknown as { stroke: string; strokeWidth: number; paintOrder: string };
    expect(text.stroke).toBe('var(--bg)');
    expect(text.strokeWidth).toBeGreaterThanOrEqual(LABEL_HALO_PX);
    expect(LABEL_HALO_PX).toBeGreaterThanOrEqual(5);
    expect(text.paintOrder).toBe('stroke');
  });
  it('spreads labels that would overlap at least 14 px apart, and leaves apart ones where they are', () => {
    expect(spreadLabels([100, 200])).toEqual([0, 0]);
    const offsets = spreadLabels([50, 50, 50]);
    const placed = offsets.map((o) => 50 + o).sort((a, b) => a - b);
    expect([placed[1] - placed[0], placed[2] - placed[1]]).toEqual([14, 14]);
    expect(placed[1]).toBe(50);
    // Near the top (lo = 40) the stack slides down instead of being cut off; too many for the room share it.
    expect(spreadLabels([40, 40, 40], 14, 40, 200).map((o) => 40 + o)).toEqual([40, 54, 68]);
    expect(spreadLabels([0, 0, 0], 14, 0, 10).map((o) => 0 + o)).toEqual([0, 5, 10]);
  });
  it('draws each trail as a canvas polyline in screen px: thinned, finite, and none for a racer with no finite point', () => {
    const s = frameScales(frame);
    const lines = trailPolylines(
      [
        { color: '#0072B2', path: Array.from({ length: 2000 }, (_, i) => (i % 2 ? 0.5 : -3 + (6 * i) / 2000)) },
        { color: '#D55E00', path: [Number.NaN, 0, Number.POSITIVE_INFINITY, 1] },
      ],
      frame,
    );
    expect(lines).toHaveLength(1);
    expect(lines[0].points.length).toBeLessThanOrEqual(MAX_TRAIL_POINTS);
    expect(lines[0].points[0]).toEqual({ x: s.x(-3), y: s.y(0.5) });
  });
  it('has an arrow (halo and colour), a head and a name per racer, then the start; no NaN in any mark', () => {
    const options = trailChartOptions({
      racers: [
        { name: 'momentum', label: 'SGD + momentum', color: '#0072B2', path: [0, 0, 1, 0.5], velocity: [0.2, -0.1], diverged: null },
        { name: 'sgd', label: 'SGD', color: '#D55E00', path: [0, 0, Number.NaN, Number.NaN], diverged: { step: 1 } },
      ],
      start: [0, 0],
      frame,
    });
    const marks = marksOf(options);
    // The lines are on the canvas below (trailCanvas.ts): start; momentum arrow halo, arrow, head; sgd cross; two names.
    expect(marks.map((m) => (m.data as unknown[]).length)).toEqual([1, 1, 1, 1, 1, 1, 1]);
    const names = marks.filter((m) => (m.data as { label?: string }[])[0]?.label).map((m) => (m.data as { label: string }[])[0].label);
    expect(names).toEqual(['SGD + momentum', 'SGD']);
    expect(marks.flatMap((m) => numbersIn(m.data)).every(Number.isFinite)).toBe(true);
    expect(options.x?.domain).toEqual([-3, 3]);
  });
});

describe('lossChart', () => {
  it('keeps finite gaps, clamped to [1e-8, 1e10], indexed by step', () => {
    expect(lossPoints([2, 0, -1, Number.NaN, 1e12])).toEqual([
      { step: 0, gap: 2 },
      { step: 1, gap: LOSS_EPSILON },
      { step: 2, gap: LOSS_EPSILON },
      { step: 4, gap: 1e10 },
    ]);
  });
  it('spans whole decades, with at most six ticks, written for people', () => {
    expect(lossDomain([[{ step: 0, gap: 3.2e-4 }, { step: 1, gap: 0.41 }]])).toEqual([1e-4, 1]);
    expect(lossDomain([])).toEqual([1e-3, 10]);
    expect(decadeTicks([1e-8, 10])).toEqual([1e-7, 1e-5, 1e-3, 0.1, 10]);
    expect([1e-6, 0.01, 1, 1000, 1e5].map(formatDecade)).toEqual(['1e-6', '0.01', '1', '1000', '1e5']);
  });
  it('marks a diverged run with a cross and "diverged at step N", and no NaN reaches Plot', () => {
    const options = lossChartOptions({
      racers: [
        { name: 'adam', label: 'Adam', color: '#E69F00', loss: [1, 0.1, 0.01], diverged: null },
        { name: 'sgd', label: 'SGD', color: '#D55E00', loss: [1, 40, 9000], diverged: { step: 3 } },
      ],
      width: 300,
      height: 200,
      lang: 'en',
      ariaLabel: 'summary',
    });
    const marks = marksOf(options);
    const note = marks.find((m) => JSON.stringify(m.data).includes('diverged'));
    expect(note?.data).toEqual([{ step: 2, gap: 9000, note: 'diverged at step 3' }]);
    expect(options.y?.domain).toEqual([0.01, 10000]);
    expect(options.x?.domain).toEqual([0, 10]);
    expect(marks.flatMap((m) => numbersIn(m.data)).every(Number.isFinite)).toBe(true);
  });
});

describe('biasChart', () => {
  it('gives 1/(1 − βᵗ): 10 and 1000 at t = 1 for β = 0.9, 0.999; 1 when off', () => {
    expect(biasFactor(0.9, 1, true)).toBeCloseTo(10, 9);
    expect(biasFactor(0.999, 1, true)).toBeCloseTo(1000, 6);
    expect(biasFactor(0.9, 2, true)).toBeCloseTo(1 / 0.19, 9);
    expect(biasFactor(0.9, 5, false)).toBe(1);
    expect([biasWindow(0), biasWindow(120), biasWindow(5000)]).toEqual([30, 120, 300]);
    expect(biasPoints(0.9, 0.999, 2, true).map((p) => Number(p.factor.toFixed(2)))).toEqual([10, 1000, 5.26, 500.25]);
  });
  it('summarises the divisors and draws a dot at the current step', () => {
    expect(biasSummary({ beta1: 0.9, beta2: 0.999, t: 1, on: true, lang: 'en' })).toBe(
      'After 1 Adam steps the first moment is divided by 0.1 and the second by 0.001.',
    );
    const options = biasChartOptions({ beta1: 0.9, beta2: 0.999, t: 10, on: true, width: 300, lang: 'en' });
    const dots = marksOf(options)[2].data as { t: number }[];
    expect(dots.map((d) => d.t)).toEqual([10, 10]);
    expect(options.y?.domain).toEqual([1, 1000]);
  });
});

describe('raceText', () => {
  it('writes numbers with two significant digits, exponents when tiny or huge', () => {
    expect([3.2e-4, 0.41, 12.345, 0, 2e7, Number.NaN].map(formatValue)).toEqual(['3.2e-4', '0.41', '12', '0', '2.0e7', '—']);
  });
  it('summarises the race for screen readers', () => {
    const racers = [
      { label: 'Adam', step: 120, loss: 3.2e-4, diverged: null },
      { label: 'SGD', step: 120, loss: 0.41, diverged: null },
      { label: 'Momentum', step: 12, loss: Number.NaN, diverged: { step: 12 } },
    ];
    expect(lossSummary(racers, 'en')).toBe('After 120 steps: Adam 3.2e-4, SGD 0.41, Momentum diverged at step 12.');
    expect(lossSummary(racers.map((r) => ({ ...r, step: 0 })), 'en')).toBe('Not started yet.');
    expect(racerStatusText(racers[2], 'ko')).toBe('12번째 스텝에서 발산');
  });
});

describe('swarm layer', () => {
  it('maps particles to pixel indices and skips the ones off the map or not finite', () => {
    const s = frameScales(frame);
    const inside = [0, 0, -3, 1];
    const expected = [Math.floor(s.y(0)) * 400 + Math.floor(s.x(0)), Math.floor(s.y(1)) * 400 + Math.floor(s.x(-3))];
    expect(Array.from(swarmPixels([...inside, 50, 0, Number.NaN, 0], frame))).toEqual(expected);
    expect(swarmPixels([0, 0], frame, 2)[0]).toBe(Math.floor(s.y(0) * 2) * 800 + Math.floor(s.x(0) * 2));
  });
  it('shows density, not confetti: a lone particle is faint (22 %), ten on one pixel are nearly opaque', () => {
    expect([densityAlpha(0), densityAlpha(1), densityAlpha(3), densityAlpha(10)]).toEqual([0, 56, 134, 234]);
  });
});

describe('race starts', () => {
  it('keeps particle 0 at the start and scatters the rest in the window, the same for the same seed', () => {
    const a = raceStarts(domain, [-2.5, 0.6], 500, 7);
    expect(Array.from(a.slice(0, 2))).toEqual([-2.5, Math.fround(0.6)]);
    expect(Array.from(a)).toEqual(Array.from(raceStarts(domain, [-2.5, 0.6], 500, 7)));
    for (let i = 2; i < a.length; i += 2) {
      expect(a[i]).toBeGreaterThanOrEqual(-3);
      expect(a[i]).toBeLessThanOrEqual(3);
      expect(Math.abs(a[i + 1])).toBeLessThanOrEqual(1);
    }
    expect(() => raceStarts(domain, [0, 0], 0, 1)).toThrowError(/particle count/);
    expect(clampToWindow(domain, [9, -9])).toEqual([3, -1]);
  });
});

describe('race parameters', () => {
  it('mirror the engine: optimizer and surface names (rates: optimizerTable.test.ts)', async () => {
    const { optimizers } = await import('../../src/engines/optimizers');
    const { surfaces } = await import('../../src/engines/surfaces');
    const { secondOrderNames } = await import('../../src/lib/optimizerTable');
    expect([...Object.keys(optimizers), ...secondOrderNames]).toEqual([...raceOptimizerNames]);
    expect([...Object.keys(surfaces), 'custom']).toEqual([...raceSurfaceNames]);
    const startX = raceParams.find((p) => p.name === 'startX')!;
    const startY = raceParams.find((p) => p.name === 'startY')!;
    expect([startX.default, startY.default]).toEqual(surfaces.ravine.start);
  });
  it('restores the saddle from a URL and reports the values it ignores', () => {
    const { values, ignored } = parseQuery(raceParams, 'race', 'race.surface=saddle&race.lr=abc&race.lrSgd=abc&race.lrAdam=1e9');
    expect([values.surface, values.lrSgd, values.lrAdam]).toEqual(['saddle', 0.17, 1e9]);
    expect(ignored.map((i) => i.name)).toEqual(['lr', 'lrSgd']);
    expect(ignored[1].reason.en).toMatch(/from 1e-4 to 1e9/);
    expect([runParam('rmsprop'), lrParam('rmsprop')]).toEqual(['runRmsprop', 'lrRmsprop']);
  });
});
