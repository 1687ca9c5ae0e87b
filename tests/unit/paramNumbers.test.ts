import { describe, expect, it } from 'vitest';
import { dragTo, formatNumber, fromSlider, nudge, readTyped, settle, sliderRange, toSlider, type NumericSpec } from '../../src/lib/paramNumbers';
import { enterPrompt, formatBound } from '../../src/lib/paramReasons';
import { check } from '../../src/lib/params';

const lr: NumericSpec = { kind: 'number', name: 'lr', label: { en: 'lr', ko: 'lr' }, default: 0.01, min: 1e-4, max: 1, step: 1e-4, scale: 'log' };
const frac: NumericSpec = { kind: 'number', name: 'f', label: { en: 'f', ko: 'f' }, default: 0.5, min: 0, max: 1, step: 0.05 };
const steps: NumericSpec = { kind: 'int', name: 's', label: { en: 's', ko: 's' }, default: 100, min: 10, max: 1000, step: 10 };

describe('numeric controls', () => {
  it('formats for readers at the precision the value is stored at (four significant digits on log scales)', () => {
    expect(formatNumber(lr, 0.0123456)).toBe('0.01235');
    expect(formatNumber(lr, 0.012)).toBe('0.012');
    expect(formatNumber(lr, 0.00025)).toBe('2.5e-4');
    expect(formatNumber(frac, 0.30000000000000004)).toBe('0.3');
    expect(formatNumber(steps, 120)).toBe('120');
  });

  it('shows every accepted value as it is used: the text reads back to the same value (a typed 0.1234 was shown as 0.12)', () => {
    const momentum: NumericSpec = { kind: 'number', name: 'm', label: { en: 'm', ko: 'm' }, default: 0.9, min: 0, max: 0.99, step: 0.01 };
    const rate: NumericSpec = { ...lr, max: 1e9 };
    for (const [spec, typed] of [[lr, '0.1234'], [lr, '0.00012345'], [momentum, '0.955'], [frac, '0.333'], [rate, '123456789'], [rate, '2.5e-4']] as const) {
      const accepted = check(spec, typed);
      expect(accepted.ok).toBe(true);
      const value = (accepted as { value: number }).value;
      const shown = check(spec, formatNumber(spec, value));
      expect(shown).toEqual({ ok: true, value });
    }
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

  it('a drag on a log scale moves a factor of 10 per 100 px, whatever the range', () => {
    expect(dragTo(lr, 0.01, 100)).toBe(0.1);
    expect(dragTo(lr, 0.01, -100)).toBe(0.001);
    expect(dragTo(lr, 0.01, 50)).toBe(0.032);
    expect(dragTo(lr, 1e-4, 1000)).toBe(1);
    // The race rate (1e-4 … 1e9): 100 px took 0.009 to 190; now one decade.
    const wide: NumericSpec = { ...lr, max: 1e9 };
    expect(dragTo(wide, 0.009, 100)).toBe(0.09);
    expect(dragTo(wide, 0.009, 3)).toBeCloseTo(0.0096, 4);
  });

  it('a linear drag crosses the range in 300 px and snaps to the step; integers stay on their grid', () => {
    expect(dragTo(frac, 0.5, -150)).toBe(0);
    expect(dragTo(frac, 0.5, 7)).toBe(0.5);
    expect(dragTo(frac, 0.5, 14)).toBe(0.55);
    const grid: NumericSpec = { kind: 'int', name: 'steps', label: { en: 's', ko: 's' }, default: 200, min: 50, max: 1000, step: 50 };
    for (let px = -400; px <= 400; px += 7) {
      const v = dragTo(grid, 200, px);
      expect((v - 50) % 50, `${px} px gave ${v}`).toBe(0);
      expect(check(grid, v).ok).toBe(true);
    }
    expect(dragTo(grid, 200, 116)).toBe(550);
  });

  it('a stored value keeps its parameter\'s precision, never float noise', () => {
    const start: NumericSpec = { kind: 'number', name: 'y', label: { en: 'y', ko: 'y' }, default: 0.6, min: -10, max: 10, step: 0.01 };
    expect(settle(start, 1.2000000000000002)).toBe(1.2);
    expect(check(start, 1.2000000000000002)).toEqual({ ok: true, value: 1.2 });
    expect(check(start, '0.1') ).toEqual({ ok: true, value: 0.1 });
    expect(check(lr, 0.30000000000000004)).toEqual({ ok: true, value: 0.3 });
    expect(check(lr, 0.000123456)).toEqual({ ok: true, value: 0.0001235 });
  });

  it('range ends and big or small values read as a person writes them', () => {
    const rate: NumericSpec = { ...lr, max: 1e9 };
    expect(formatNumber(rate, 1e9)).toBe('1e9');
    expect(formatNumber(rate, 2.5e6)).toBe('2.5e6');
    expect(formatNumber(rate, 1e-4)).toBe('1e-4');
    expect(formatBound(0.0001)).toBe('1e-4');
    expect(formatBound(1e9)).toBe('1e9');
    expect(formatBound(-10)).toBe('-10');
    expect(formatBound(0.999)).toBe('0.999');
    expect(enterPrompt(rate)).toEqual({ en: 'Enter a number from 1e-4 to 1e9', ko: '1e-4에서 1e9 사이의 숫자를 입력하세요' });
  });
});

describe('typed numbers', () => {
  it('reads thousands separators as readers write them ("1,000" was read as 1.000 and refused as off-grid)', () => {
    expect(readTyped(' 1,000 ')).toBe('1000');
    expect(readTyped('12,500.5')).toBe('12500.5');
    expect(check(steps, readTyped('1,000'))).toEqual({ ok: true, value: 1000 });
  });

  it('reads a lone decimal comma as a point, and leaves anything else for check to refuse', () => {
    expect(readTyped('0,5')).toBe('0.5');
    expect(readTyped('0,170')).toBe('0.170');
    expect(readTyped('1,00')).toBe('1.00');
    expect(readTyped('1,0,0')).toBe('1,0,0');
    expect(check(steps, readTyped('1,0,0')).ok).toBe(false);
  });
});
