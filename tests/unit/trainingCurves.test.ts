/**
 * The NetworkRace chart data, checked as data (rounded numbers and words), never as pixels:
 * what reaches Plot is finite and thinned, the schedule curve is the schedule, and the text
 * alternative ranks the racers the way the legend does.
 */
import { describe, expect, it } from 'vitest';
import {
  accuracyBand,
  accuracyChartOptions,
  accuracyDomain,
  accuracyPoints,
  factorAt,
  LOSS_FLOOR,
  LOSS_VIEW_CEILING,
  lossChartOptions,
  lossDomain,
  lossPoints,
  scheduleFactors,
  scheduleSparkOptions,
  thin,
  type CurveRacer,
} from '../../src/charts/trainingCurves';
import { significant, standingRows, standingsSummary } from '../../src/charts/trainingStandings';

/** A racer with a hand-written history. */
function racer(name: string, loss: number[], accuracy: [number, number][], diverged: null | { step: number } = null): CurveRacer {
  return {
    name,
    label: name.toUpperCase(),
    color: '#000000',
    loss,
    smoothedLoss: loss,
    heldOutAccuracy: accuracy.map(([step, a]) => ({ step, accuracy: a })),
    diverged,
  };
}

/** The data arrays of every mark in a Plot options object. */
function markData(options: { marks?: unknown[] }): Record<string, unknown>[][] {
  return (options.marks ?? []).map((m) => Array.from(((m as { data?: Iterable<Record<string, unknown>> }).data ?? []) as Iterable<Record<string, unknown>>));
}

const size = { width: 600, height: 240, totalSteps: 300, lang: 'en' as const, ariaLabel: 'test' };

describe('chart points', () => {
  it('thins to the budget, keeping the first and the last point', () => {
    const points = Array.from({ length: 1001 }, (_, i) => i);
    const kept = thin(points, 101);
    expect(kept.length).toBeLessThanOrEqual(101);
    expect(kept[0]).toBe(0);
    expect(kept.at(-1)).toBe(1000);
    expect(kept.slice(0, 3)).toEqual([0, 10, 20]);
    expect(thin([1, 2, 3], 10)).toEqual([1, 2, 3]);
  });

  it('drops non-finite losses and floors the rest for the log axis', () => {
    expect(lossPoints([2.3, Number.NaN, 0, Number.POSITIVE_INFINITY, 0.5])).toEqual([
      { step: 0, value: 2.3 },
      { step: 2, value: LOSS_FLOOR },
      { step: 4, value: 0.5 },
    ]);
  });

  it('fits the loss axis around the curves, with a top of at most 10', () => {
    const series = (values: number[]) => values.map((value, step) => ({ step, value }));
    expect(lossDomain([series([2.3, 0.5]), series([2, 0.2])]).map((v) => significant(v, 3))).toEqual([0.17, 3]);
    expect(lossDomain([series([2.3, 40])]).map((v) => significant(v, 4))).toEqual([1.955, 10]);
    expect(lossDomain([])).toEqual([0.1, 3]);
  });

  it('gives held-out accuracy in percent', () => {
    const r = racer('adam', [], [[0, 0.1], [25, 0.875], [50, Number.NaN]]);
    expect(accuracyPoints(r)).toEqual([{ step: 0, value: 10 }, { step: 25, value: 87.5 }]);
  });
});

describe('schedule curve', () => {
  it('samples the multiplier of the base rate (step decay halves every 100 of 300 steps)', () => {
    const factors = scheduleFactors('step', { dropEvery: 100, dropFactor: 0.5 }, 300, 4);
    expect(factors).toEqual([
      { step: 0, value: 1 },
      { step: 100, value: 0.5 },
      { step: 200, value: 0.25 },
      { step: 300, value: 0.125 },
    ]);
  });

  it('marks the current step on the curve: cosine is at one half halfway through', () => {
    expect(significant(factorAt('cosine', { floorFraction: 0 }, 150, 300).value, 6)).toBe(0.5);
    expect(factorAt('constant', {}, 999, 300)).toEqual({ step: 300, value: 1 });
    const options = scheduleSparkOptions(scheduleFactors('constant', {}, 300, 3), factorAt('constant', {}, 40, 300), size);
    const data = markData(options as { marks?: unknown[] });
    expect(data.at(-1)).toEqual([{ step: 40, value: 1 }]);
  });
});

