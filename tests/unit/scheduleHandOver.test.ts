import { describe, expect, it } from 'vitest';
import { defaults } from '../../src/lib/params';
import { createStore } from '../../src/lib/widgetStore';
import { networkParams, networkRaceSettings } from '../../src/lib/widgets/network';
import { scheduleArgs, scheduleCurveLabel, scheduleHandOver, scheduleParams } from '../../src/lib/widgets/schedule';

describe('the schedule explorer hands its schedule to the network race', () => {
  it('gives the race the explorer\u2019s schedule and its own parameters, every one accepted by the race\u2019s table', () => {
    const explorer = { ...defaults(scheduleParams), schedule: 'inverseTime', inverseDecay: 0.02, base: 0.3, total: 2000 };
    const race = createStore('network', networkParams);
    const ignored = race.setMany(scheduleHandOver(explorer));
    expect(ignored).toEqual([]);
    const settings = networkRaceSettings(race.get());
    expect(settings.schedule).toEqual({ name: 'inverseTime', params: scheduleArgs('inverseTime', explorer) });
    expect(settings.schedule.params).toEqual({ decay: 0.02 });
    // Base rate and length stay the race's own.
    expect(settings.steps).toBe(300);
    expect(settings.optimizers[0].hyper.learningRate).toBe(networkRaceSettings(defaults(networkParams)).optimizers[0].hyper.learningRate);
  });

  it('carries every schedule, including a switch, across', () => {
    for (const schedule of ['constant', 'step', 'exponential', 'cosine', 'warmup']) {
      const explorer = { ...defaults(scheduleParams), schedule, cosine: true, warmupSteps: 120 };
      const race = createStore('network', networkParams);
      expect(race.setMany(scheduleHandOver(explorer))).toEqual([]);
      expect(networkRaceSettings(race.get()).schedule).toEqual({ name: schedule, params: scheduleArgs(schedule as never, explorer) });
    }
  });

  it('names an overlaid curve by its schedule, its own numbers and its base rate', () => {
    const values = { ...defaults(scheduleParams), schedule: 'step', dropEvery: 100, dropFactor: 0.5, base: 0.1 };
    expect(scheduleCurveLabel(values, 'en')).toBe('Step decay (drop every (steps) 100, drop factor 0.5), η₀ 0.1');
    expect(scheduleCurveLabel({ ...values, schedule: 'warmup', warmupSteps: 50, cosine: true }, 'ko')).toBe(
      '선형 워밍업 (워밍업 스텝 50, 워밍업 후 코사인 감소), η₀ 0.1',
    );
    expect(scheduleCurveLabel({ ...values, schedule: 'warmup', warmupSteps: 50, cosine: false }, 'en', false)).toBe('Linear warm-up (warm-up steps 50)');
    expect(scheduleCurveLabel({ ...values, schedule: 'constant' }, 'en')).toBe('Constant, η₀ 0.1');
  });
});
