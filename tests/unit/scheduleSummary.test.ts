import { describe, expect, it } from 'vitest';
import { summariseSchedule } from '../../src/charts/scheduleSummary';
import { sampleSchedule } from '../../src/lib/schedules';
import { dict } from '../../src/lib/i18n';

describe('schedule chart text alternative', () => {
  it('describes a decaying schedule by its start and end', () => {
    const points = sampleSchedule('step', { dropEvery: 100, dropFactor: 0.5 }, 0.1, 1000, 400);
    expect(summariseSchedule(points, 'en')).toBe('The learning rate starts at 0.1 and ends at 0.0000977 after 1,000 steps.');
  });

  it('mentions the peak of a warm-up', () => {
    const points = sampleSchedule('warmup', { warmupSteps: 100, cosine: true }, 0.1, 1000, 1001);
    expect(summariseSchedule(points, 'en')).toBe(
      'The learning rate starts at 0.001, rises to a peak of 0.1 at step 99 and ends at 0 after 1,000 steps.',
    );
    expect(summariseSchedule(points, 'ko')).toBe('학습률은 0.001에서 시작해 99번째 스텝에서 최대 0.1까지 오르고, 1,000 스텝을 마칠 때는 0입니다.');
  });

  it('says when the rate never changes', () => {
    expect(summariseSchedule(sampleSchedule('constant', {}, 0.01, 500, 50), 'en')).toBe('The learning rate stays at 0.01 for all 500 steps.');
  });

  it('groups the digits of step counts in every sentence, as the chart\'s axis does, in both languages', () => {
    expect(summariseSchedule(sampleSchedule('constant', {}, 0.01, 12000, 50), 'ko')).toBe('학습률은 12,000 스텝 내내 0.01입니다.');
    expect(dict('en').schedules.neverDrops(2000, 1500)).toContain('every 2,000 steps, but the run has only 1,500');
    expect(dict('ko').schedules.warmupCut(2000, 1500, false)).toContain('워밍업(2,000 스텝)이 전체 실행(1,500 스텝)');
    expect(dict('en').scheduleExplorer.applied('Cosine', 3000)).toContain('its 3,000 steps');
    expect(dict('ko').scheduleExplorer.yoursApplied('f', 3000)).toContain('(3,000걸음)');
  });
});
