/**
 * The schedule and dropout cells are exact: the built-in schedules written as schedule cells give
 * lib/schedules.ts's rates to 1e-6 over a whole run, and the lecture's dropout cell, driving the
 * visualiser's session, draws the built-in masks and measures the inverted mean. Bad schedules
 * (NaN, a pole, a negative rate) and hostile programs are refused with the step and the variable.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileDropoutCell } from '../../src/lib/cell/cellDropout';
import { cellMessage } from '../../src/lib/cell/cellProblems';
import { checkScheduleCell, compileScheduleCell, sampleScheduleCell, type ScheduleCell } from '../../src/lib/cell/cellSchedule';
import { lectureCells } from '../../src/lib/cell/lectureCells';
import { createDropoutSession } from '../../src/lib/dropoutNetwork';
import { sampleSchedule, scheduledRate } from '../../src/lib/schedules';

const compiled = (code: string, values?: Record<string, number>): ScheduleCell => {
  const result = compileScheduleCell({ code, values });
  if (!result.ok) throw new Error(result.error.message);
  return result.schedule;
};

describe('schedule cells', () => {
  const T = 300;
  const cases: [string, string, Record<string, number>, string, Record<string, number | boolean>][] = [
    ['lecture cosine', lectureCells.schedule.code, {}, 'cosine', {}],
    ['step', 'learning_rate = base_lr * gamma ** np.floor(t / step_size)', { gamma: 0.5, step_size: 40 }, 'step', { dropEvery: 40, dropFactor: 0.5 }],
    ['step with //', 'learning_rate = base_lr * gamma ** (t // step_size)', { gamma: 0.1, step_size: 30 }, 'step', { dropEvery: 30, dropFactor: 0.1 }],
    ['exponential', 'learning_rate = base_lr * np.exp(-k * t)', { k: 0.005 }, 'exponential', { decay: 0.005 }],
    ['1/t', 'learning_rate = base_lr / (1 + k * t)', { k: 0.01 }, 'inverseTime', { decay: 0.01 }],
    ['warm-up', 'learning_rate = base_lr * np.minimum(1, (t + 1) / warmup)', { warmup: 50 }, 'warmup', { warmupSteps: 50 }],
  ];
  for (const [title, code, values, name, params] of cases) {
    it(`${title} matches the built-in schedule at every step to 1e-6`, () => {
      const cell = compiled(code, values);
      for (const base of [0.1, 0.003]) {
        for (let t = 0; t <= T; t++) {
          const result = cell.at(t, T, base);
          expect(result.ok).toBe(true);
          expect(Math.abs((result as { rate: number }).rate - scheduledRate(name, params, base, t, T))).toBeLessThan(1e-6);
        }
      }
      const sampled = sampleScheduleCell(cell, 0.1, T, 120);
      expect(sampled.ok && sampled.points).toEqual(sampleSchedule(name, params, 0.1, T, 120).map((p) => ({ step: p.step, rate: expect.closeTo(p.rate, 6) })));
    });
  }

  it('names the step and the variable of a pole, a NaN and a negative rate, in both languages', () => {
    const pole = checkScheduleCell(compiled('gap = 50 - t\nlearning_rate = base_lr / gap'), 100, 0.1);
    expect(pole).toMatchObject({ code: 'notFinite', variable: 'learning_rate', step: 50 });
    const nan = checkScheduleCell(compiled('shrink = np.log(1 - t / 80)\nlearning_rate = base_lr * np.exp(shrink)'), 100, 0.1);
    expect(nan).toMatchObject({ code: 'notFinite', variable: 'shrink', step: 80 });
    const negative = checkScheduleCell(compiled('learning_rate = base_lr * (1 - t / 60)'), 100, 0.1);
    expect(negative).toMatchObject({ code: 'negativeRate', variable: 'learning_rate', step: 61 });
    expect(cellMessage('en', negative!)).toContain('step 61');
    expect(cellMessage('ko', negative!)).toContain('61번째 걸음');
    expect(cellMessage('ko', pole!)).toContain('learning_rate');
    expect(sampleScheduleCell(compiled('learning_rate = base_lr / (t - 50)'), 0.1, 100, 50).ok).toBe(false);
  });

  it('refuses hostile programs with a message and never runs them', () => {
    for (const code of ['learning_rate = __import__', 'import os', 'learning_rate = "a"', 'learning_rate = base_lr.real', 'x = 1', `learning_rate = ${'('.repeat(200)}1${')'.repeat(200)}`]) {
      const result = compileScheduleCell({ code });
      expect(result.ok).toBe(false);
      expect(!result.ok && result.error.message.length).toBeGreaterThan(0);
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom('learning_rate', 't', ' = ', '/', '(', ')', '-', '0', 'np.log', '\n', '**', '1e308'), { maxLength: 30 }), (parts) => {
        const result = compileScheduleCell({ code: parts.join('') });
        if (!result.ok) return;
        const problem = checkScheduleCell(result.schedule, 20, 0.1);
        if (problem) return;
        for (let t = 0; t <= 20; t++) {
          const at = result.schedule.at(t, 20, 0.1);
          expect(at.ok && Number.isFinite(at.rate) && at.rate >= 0).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('the dropout cell in the visualiser', () => {
  const sizes = [4, 6, 6, 3];
  const lecture = compileDropoutCell({ code: lectureCells.dropout.code });
  if (!lecture.ok) throw new Error(lecture.error.message);

  it('draws the built-in masks, pass for pass, and measures the inverted mean to 1e-6', () => {
    for (const p of [0.5, 0.2]) {
      const builtIn = createDropoutSession(sizes, p, 7);
      const reader = createDropoutSession(sizes, p, 7, lecture.dropout);
      for (let pass = 0; pass < 200; pass++) {
        expect(reader.masks.map((m) => [...m])).toEqual(builtIn.masks.map((m) => [...m]));
        expect(Math.abs(reader.readerMean! - builtIn.measuredMean.inverted)).toBeLessThan(1e-6);
        builtIn.next();
        reader.next();
      }
      expect(reader.distinct).toBe(builtIn.distinct);
      expect(reader.readerProblem).toBeNull();
    }
  });

  it('without the / (1 - p) the mean falls to (1 - p) h: the mismatch the lecture warns about', () => {
    const plain = compileDropoutCell({ code: 'M1 = np.random.rand(*H1.shape) >= p\nH1 = H1 * M1' });
    if (!plain.ok) throw new Error(plain.error.message);
    const session = createDropoutSession(sizes, 0.5, 7, plain.dropout);
    for (let pass = 1; pass < 2000; pass++) session.next();
    expect(session.readerMean).toBeCloseTo(session.measuredMean.none, 9);
    expect(session.readerMean!).toBeGreaterThan(0.45);
    expect(session.readerMean!).toBeLessThan(0.55);
  });

  it('names the pass and the variable of a NaN, then draws the built-in masks', () => {
    const broken = compileDropoutCell({ code: 'M1 = (np.random.rand(*H1.shape) >= p) / (p - 0.5)\nH1 = H1 * M1' });
    if (!broken.ok) throw new Error(broken.error.message);
    const session = createDropoutSession(sizes, 0.5, 7, broken.dropout);
    expect(session.readerProblem).toMatchObject({ code: 'notFinite', variable: 'M1', step: 1 });
    session.next();
    expect(session.masks.length).toBe(2);
    expect(compileDropoutCell({ code: 'H1 = H1 * np.random.normal(1)' }).ok).toBe(false);
  });
});

describe('the schedule cell in the network race (compiled where the race runs)', () => {
  it('gives every step the built-in cosine rate, and the same losses; a bad rule is refused with its step and variable', async () => {
    const tf = await import('@tensorflow/tfjs');
    await tf.setBackend('cpu');
    const { createNetworkRace } = await import('../../src/engines/networkRace');
    const { loadShippedMnist } = await import('./mnistData');
    const digits = await loadShippedMnist();
    const base = { digits, trainCount: 500, heldOutCount: 1000, hidden: 8, batchSize: 16, optimizers: [{ name: 'sgd' as const }], steps: 12, seed: 5 };
    const rates = (race: ReturnType<typeof createNetworkRace>) => Array.from({ length: 12 }, () => race.step(1).racers[0].learningRate);
    const builtInRace = createNetworkRace({ ...base, schedule: { name: 'cosine' } });
    const cellRace = createNetworkRace({ ...base, schedule: { name: 'constant', cell: { code: lectureCells.schedule.code } } });
    const [builtInRates, cellRates] = [rates(builtInRace), rates(cellRace)];
    const [builtInLoss, cellLoss] = [builtInRace.snapshot().racers[0].loss, cellRace.snapshot().racers[0].loss];
    builtInRace.dispose();
    cellRace.dispose();
    cellRates.forEach((r, i) => expect(Math.abs(r - builtInRates[i])).toBeLessThan(1e-9));
    expect(cellRates[11]).toBeLessThan(cellRates[0]);
    cellLoss.forEach((l, i) => expect(Math.abs(l - builtInLoss[i])).toBeLessThan(1e-5));
    expect(() => createNetworkRace({ ...base, schedule: { name: 'constant', cell: { code: 'learning_rate = base_lr * (1 - t / 6)' } } })).toThrow(/learning_rate is -0\.\d+ at step 7/);
  });
});

describe('a diverged reader racer names its variable, in both races', () => {
  // At step 4 `shrink` is log 0 = −∞ (x still finite); at step 5 log(−1) makes x NaN: `shrink` broke first.
  const cell = { code: 'shrink = np.log(4 - t)\nx -= learning_rate * dx * np.exp(shrink)', label: { en: 'Mine', ko: '나의 것' }, color: '#7B4FBF' };

  it('on the 2-D race and on the network race', async () => {
    const tf = await import('@tensorflow/tfjs');
    await tf.setBackend('cpu');
    const { createRace } = await import('../../src/engines/race');
    const { surfaces } = await import('../../src/engines/surfaces');
    const race = createRace({
      surface: surfaces.ravine, entries: [{ name: 'sgd', hyper: {}, id: 'cell:sgd', cell }],
      starts: Float32Array.from([-2.5, 0.6]), noise: 0, seed: 3,
    });
    const flat = race.step(10).optimizers[0];
    race.dispose();
    expect(flat.diverged).toEqual({ step: 5, variable: 'shrink' });

    const { createNetworkRace } = await import('../../src/engines/networkRace');
    const { loadShippedMnist } = await import('./mnistData');
    const network = createNetworkRace({
      digits: await loadShippedMnist(), trainCount: 500, heldOutCount: 1000, hidden: 8, batchSize: 16,
      optimizers: [{ name: 'sgd', id: 'cell:sgd', cell }], schedule: { name: 'constant' }, steps: 10, seed: 5,
    });
    const racer = network.step(10).racers[0];
    network.dispose();
    expect(racer.diverged).toEqual({ step: 5, variable: 'shrink' });
    const { networkStandings } = await import('../../src/lib/i18n/en/networkStandings');
    const { networkStandings: ko } = await import('../../src/lib/i18n/ko/networkStandings');
    expect(networkStandings.diverged(3, 'shrink')).toBe('diverged at step 3: shrink became NaN or infinite first');
    expect(ko.diverged(3, 'shrink')).toContain('shrink');
  });
});
