import { beforeEach, describe, expect, it, vi } from 'vitest';
import { defaults, type ParamTable } from '../../src/lib/params';
import { clearStores, createStore, getStore } from '../../src/lib/widgetStore';
import { applyQueryOnce, describeIgnored, withWidgetQuery } from '../../src/lib/urlState';

const table: ParamTable = [
  { kind: 'number', name: 'lr', label: { en: 'Learning rate', ko: '학습률' }, default: 0.01, min: 1e-5, max: 10, step: 1e-5, scale: 'log' },
  { kind: 'int', name: 'steps', label: { en: 'Steps', ko: '스텝' }, default: 100, min: 1, max: 1000 },
];

beforeEach(() => clearStores());

describe('widget store', () => {
  it('is shared by id: the second caller gets the first store', () => {
    const a = getStore('race', table, { lr: 0.1 });
    const b = getStore('race', table, { lr: 0.5 });
    expect(b).toBe(a);
    expect(b.get()).toEqual({ lr: 0.1, steps: 100 });
  });

  it('drops invalid initial values in favour of defaults', () => {
    expect(createStore('x', table, { lr: 'abc', steps: 5, nope: 1 }).get()).toEqual({ lr: 0.01, steps: 5 });
  });

  it('checks every set: invalid values are ignored with the reason, valid ones notify once', () => {
    const store = createStore('race', table);
    const seen = vi.fn();
    store.subscribe(seen);
    expect(store.set('lr', 20)).toBe('expected a number from 0.00001 to 10, got 20');
    expect(store.set('bogus', 1)).toBe('unknown parameter');
    expect(seen).not.toHaveBeenCalled();
    expect(store.set('lr', '0.5')).toBeNull();
    expect(store.set('lr', 0.5)).toBeNull(); // unchanged: no second notification
    expect(seen).toHaveBeenCalledTimes(1);
    expect(seen).toHaveBeenLastCalledWith({ lr: 0.5, steps: 100 });
  });

  it('setMany applies the good values in one change and returns the bad ones', () => {
    const store = createStore('race', table);
    const seen = vi.fn();
    store.subscribe(seen);
    expect(store.setMany({ lr: 1, steps: 0 })).toEqual([{ name: 'steps', raw: '0', reason: 'expected an integer from 1 to 1000, got 0' }]);
    expect(store.get()).toEqual({ lr: 1, steps: 100 });
    expect(seen).toHaveBeenCalledTimes(1);
  });

  it('reset returns to the initial values; unsubscribe stops notifications', () => {
    const store = createStore('race', table, { steps: 7 });
    const seen = vi.fn();
    const stop = store.subscribe(seen);
    store.set('steps', 8);
    store.reset();
    expect(store.get()).toEqual({ lr: 0.01, steps: 7 });
    stop();
    store.set('steps', 9);
    expect(seen).toHaveBeenCalledTimes(2);
  });
});

describe('URL state', () => {
  it('applies valid URL values once (URL wins over the chapter) and reports the rest', () => {
    const store = createStore('race', table, { steps: 7 });
    const ignored = applyQueryOnce(store, '?race.lr=abc&race.steps=9&other.steps=3');
    expect(store.get()).toEqual({ lr: 0.01, steps: 9 });
    expect(ignored.map((i) => describeIgnored('race', i))).toEqual([
      'Ignored race.lr=abc: expected a number from 0.00001 to 10, got "abc"',
    ]);
    store.set('steps', 10);
    expect(applyQueryOnce(store, '?race.steps=9')).toBe(ignored);
    expect(store.get().steps).toBe(10);
  });

  it('writes only changed values and keeps other widgets\' keys', () => {
    const store = createStore('race', table, { steps: 7 });
    expect(withWidgetQuery('?other.a=1&race.lr=5', store)).toBe('?other.a=1');
    store.set('lr', 0.3);
    expect(withWidgetQuery('?other.a=1&race.lr=5', store)).toBe('?other.a=1&race.lr=0.3');
    store.reset();
    expect(withWidgetQuery('', store)).toBe('');
    expect(defaults(table)).toEqual({ lr: 0.01, steps: 100 });
  });
});

describe('ignored-value reasons in Korean', () => {
  it('translates every reason params.check gives', async () => {
    const { reasonIn } = await import('../../src/lib/kitText');
    expect(reasonIn('ko', 'expected a number from 0.0001 to 1, got "abc"')).toBe('0.0001에서 1 사이의 숫자여야 합니다(받은 값: "abc")');
    expect(reasonIn('ko', 'unknown parameter')).toBe('알 수 없는 매개변수입니다');
    expect(reasonIn('ko', 'expected one of "a", "b", got "c"')).toBe('다음 중 하나여야 합니다: "a", "b"(받은 값: "c")');
    expect(reasonIn('en', 'unknown parameter')).toBe('unknown parameter');
  });
});
