/**
 * A page's query string as hostile input: every widget's real parameter table is fed arbitrary
 * keys and values (unicode, percent-encoding garbage, repeated keys, __proto__, 1e309, -0, ' 1',
 * '0x10'). Parsing never throws or pollutes a prototype, every accepted value is inside its
 * parameter's range or choices, every rejected one is named in `ignored`, and serializing valid
 * settings then parsing them gives the same settings back.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { check, defaults, parseQuery, serializeQuery, type ParamSpec, type ParamTable, type ParamValue } from '../../src/lib/params';
import { applyQueryOnce, describeIgnored, IGNORED_SHOWN, ignoredNotice, withWidgetQuery } from '../../src/lib/urlState';
import { clip } from '../../src/lib/paramReasons';
import { createStore } from '../../src/lib/widgetStore';
import { widgetTables } from '../../src/lib/widgets';

const prototypeNames = Object.getOwnPropertyNames(Object.prototype).sort().join();
afterEach(() => {
  expect(Object.getOwnPropertyNames(Object.prototype).sort().join()).toBe(prototypeNames);
  expect(({} as Record<string, unknown>).polluted).toBeUndefined();
});

const kinds = Object.keys(widgetTables);
const table = (kind: string): ParamTable => widgetTables[kind];

/** True when `value` is one `spec` allows (type, range, integer, choice, length). */
function inRange(spec: ParamSpec, value: ParamValue): boolean {
  switch (spec.kind) {
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) && value >= spec.min && value <= spec.max && !Object.is(value, -0);
    case 'int':
      return Number.isInteger(value) && (value as number) >= spec.min && (value as number) <= spec.max && !Object.is(value, -0);
    case 'choice':
      return spec.choices.some((c) => c.value === value);
    case 'boolean':
      return typeof value === 'boolean';
    case 'text':
      return typeof value === 'string' && value.length <= spec.maxLength;
  }
}

const nastyValues = fc.constantFrom(
  '1e309', '-1e309', '-0', '0', 'NaN', 'Infinity', ' 1', '1 ', '0x10', '0b1', '0o7', '1_000', '', ' ', '+', '.', '1e', '.5',
  '5.', '%', '%zz', '%E0%A4%A', '\uD800', '𝟙', '١', 'true', 'false', 'TRUE', 'null', 'undefined', '[object Object]',
  'constructor', '__proto__', '{"polluted":1}', '1'.repeat(400),
);
const nastyNames = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'polluted', '', '.', 'a.b');

/** A key with the widget's prefix and a real, hostile or random name, or a random key. */
const keyFor = (kind: string) =>
  fc.oneof(
    fc.constantFrom(...table(kind).map((p) => `${kind}.${p.name}`)),
    nastyNames.map((n) => `${kind}.${n}`),
    fc.string({ unit: 'grapheme', maxLength: 12 }).map((n) => `${kind}.${n}`),
    fc.string({ unit: 'binary', maxLength: 12 }),
    nastyNames,
  );
const value = fc.oneof(nastyValues, fc.string({ unit: 'grapheme', maxLength: 20 }), fc.double().map(String), fc.integer().map(String));
/** Raw text a link could carry, including broken percent escapes and bare separators. */
const rawQuery = fc.string({ unit: fc.constantFrom(...'%&=+.?#_a1E0x-'.split(''), '%2', '%ZZ', '%F0%9F', '\u00e9'), maxLength: 60 });

