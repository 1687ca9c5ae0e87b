import { describe, expect, it } from 'vitest';
import { parseNumberAnswer } from '../../src/lib/quizAnswer';

describe('parseNumberAnswer', () => {
  it('reads the ways a reader writes a number', () => {
    expect(parseNumberAnswer('3.16')).toBe(3.16);
    expect(parseNumberAnswer(' 3,16 ')).toBe(3.16);
    expect(parseNumberAnswer('1e-3')).toBe(0.001);
    expect(parseNumberAnswer('-.5')).toBe(-0.5);
    expect(parseNumberAnswer('+2')).toBe(2);
  });
  it('refuses what is not a number instead of guessing', () => {
    for (const bad of ['', 'abc', '3.1.6', '1e', '0x10', 'Infinity', 'NaN', '3 4', '1e999']) {
      expect(parseNumberAnswer(bad), bad).toBeNull();
    }
  });
});
