import { describe, expect, it } from 'vitest';
import { dragTo, formatNumber, fromSlider, nudge, sliderRange, toSlider, type NumericSpec } from '../../src/lib/paramNumbers';

const lr: NumericSpec = { kind: 'number', name: 'lr', label: { en: 'lr', ko: 'lr' }, default: 0.01, min: 1e-4, max: 1, step: 1e-4, scale: 'log' };
const frac: NumericSpec = { kind: 'number', name: 'f', label: { en: 'f', ko: 'f' }, default: 0.5, min: 0, max: 1, step: 0.05 };
const steps: NumericSpec = { kind: 'int', name: 's', label: { en: 's', ko: 's' }, default: 100, min: 10, max: 1000, step: 10 };

describe('numeric controls', () => {
  it('formats for readers: two significant digits on log scales, step decimals on linear ones', () => {
    expect(formatNumber(lr, 0.0123456)).toBe('0.012');
    expect(formatNumber(lr, 0.00025)).toBe('2.5e-4');
    expect(formatNumber(frac, 0.30000000000000004)).toBe('0.3');
    expect(formatNumber(steps, 120)).toBe('120');
  });

  it('log sliders move in log10 space and come back to the same value', () => {
    expect(sliderRange(lr)).toEqual({ min: -4, max: 0, step: 0.02 });
    expect(toSlider(lr, 0.01)).toBeCloseTo(-2, 12);
    expect(fromSlider(lr, -2)).toBe(0.01);
    expect(fromSlider(frac, 0.52)).toBe(0.5);
  });

  it('arrow steps are multiplicative on log scales, additive otherwise, and clamped', () => {
    expect(nudge(lr, 0.01, 1)).toBe(0.013); // × 10^0.1 ≈ 1.259, two digits
    expect(nudge(lr, 0.01, -10)).toBe(0.001); // ten presses = one decade
    expect(nudge(lr, 0.9, 5)).toBe(1);
    expect(nudge(frac, 0.5, 1)).toBe(0.55);
    expect(nudge(steps, 10, -1)).toBe(10);
  });

  it('a full-span drag crosses the whole range', () => {
    expect(dragTo(lr, 1e-4, 300)).toBe(1);
    expect(dragTo(lr, 0.01, 75)).toBe(0.1);
    expect(dragTo(frac, 0.5, -150)).toBe(0);
  });
});