/** Every `<kind>.` entry of `params` is either accepted (with the value `values` holds) or named in `ignored`. */
function accountsFor(kind: string, params: URLSearchParams, result: ReturnType<typeof parseQuery>): boolean {
  // Plain comparisons, not expect(): this runs thousands of times.
  const spec = table(kind);
  const names = Object.keys(result.values);
  if (names.length !== spec.length || !spec.every((p) => Object.hasOwn(result.values, p.name) && inRange(p, result.values[p.name]))) {
    throw new Error(`values out of range or misnamed: ${JSON.stringify(result.values)}`);
  }
  const last = new Map<string, ParamValue>();
  for (const [key, raw] of params) {
    if (!key.startsWith(`${kind}.`)) continue;
    const name = key.slice(kind.length + 1);
    const found = spec.find((p) => p.name === name);
    const verdict = found ? check(found, raw) : null;
    if (verdict?.ok) last.set(name, verdict.value);
    else if (!result.ignored.some((item) => item.name === clip(name) && item.raw === clip(raw))) throw new Error(`${key}=${raw} rejected but not reported`);
  }
  for (const [name, v] of last) if (!Object.is(result.values[name], v)) throw new Error(`${name}: expected ${String(v)}`);
  return result.ignored.every((item) => describeIgnored(kind, item).includes(item.reason.en) && describeIgnored(kind, item, 'ko').includes(item.reason.ko));
}

describe('parseQuery on arbitrary query strings (fast-check)', () => {
  it('raw strings: never throws, all values in range, every rejected key reported', () => {
    fc.assert(
      fc.property(fc.constantFrom(...kinds), rawQuery, (kind, query) => {
        const params = new URLSearchParams(query);
        return accountsFor(kind, params, parseQuery(table(kind), kind, query));
      }),
      { numRuns: 2000, seed: 231 },
    );
  });

  it('arbitrary keys and values, repeated keys and __proto__ included', () => {
    const entries = fc.constantFrom(...kinds).chain((kind) =>
      fc.tuple(fc.constant(kind), fc.array(fc.tuple(keyFor(kind), value), { maxLength: 12 })),
    );
    fc.assert(
      fc.property(entries, ([kind, pairs]) => {
        const params = new URLSearchParams();
        for (const [k, v] of pairs) params.append(k, v);
        const text = params.toString();
        accountsFor(kind, new URLSearchParams(text), parseQuery(table(kind), kind, text));
        // The same string through a page's store: only valid values land, the rest are reported.
        const store = createStore(kind, table(kind));
        const ignored = applyQueryOnce(store, `?${text}`);
        const same = JSON.stringify(ignored) === JSON.stringify(parseQuery(table(kind), kind, text).ignored);
        return same && table(kind).every((p) => inRange(p, store.get()[p.name])) && Object.getPrototypeOf(store.get()) === Object.prototype;
      }),
      { numRuns: 2000, seed: 231 },
    );
  });
});

/** Any valid value of `spec`. */
function validValue(spec: ParamSpec): fc.Arbitrary<ParamValue> {
  switch (spec.kind) {
    case 'number':
      // Stored at the parameter's precision (check() settles float noise): keep the values it accepts as they are.
      return fc
        .double({ min: spec.min, max: spec.max, noNaN: true, noDefaultInfinity: true })
        .map((v) => check(spec, Object.is(v, -0) ? 0 : v))
        .filter((r) => r.ok)
        .map((r) => (r as { value: ParamValue }).value);
    case 'int': {
      // On the parameter's step grid: check() refuses anything else.
      const step = spec.step ?? 1;
      return fc.integer({ min: 0, max: Math.floor((spec.max - spec.min) / step) }).map((k) => spec.min + k * step);
    }
    case 'choice':
      return fc.constantFrom(...spec.choices.map((c) => c.value));
    case 'boolean':
      return fc.boolean();
    case 'text':
      // Binary strings include lone surrogates, which check() refuses: keep what it accepts.
      return fc.oneof(fc.string({ unit: 'grapheme', maxLength: spec.maxLength }), fc.string({ unit: 'binary', maxLength: spec.maxLength }))
        .filter((s) => check(spec, s).ok);
  }
}

const settings = fc.constantFrom(...kinds).chain((kind) =>
  fc.tuple(fc.constant(kind), fc.record(Object.fromEntries(table(kind).map((p) => [p.name, validValue(p)])))),
);

