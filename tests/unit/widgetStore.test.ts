import { beforeEach, describe, expect, it, vi } from 'vitest';
import { check, defaults, type ParamSpec, type ParamTable } from '../../src/lib/params';
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
    expect(store.set('lr', 20)).toEqual({ en: 'expected a number from 1e-5 to 10, got 20', ko: '1e-5에서 10 사이의 숫자여야 합니다(받은 값: 20)' });
    expect(store.set('bogus', 1)).toEqual({ en: 'unknown parameter', ko: '알 수 없는 매개변수입니다' });
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
    expect(store.setMany({ lr: 1, steps: 0 })).toEqual([
      { name: 'steps', raw: '0', reason: { en: 'expected an integer from 1 to 1000, got 0', ko: '1에서 1000 사이의 정수여야 합니다(받은 값: 0)' } },
    ]);
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
      'Ignored race.lr=abc: expected a number from 1e-5 to 10, got "abc"',
    ]);
    expect(ignored.map((i) => describeIgnored('race', i, 'ko', '무시함'))).toEqual([
      '무시함 race.lr=abc: 1e-5에서 10 사이의 숫자여야 합니다(받은 값: "abc")',
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
  it('every reason params.check gives exists in both languages, with no English in the Korean', () => {
    const choice: ParamSpec = { kind: 'choice', name: 'c', label: { en: 'c', ko: 'c' }, default: 'a', choices: [{ value: 'a', label: { en: 'a', ko: 'a' } }] };
    const text: ParamSpec = { kind: 'text', name: 't', label: { en: 't', ko: 't' }, default: '', maxLength: 3 };
    const flag: ParamSpec = { kind: 'boolean', name: 'b', label: { en: 'b', ko: 'b' }, default: true };
    const grid: ParamSpec = { kind: 'int', name: 'g', label: { en: 'g', ko: 'g' }, default: 50, min: 50, max: 1000, step: 50 };
    const reasons = [check(table[0], 'abc'), check(table[1], 2.5), check(choice, 'z'), check(text, 'abcd'), check(flag, 'maybe'), check(grid, 567)].map((r) => {
      if (r.ok) throw new Error('expected a refusal');
      return r.reason;
    });
    for (const reason of reasons) {
      expect(reason.en).toMatch(/^expected /);
      expect(reason.ko.replace(/"[^"]*"|true|false|e-?\d+/g, '')).not.toMatch(/[A-Za-z]{2,}/);
      expect(reason.ko).toMatch(/[가-힣]/);
    }
    expect(reasons[5]).toEqual({ en: 'expected a multiple of 50 from 50 to 1000, got 567', ko: '50에서 1000 사이의 50의 배수여야 합니다(받은 값: 567)' });
  });
});