describe('loss and accuracy charts', () => {
  const racers = [
    racer('sgd', [2.3, 1.9, 1.5], [[0, 0.1], [3, 0.52]]),
    racer('adam', [2.3, 40, Number.NaN], [[0, 0.1]], { step: 2 }),
  ];

  it('never hands Plot a NaN and notes where a racer diverged', () => {
    const loss = markData(lossChartOptions(racers, size) as { marks?: unknown[] });
    const accuracy = markData(accuracyChartOptions(racers, size) as { marks?: unknown[] });
    for (const rows of [...loss, ...accuracy]) {
      for (const row of rows) {
        for (const v of Object.values(row)) if (typeof v === 'number') expect(Number.isFinite(v)).toBe(true);
      }
    }
    const notes = loss.flat().map((row) => row.note).filter(Boolean);
    expect(notes).toEqual(['diverged at step 2', 'diverged at step 2']);
    // The cross sits where the line stops (step 1), pulled down from 40 onto the top of the axis.
    expect(loss.flat().find((row) => row.note)).toMatchObject({ step: 1, value: LOSS_VIEW_CEILING });
  });

  it('draws a long loss curve with one point per 2 px of chart at most, ending at its last step', () => {
    const long = racer('sgd', Array.from({ length: 3000 }, (_, i) => 2.3 / (1 + i / 100)), [[0, 0.1]]);
    const lines = markData(lossChartOptions([long], { ...size, width: 300, totalSteps: 3000 }) as { marks?: unknown[] }).filter((rows) => rows.length > 1);
    expect(lines).toHaveLength(2);
    for (const rows of lines) {
      expect(rows.length).toBeLessThanOrEqual(150);
      expect(rows.at(-1)).toMatchObject({ step: 2999 });
    }
  });

  it('uses a log y axis for the loss and a zoomed accuracy axis, over the whole run', () => {
    const loss = lossChartOptions(racers, size);
    const accuracy = accuracyChartOptions(racers, size);
    expect(loss.y?.type).toBe('log');
    expect(loss.y?.domain).toEqual([1.275, 10]);
    expect(loss.x?.domain).toEqual([0, 300]);
    // sgd's latest accuracy is 52 % (step 3), adam has none after the start: 5 points under, 2 over, on fives.
    expect(accuracy.y?.domain).toEqual([45, 55]);
  });

  it('zooms the accuracy axis to where the racers are, keeps 0–100 before any evaluation, and widens for earlier seeds', () => {
    const at = (name: string, value: number) => racer(name, [2.3], [[0, 0.1], [100, value]]);
    expect(accuracyDomain([racer('sgd', [2.3], [[0, 0.1]])], 1000)).toEqual([0, 100]);
    expect(accuracyDomain([at('sgd', 0.9), at('adam', 0.91)], 1000)).toEqual([85, 95]);
    expect(accuracyDomain([at('sgd', 0.99), at('adam', 0.995)], 1000)).toEqual([90, 100]);
    const earlier = [{ name: 'sgd', color: '#000000', seed: 2, value: 70 }];
    expect(accuracyDomain([at('sgd', 0.9)], 1000, earlier)).toEqual([65, 95]);
  });

  it('pulls the cross of a racer that diverged under the zoomed axis up onto it', () => {
    const options = accuracyChartOptions(
      [racer('sgd', [2.3], [[0, 0.1], [100, 0.9]]), racer('adam', [2.3, 40], [[0, 0.1]], { step: 2 })],
      size,
    );
    expect(options.y?.domain).toEqual([85, 95]);
    const note = markData(options as { marks?: unknown[] }).flat().find((row) => row.note);
    expect(note).toMatchObject({ step: 0, value: 85 });
  });

  it('bands each accuracy by ±2 binomial standard errors: 90 % on 1,000 digits is 88.1–91.9', () => {
    const [band] = accuracyBand([{ step: 100, value: 90 }], 1000);
    expect(band.step).toBe(100);
    expect([band.low, band.high].map((v) => Math.round(v * 10) / 10)).toEqual([88.1, 91.9]);
    expect(accuracyBand([{ step: 0, value: 100 }], 1000)[0]).toEqual({ step: 0, low: 100, high: 100 });
  });
});

describe('standings', () => {
  const racers = [
    racer('sgd', [2.3, 0.61234], [[0, 0.1], [25, 0.8123]]),
    racer('adam', [2.3, 0.41234], [[0, 0.1], [25, 0.9071]]),
    racer('momentum', [2.3, 0.3], [[0, 0.1], [25, 0.8123]]),
    racer('rmsprop', [2.3], [[0, 0.1]], { step: 1 }),
  ];

  it('ranks by held-out accuracy, then loss, diverged last; rounds for display', () => {
    const rows = standingRows(racers);
    expect(rows.map((r) => [r.name, r.accuracy, r.loss])).toEqual([
      ['adam', 90.7, 0.412],
      ['momentum', 81.2, 0.3],
      ['sgd', 81.2, 0.612],
      ['rmsprop', 10, 2.3],
    ]);
  });

  it('summarises the standings in words, in both languages', () => {
    const run = { step: 25, totalSteps: 300, batchSize: 64 };
    expect(standingsSummary(racers, run, 'en')).toBe(
      'After 25 of 300 steps (1,600 training examples each, in the same order): ' +
        '1. ADAM, held-out accuracy 90.7 %, training loss 0.412; 2. MOMENTUM, held-out accuracy 81.2 %, training loss 0.3; ' +
        '3. SGD, held-out accuracy 81.2 %, training loss 0.612. RMSPROP diverged at step 1.',
    );
    expect(standingsSummary(racers, run, 'ko')).toContain('1위 ADAM, 검증 정확도 90.7%');
    const fresh = [racer('sgd', [], [[0, 0.0987]]), racer('adam', [], [[0, 0.0987]])];
    expect(standingsSummary(fresh, { ...run, step: 0 }, 'en')).toBe(
      'Before training, every racer has the same weights and so the same held-out accuracy, 9.9 %.',
    );
    expect(standingsSummary([], run, 'en')).toMatch(/No optimizer/);
  });
});
