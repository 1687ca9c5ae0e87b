/** The binomial noise of held-out accuracy, against values worked by hand. */
import { describe, expect, it } from 'vitest';
import { binomialStandardError, compareTopTwo, differenceStandardError } from '../../src/lib/accuracyNoise';

describe('accuracy noise', () => {
  it('SE of 90 % on 1,000 digits is √(0.9·0.1/1000) ≈ 0.949 points; of 50 % on 100, 5 points; 0 at 100 %', () => {
    expect(binomialStandardError(0.9, 1000)).toBeCloseTo(0.0094868, 6);
    expect(binomialStandardError(0.5, 100)).toBeCloseTo(0.05, 10);
    expect(binomialStandardError(1, 1000)).toBe(0);
    expect(binomialStandardError(0.5, 0)).toBeNaN();
  });

  it('SE of a difference adds in quadrature: 90 % and 89 % on 1,000 digits → 1.36 points', () => {
    expect(differenceStandardError(0.9, 0.89, 1000)).toBeCloseTo(Math.sqrt(0.09 / 1000 + 0.0979 / 1000), 10);
    expect(differenceStandardError(0.9, 0.89, 1000)).toBeCloseTo(0.0137, 4);
  });

  it('calls a 1-point gap on 1,000 digits noise, and a 5-point gap real', () => {
    const close = compareTopTwo([0.88, 0.9, 0.89], 1000)!;
    expect(close).toMatchObject({ leader: 1, runnerUp: 2, withinNoise: true });
    expect(close.gap).toBeCloseTo(0.01, 10);
    expect(close.noise).toBeCloseTo(2 * 0.0137, 3);
    expect(compareTopTwo([0.85, 0.9], 1000)).toMatchObject({ leader: 1, runnerUp: 0, withinNoise: false });
    // The same 1-point gap on 100,000 digits is well beyond the noise.
    expect(compareTopTwo([0.9, 0.89], 100_000)!.withinNoise).toBe(false);
  });

  it('skips NaN (a diverged racer) and needs two racers to compare', () => {
    expect(compareTopTwo([Number.NaN, 0.9, 0.7], 1000)).toMatchObject({ leader: 1, runnerUp: 2 });
    expect(compareTopTwo([0.9], 1000)).toBeNull();
    expect(compareTopTwo([0.9, Number.NaN], 1000)).toBeNull();
  });
});
