/** Where the swarm ends: basins, shares that sum to 100, final losses and their ECDF. */
import { describe, expect, it } from 'vitest';
import { basinOf, basinShares, ecdfPoints, finalLosses, LOSS_GAP_FLOOR, settleRadius, wholePercents, type Well } from '../../src/lib/swarmOutcome';

// The local-minimum surface's two wells (engines/surfaces.ts): global on the left, local on the right.
const wells: Well[] = [
  { kind: 'global', at: [-1.0356, 0] },
  { kind: 'local', at: [0.9603, 0] },
];
const window = { x: [-2, 2], y: [-1.5, 1.5] } as const;

describe('swarm outcome', () => {
  it('settles within a tenth of the window diagonal (0.5 on the 4 × 3 window)', () => {
    expect(settleRadius(window)).toBeCloseTo(0.5, 10);
  });

  it('puts a particle in the nearest well within the radius, and nowhere when it is far from both, off the map or NaN', () => {
    expect(basinOf(-1, 0.1, wells, 0.5)).toBe(0);
    expect(basinOf(0.9, -0.2, wells, 0.5)).toBe(1);
    expect(basinOf(0.07, 0, wells, 0.5)).toBe(-1);
    expect(basinOf(40, 3, wells, 0.5)).toBe(-1);
    expect(basinOf(Number.NaN, 0, wells, 0.5)).toBe(-1);
    // Within reach of both: the nearer wins.
    expect(basinOf(-0.1, 0, [{ kind: 'global', at: [-0.5, 0] }, { kind: 'local', at: [0.2, 0] }], 1)).toBe(1);
  });

  it('counts 7 global, 2 local and 1 unsettled of 10 particles as 70 / 20 / 10 %', () => {
    const positions = [
      ...Array.from({ length: 7 }, () => [-1.03, 0.01]).flat(),
      0.96, 0, 1.1, 0.1,
      0.07, 0,
    ];
    expect(basinShares(positions, wells, 0.5)).toEqual({ global: 70, local: 20, unsettled: 10 });
  });

  it('rounds to whole percents that always sum to 100 (largest remainder)', () => {
    expect(wholePercents([1, 1, 1])).toEqual([34, 33, 33]);
    expect(wholePercents([2, 1, 0])).toEqual([67, 33, 0]);
    expect(wholePercents([0, 0, 0])).toEqual([0, 0, 0]);
    for (const counts of [[3, 3, 1], [997, 2, 1], [1, 5, 9], [9999, 0, 1]]) {
      expect(wholePercents(counts).reduce((a, b) => a + b, 0), counts.join()).toBe(100);
    }
  });

  it('lists final losses f − floor, sorted, floored for a log axis, without non-finite ones', () => {
    const f = (x: number, y: number) => x * x + y * y;
    expect(Array.from(finalLosses([1, 0, 0, 0, Number.NaN, 0, 0, 2], f, 0))).toEqual([LOSS_GAP_FLOOR, 1, 4]);
    expect(Array.from(finalLosses([1, 1], f, 1))).toEqual([1]);
  });

  it('draws the ECDF from share 0 at the lowest loss up to share 1 at the highest', () => {
    expect(ecdfPoints(Float64Array.from([1, 2, 3, 4]))).toEqual([
      { loss: 1, share: 0 },
      { loss: 1, share: 0.25 },
      { loss: 2, share: 0.5 },
      { loss: 3, share: 0.75 },
      { loss: 4, share: 1 },
    ]);
    const long = ecdfPoints(Float64Array.from({ length: 1000 }, (_, i) => i + 1), 10);
    expect(long.length).toBeLessThanOrEqual(12);
    expect(long[long.length - 1]).toEqual({ loss: 1000, share: 1 });
    expect(ecdfPoints([])).toEqual([]);
  });
});

describe('final-loss chart', () => {
  it('spans whole decades around every final loss, at least two wide, with decade ticks written for people', async () => {
    const { outcomeDomain, swarmOutcomeOptions } = await import('../../src/charts/swarmOutcomeChart');
    const racer = (losses: number[]) => ({ name: 'sgd', label: 'SGD', color: '#000000', losses: Float64Array.from(losses) });
    expect(outcomeDomain([racer([3e-5, 0.2])])).toEqual([1e-5, 1]);
    expect(outcomeDomain([racer([0.5, 0.6])])).toEqual([0.1, 10]);
    expect(outcomeDomain([])).toEqual([1e-4, 10]);
    const options = swarmOutcomeOptions([racer([1e-6, 1e12])], { width: 300, height: 200, lang: 'en', ariaLabel: 'x' });
    const x = options.x as { ticks: number[]; tickFormat: (v: number) => string };
    expect(x.ticks.map(x.tickFormat)).toEqual(['1e-4', '1', '1e4', '1e8', '1e12']);
  });
});