describe('serialize then parse gives the same settings (fast-check)', () => {
  it('serializeQuery → URLSearchParams text → parseQuery', () => {
    fc.assert(
      fc.property(settings, ([kind, values]) => {
        const text = new URLSearchParams(serializeQuery(table(kind), kind, values)).toString();
        const parsed = parseQuery(table(kind), kind, text);
        expect(parsed.values).toEqual({ ...defaults(table(kind)), ...values });
        expect(parsed.ignored).toEqual([]);
        return true;
      }),
      { numRuns: 1500, seed: 231 },
    );
  });

  it('a store written to the URL and read back by a fresh store on the next page load', () => {
    fc.assert(
      fc.property(settings, fc.constantFrom('', '?other.x=1', '?a=%zz&b'), ([kind, values], search) => {
        const store = createStore(kind, table(kind));
        expect(store.setMany(values)).toEqual([]);
        const next = createStore(kind, table(kind));
        expect(applyQueryOnce(next, withWidgetQuery(search, store))).toEqual([]);
        expect(next.get()).toEqual(store.get());
        return true;
      }),
      { numRuns: 1000, seed: 231 },
    );
  });
});

describe('the values the issue names', () => {
  const spec: ParamSpec = { kind: 'number', name: 'v', label: { en: 'v', ko: 'v' }, default: 1, min: -100, max: 100, step: 1 };
  it.each([
    ['1e309', false], ['-1e309', false], ['NaN', false], ['0x10', false], ['0b1', false], ['1_0', false], ['', false], ['Infinity', false], ['1e', false],
    [' 1', true], ['-0', true], ['1e1', true], ['.5', true], ['-5.', true],
  ])('%j accepted: %s', (raw, ok) => {
    const result = check(spec, raw);
    expect(result.ok).toBe(ok);
    if (result.ok) expect(Object.is(result.value, -0)).toBe(false);
  });
});

describe('whole query strings as a page receives them (fast-check)', () => {
  /** Any query text: real keys of every widget with hostile values, malformed escapes, stray separators. */
  const pageQuery = fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...kinds).chain(keyFor), value).map(([k, v]) => new URLSearchParams([[k, v]]).toString()),
        fc.tuple(fc.constantFrom(...kinds).chain(keyFor), rawQuery).map(([k, v]) => `${k}=${v}`),
        rawQuery,
      ),
      { maxLength: 12 },
    )
    .map((parts) => `?${parts.join('&')}`);

  it('every widget of every page: parsing never throws, every value stays valid, the notice stays short', () => {
    fc.assert(
      fc.property(pageQuery, (search) => {
        for (const kind of kinds) {
          const store = createStore(kind, table(kind));
          const ignored = applyQueryOnce(store, search);
          if (!table(kind).every((p) => inRange(p, store.get()[p.name]))) throw new Error(`${kind}: invalid value from ${search}`);
          const notice = ignoredNotice(kind, ignored, 'ko', '무시함', '…{n}개 더');
          if (notice.length > IGNORED_SHOWN + 1 || notice.some((line) => line.length > 400)) throw new Error('notice too long');
        }
        return true;
      }),
      { numRuns: 1500, seed: 231 },
    );
  });

  it('10,000 keys and a 1 MB value: parsed in one pass, the notice names five and counts the rest', () => {
    const keys = Array.from({ length: 10_000 }, (_, i) => `race.k${i}=${i}`).join('&');
    const search = `?${keys}&race.lrSgd=${'9'.repeat(1_000_000)}&race.formula=${'x'.repeat(1_000_000)}&%ZZ=%ED%A0%80`;
    const started = performance.now();
    const store = createStore('race', table('race'));
    const ignored = applyQueryOnce(store, search);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(ignored).toHaveLength(10_002);
    expect(store.get()).toEqual(defaults(table('race')));
    const notice = ignoredNotice('race', ignored, 'en', 'Ignored', '…and {n} more values this widget does not use.');
    expect(notice).toHaveLength(IGNORED_SHOWN + 1);
    expect(notice.at(-1)).toBe('…and 9997 more values this widget does not use.');
    expect(Math.max(...ignored.map((item) => item.raw.length + item.name.length))).toBeLessThan(90);
  });
});
