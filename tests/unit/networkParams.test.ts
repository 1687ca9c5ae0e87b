/**
 * The NetworkRace's parameter table and its mapping to the engine's race settings: every default
 * is valid, the schedule's own parameters reach the engine under their schedules.ts names, and
 * "same learning rate for all" really gives every racer the same base rate.
 */
import { describe, expect, it } from 'vitest';
import { check, defaults } from '../../src/lib/params';
import { schedules } from '../../src/lib/schedules';
import { lrParam, networkParams, networkRaceSettings, runParam, visibleNetworkParams } from '../../src/lib/widgets/network';

describe('network race parameters', () => {
  it('has unique names and valid defaults', () => {
    const names = networkParams.map((p) => p.name);
    expect(new Set(names).size).toBe(names.length);
    for (const spec of networkParams) expect(check(spec, spec.default)).toEqual({ ok: true, value: spec.default });
  });

  it('maps the defaults to a 300-step race of all six optimizers with their own rates', () => {
    expect(networkRaceSettings(defaults(networkParams))).toEqual({
      optimizers: [
        { name: 'sgd', hyper: { learningRate: 0.05 } },
        { name: 'momentum', hyper: { learningRate: 0.01 } },
        { name: 'nesterov', hyper: { learningRate: 0.01 } },
        { name: 'adagrad', hyper: { learningRate: 0.01 } },
        { name: 'rmsprop', hyper: { learningRate: 0.001 } },
        { name: 'adam', hyper: { learningRate: 0.001 } },
      ],
      schedule: { name: 'constant', params: {} },
      steps: 300,
      batchSize: 64,
      trainCount: 2000,
      hidden: 64,
      seed: 7,
    });
  });

  it('passes the chosen schedule its own parameters under their schedules.ts names', () => {
    const values = { ...defaults(networkParams), schedule: 'inverseTime', inverseDecay: 0.02, decay: 0.5 };
    expect(networkRaceSettings(values).schedule).toEqual({ name: 'inverseTime', params: { decay: 0.02 } });
    const step = { ...defaults(networkParams), schedule: 'step' };
    expect(networkRaceSettings(step).schedule.params).toEqual({ dropEvery: 100, dropFactor: 0.5 });
    for (const name of Object.keys(schedules)) {
      const shown = visibleNetworkParams({ ...defaults(networkParams), schedule: name }).schedule;
      expect(shown.length).toBe(1 + schedules[name as keyof typeof schedules].params.length);
      for (const param of shown) expect(networkParams.some((p) => p.name === param)).toBe(true);
    }
  });

  it('gives every racer the shared rate when asked, and shows only the racing rates', () => {
    const values = { ...defaults(networkParams), shareRate: true, sharedRate: 0.003, [runParam('sgd')]: false };
    expect(networkRaceSettings(values).optimizers.map((o) => o.hyper.learningRate)).toEqual([0.003, 0.003, 0.003, 0.003, 0.003]);
    expect(visibleNetworkParams(values).rates).toEqual(['shareRate', 'sharedRate']);
    expect(visibleNetworkParams({ ...values, shareRate: false }).rates).toEqual([
      'shareRate', lrParam('momentum'), lrParam('nesterov'), lrParam('adagrad'), lrParam('rmsprop'), lrParam('adam'),
    ]);
  });
});
