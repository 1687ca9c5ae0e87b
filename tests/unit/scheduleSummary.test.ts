import { describe, expect, it } from 'vitest';
import { summariseSchedule } from '../../src/charts/scheduleSummary';
import { sampleSchedule } from '../../src/lib/schedules';

describe('schedule chart text alternative', () => {
  it('describes a decaying schedule by its start and end', () => {
    const points = sampleSchedule('step', { dropEvery: 100, dropFactor: 0.5 }, 0.1, 1000, 400);
    expect(summariseSchedule(points, 'en')).toBe('The learning rate starts at 0.1 and ends at 0.0000977 after 1000 steps.');
  });

  it('mentions the peak of a warm-up', () => {
    const points = sampleSchedule('warmup', { warmupSteps: 100, cosine: true }, 0.1, 1000, 1001);
    expect(summariseSchedule(points, 'en')).toBe(
      'The learning rate starts at 0.001, rises to a peak of 0.1 at step 99 and ends at 0 after 1000 steps.',
    );
    expect(summariseSchedule(points, 'ko')).toBe('학습률은 0.001에서 시작해 99번째 스텝에서 최대 0.1까지 오르고, 1000 스텝을 마칠 때는 0입니다.');
  });

  it('says when the rate never changes', () => {
    expect(summariseSchedule(sampleSchedule('constant', {}, 0.01, 500, 50), 'en')).toBe('The learning rate stays at 0.01 for all 500 steps.');
  });
});
