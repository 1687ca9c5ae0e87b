import { describe, expect, it } from 'vitest';
import { getSchedule, sampleSchedule, scheduledRate, scheduleNames, schedules } from '../../src/lib/schedules';
import { defaults } from '../../src/lib/params';

const base = 0.1;
const total = 1000;

describe('learning-rate schedules', () => {
  it('constant keeps the base rate', () => {
    expect(schedules.constant.rate(0, total, base, {})).toBe(0.1);
    expect(schedules.constant.rate(999, total, base, {})).toBe(0.1);
  });

  it('step decay halves at each boundary and not between', () => {
    const p = { dropEvery: 100, dropFactor: 0.5 };
    const at = (t: number) => schedules.step.rate(t, total, base, p);
    expect(at(0)).toBe(0.1);
    expect(at(99)).toBe(0.1);
    expect(at(100)).toBeCloseTo(0.05, 12);
    expect(at(199)).toBeCloseTo(0.05, 12);
    expect(at(200)).toBeCloseTo(0.025, 12);
    expect(at(350)).toBeCloseTo(0.0125, 12);
  });

  it('exponential decay is e^{-kt}: one e-fold after 1/k steps', () => {
    const p = { decay: 0.01 };
    expect(schedules.exponential.rate(0, total, base, p)).toBe(0.1);
    expect(schedules.exponential.rate(100, total, base, p)).toBeCloseTo(0.1 / Math.E, 12);
    expect(schedules.exponential.rate(200, total, base, p)).toBeCloseTo(0.1 / Math.E ** 2, 12);
  });

  it('1/t decay halves after 1/k steps and thirds after 2/k', () => {
    const p = { decay: 0.01 };
    expect(schedules.inverseTime.rate(0, total, base, p)).toBe(0.1);
    expect(schedules.inverseTime.rate(100, total, base, p)).toBeCloseTo(0.05, 12);
    expect(schedules.inverseTime.rate(200, total, base, p)).toBeCloseTo(0.1 / 3, 12);
  });

  it('cosine starts at the base, is half-way at T/2 and ~0 at the end', () => {
    const p = { floorFraction: 0 };
    expect(schedules.cosine.rate(0, total, base, p)).toBeCloseTo(0.1, 12);
    expect(schedules.cosine.rate(500, total, base, p)).toBeCloseTo(0.05, 12);
    // Last update: 0.05 (1 + cos(0.999 pi)) = 0.05 * 4.93e-6.
    expect(schedules.cosine.rate(999, total, base, p)).toBeCloseTo(2.47e-7, 9);
    expect(schedules.cosine.rate(1000, total, base, p)).toBeCloseTo(0, 12);
    expect(schedules.cosine.rate(1500, total, base, p)).toBeCloseTo(0, 12);
  });

  it('cosine with a floor ends at floorFraction x base', () => {
    const p = { floorFraction: 0.1 };
    expect(schedules.cosine.rate(1000, total, base, p)).toBeCloseTo(0.01, 12);
    expect(schedules.cosine.rate(500, total, base, p)).toBeCloseTo(0.055, 12);
  });

  it('warm-up is linear, reaches the base on step W-1, then holds', () => {
    const p = { warmupSteps: 10, cosine: false };
    const rates = Array.from({ length: 12 }, (_, t) => schedules.warmup.rate(t, total, base, p));
    expect(rates[0]).toBeCloseTo(0.01, 12);
    expect(rates[4]).toBeCloseTo(0.05, 12);
    expect(rates[9]).toBeCloseTo(0.1, 12);
    for (let t = 1; t < 10; t++) expect(rates[t] - rates[t - 1]).toBeCloseTo(0.01, 12);
    expect(rates[11]).toBe(0.1);
    expect(schedules.warmup.rate(999, total, base, p)).toBe(0.1);
  });

  it('warm-up then cosine decays over the remaining steps', () => {
    const p = { warmupSteps: 100, cosine: true };
    expect(schedules.warmup.rate(100, total, base, p)).toBeCloseTo(0.1, 12);
    expect(schedules.warmup.rate(550, total, base, p)).toBeCloseTo(0.05, 12);
    expect(schedules.warmup.rate(1000, total, base, p)).toBeCloseTo(0, 12);
  });

  it('falls back to table defaults for missing parameters', () => {
    // step: dropEvery 100, dropFactor 0.5 by default.
    expect(schedules.step.rate(100, total, base, {})).toBeCloseTo(0.05, 12);
    for (const name of scheduleNames) {
      const s = schedules[name];
      const r = s.rate(10, total, base, defaults(s.params) as Record<string, number | boolean>);
      expect(Number.isFinite(r) && r > 0 && r <= base).toBe(true);
      expect(s.formula).toContain('\\eta');
      expect(s.label.en.length > 0 && s.label.ko.length > 0).toBe(true);
      for (const spec of s.params) {
        if (spec.kind !== 'boolean') expect(spec.default >= spec.min && spec.default <= spec.max).toBe(true);
      }
    }
  });

  it('samples evenly spaced integer steps, both ends included', () => {
    const pts = sampleSchedule('cosine', {}, 1, 100, 5);
    expect(pts.map((p) => p.step)).toEqual([0, 25, 50, 75, 100]);
    expect(pts.map((p) => Math.round(p.rate * 1e4) / 1e4)).toEqual([1, 0.8536, 0.5, 0.1464, 0]);
    expect(sampleSchedule('constant', {}, 1, 3, 50)).toHaveLength(4);
  });

  it('rejects unknown names and bad arguments with a message', () => {
    expect(() => getSchedule('linear')).toThrowError(/Unknown schedule "linear".*cosine/);
    expect(() => scheduledRate('cosine', {}, 0.1, 0, 0)).toThrowError(/totalSteps/);
    expect(() => sampleSchedule('cosine', {}, 0.1, 100, 1)).toThrowError(/points/);
  });
});

describe('a warm-up longer than the run', () => {
  it('is cut to the run: the rate reaches the base rate on the last step, and the page is told in both languages', async () => {
    const { scheduleNote } = await import('../../src/lib/schedules');
    expect(scheduledRate('warmup', { warmupSteps: 50 }, 0.1, 9, 10)).toBeCloseTo(0.1, 12);
    expect(scheduledRate('warmup', { warmupSteps: 50 }, 0.1, 0, 10)).toBeCloseTo(0.01, 12);
    const note = scheduleNote('warmup', { warmupSteps: 50, cosine: true }, 10);
    expect(note?.en).toMatch(/warm-up \(50 steps\).*run \(10 steps\)/);
    expect(note?.ko).toMatch(/워밍업\(50 스텝\).*10 스텝/);
    expect(scheduleNote('warmup', { warmupSteps: 5 }, 10)).toBeNull();
    // A warm-up shorter than the run is unchanged.
    expect(scheduledRate('warmup', { warmupSteps: 5 }, 0.1, 1, 10)).toBeCloseTo(0.04, 12);
  });

  it('a step decay that never drops within the run says so', async () => {
    const { scheduleNote } = await import('../../src/lib/schedules');
    expect(scheduleNote('step', { dropEvery: 100 }, 50)?.en).toMatch(/never drops/);
    expect(scheduleNote('step', { dropEvery: 10 }, 50)).toBeNull();
  });
});
