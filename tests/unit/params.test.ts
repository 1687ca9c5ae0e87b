import { describe, expect, it } from 'vitest';
import { check, checkProps, defaults, parseQuery, serializeQuery, type ParamTable } from '../../src/lib/params';

const table: ParamTable = [
  { kind: 'number', name: 'lr', label: { en: 'Learning rate', ko: '학습률' }, default: 0.01, min: 1e-5, max: 10, step: 1e-5, scale: 'log' },
  { kind: 'int', name: 'steps', label: { en: 'Steps', ko: '스텝' }, default: 100, min: 1, max: 1000 },
  {
    kind: 'choice', name: 'surface', label: { en: 'Surface', ko: '곡면' }, default: 'ravine',
    choices: [{ value: 'ravine', label: { en: 'Ravine', ko: '협곡' } }, { value: 'saddle', label: { en: 'Saddle', ko: '안장' } }],
  },
  { kind: 'boolean', name: 'noise', label: { en: 'Noise', ko: '잡음' }, default: false },
  { kind: 'text', name: 'note', label: { en: 'Note', ko: '메모' }, default: '', maxLength: 5 },
];

describe('check', () => {
  it('accepts in-range values from props and from URL strings', () => {
    expect(check(table[0], 0.5)).toEqual({ ok: true, value: 0.5 });
    expect(check(table[0], '1e-3')).toEqual({ ok: true, value: 0.001 });
    expect(check(table[1], '7')).toEqual({ ok: true, value: 7 });
    expect(check(table[3], 'true')).toEqual({ ok: true, value: true });
    expect(check(table[3], '0')).toEqual({ ok: true, value: false });
  });

  it('rejects garbage, out-of-range, non-integers and unknown choices with the allowed values', () => {
    expect(check(table[0], 'abc')).toEqual({ ok: false, reason: { en: 'expected a number from 1e-5 to 10, got "abc"', ko: '1e-5에서 10 사이의 숫자여야 합니다(받은 값: "abc")' } });
    expect(check(table[0], '')).toMatchObject({ ok: false });
    expect(check(table[0], 11)).toMatchObject({ ok: false });
    expect(check(table[0], 'Infinity')).toMatchObject({ ok: false });
    expect(check(table[1], 2.5)).toEqual({ ok: false, reason: { en: 'expected an integer from 1 to 1000, got 2.5', ko: '1에서 1000 사이의 정수여야 합니다(받은 값: 2.5)' } });
    expect(check(table[2], 'bowl')).toEqual({ ok: false, reason: { en: 'expected one of "ravine", "saddle", got "bowl"', ko: '"ravine", "saddle" 중 하나여야 합니다(받은 값: "bowl")' } });
    expect(check(table[3], 'yes')).toMatchObject({ ok: false });
    expect(check(table[4], 'toolong')).toMatchObject({ ok: false });
  });
});

describe('parseQuery', () => {
  it('reads only its own prefix, falls back to defaults and reports what it ignored', () => {
    const { values, ignored } = parseQuery(table, 'race', '?race.lr=abc&race.steps=5000&race.surface=saddle&race.bogus=1&other.lr=3');
    expect(values).toEqual({ ...defaults(table), surface: 'saddle' });
    expect(ignored).toEqual([
      { name: 'lr', raw: 'abc', reason: { en: 'expected a number from 1e-5 to 10, got "abc"', ko: '1e-5에서 10 사이의 숫자여야 합니다(받은 값: "abc")' } },
      { name: 'steps', raw: '5000', reason: { en: 'expected an integer from 1 to 1000, got "5000"', ko: '1에서 1000 사이의 정수여야 합니다(받은 값: "5000")' } },
      { name: 'bogus', raw: '1', reason: { en: 'unknown parameter', ko: '알 수 없는 매개변수입니다' } },
    ]);
  });

  it('round-trips serialize → parse for every kind', () => {
    const changed = { lr: 0.0003, steps: 42, surface: 'saddle', noise: true, note: 'a&b=c' };
    const query = new URLSearchParams(serializeQuery(table, 'race', changed)).toString();
    expect(parseQuery(table, 'race', query)).toEqual({ values: changed, given: changed, ignored: [] });
  });

  it('serializes only values that differ from the base (defaults unless given)', () => {
    expect(serializeQuery(table, 'race', defaults(table))).toEqual([]);
    expect(serializeQuery(table, 'race', { ...defaults(table), steps: 3 })).toEqual([['race.steps', '3']]);
    const base = { ...defaults(table), steps: 3 };
    expect(serializeQuery(table, 'race', base, base)).toEqual([]);
    expect(serializeQuery(table, 'race', defaults(table), base)).toEqual([['race.steps', '100']]);
  });
});

describe('checkProps', () => {
  const where = { file: 'content/en/optimization.mdx', widget: 'OptimizerRace' };

  it('returns defaults overridden by valid props, skipping id and client directives', () => {
    expect(checkProps(table, { id: 'race', 'client:visible': true, lr: 0.1 }, where)).toEqual({ ...defaults(table), lr: 0.1 });
  });

  it('names the file, the prop and the allowed props for an unknown prop', () => {
    expect(() => checkProps(table, { learningrate: 0.1 }, where)).toThrow(
      'content/en/optimization.mdx: <OptimizerRace> has no prop "learningrate". Allowed props: lr, steps, surface, noise, note.',
    );
  });

  it('names the file, the prop and the allowed values for a bad value', () => {
    expect(() => checkProps(table, { surface: 'bowl' }, where)).toThrow(
      /content\/en\/optimization\.mdx: <OptimizerRace surface=…> expected one of "ravine", "saddle", got "bowl"/,
    );
  });
});

describe('every widget table keeps to its own grid', () => {
  it('each integer parameter with a step has its min, max and default on the grid, so check() accepts them', async () => {
    const { widgetTables } = await import('../../src/lib/widgets');
    for (const [kind, specs] of Object.entries(widgetTables)) {
      for (const spec of specs) {
        if (spec.kind !== 'int') continue;
        const step = spec.step ?? 1;
        expect((spec.max - spec.min) % step, `${kind}.${spec.name} max`).toBe(0);
        expect(check(spec, spec.default), `${kind}.${spec.name} default`).toMatchObject({ ok: true });
      }
    }
  });

  it('refuses an off-grid integer from any source: a prop, a URL string, a drag result', () => {
    const steps: ParamTable[number] = { kind: 'int', name: 'steps', label: { en: 'Steps', ko: '스텝' }, default: 200, min: 50, max: 1000, step: 50 };
    expect(check(steps, 567)).toMatchObject({ ok: false, reason: { en: 'expected a multiple of 50 from 50 to 1000, got 567' } });
    expect(check(steps, '567')).toMatchObject({ ok: false });
    expect(check(steps, '550')).toEqual({ ok: true, value: 550 });
    expect(() => checkProps([steps], { steps: 567 }, { file: 'x.mdx', widget: 'W' })).toThrow(/multiple of 50/);
  });
});
