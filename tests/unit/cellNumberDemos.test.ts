/**
 * Run on a schedule or dropout cell answers from plain numbers (lib/cell/cellNumberDemos.ts), with
 * no tfjs: the lecture's schedule cell gives lib/schedules' cosine rates, the lecture's dropout
 * cell keeps about 1 − p of its units and passes the mean on unchanged (inverted dropout), and a
 * bad cell comes back as a message, never a throw.
 */
import { describe, expect, it } from 'vitest';
import { dropoutDemo, scheduleDemo } from '../../src/lib/cell/cellNumberDemos';
import { lectureCells } from '../../src/lib/cell/lectureCells';

describe('Run without tfjs', () => {
  it('the schedule cell reports its rate at five steps, starting at base_lr', () => {
    const demo = scheduleDemo(lectureCells.schedule.code, {});
    expect(demo.ok).toBe(true);
    if (!demo.ok || demo.kind !== 'schedule') return;
    expect(demo.rates.map((r) => r.t)).toEqual([0, 25, 50, 75, 100]);
    expect(demo.rates[0].rate).toBeCloseTo(0.1, 9);
    for (let i = 1; i < demo.rates.length; i++) expect(demo.rates[i].rate).toBeLessThanOrEqual(demo.rates[i - 1].rate);
  });

  it('the dropout cell keeps about 1 − p and keeps the mean (inverted dropout); without the division the mean drops', () => {
    const demo = dropoutDemo(lectureCells.dropout.code, {});
    expect(demo.ok).toBe(true);
    if (!demo.ok || demo.kind !== 'dropout') return;
    const p = 0.5;
    // 1,000 Bernoulli draws: the kept share is within 5 standard deviations (0.079) of 1 − p.
    expect(Math.abs(demo.kept - (1 - p))).toBeLessThan(0.08);
    expect(demo.mean).toBeCloseTo(demo.kept / (1 - p), 9);
    const plain = dropoutDemo(lectureCells.dropout.code.replace(/\s*\/\s*\(1 - p\)/, '').replace(/\s*\/\s*p\b/, ''), {});
    expect(plain.ok && plain.kind === 'dropout' && plain.mean).toBeCloseTo(demo.kept, 9);
  });

  it('a schedule that goes negative and a dropout cell with a syntax error come back as messages', () => {
    const negative = scheduleDemo('learning_rate = base_lr - t * 0.01', {});
    expect(negative.ok).toBe(false);
    const broken = dropoutDemo('H1 *= (', {});
    expect(broken.ok).toBe(false);
  });
});
