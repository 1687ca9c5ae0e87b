/**
 * The measured numbers the chapters print (src/lib/measurements/*.json, shown by <Measured>):
 * each entry's settings are its widget's parameter-table defaults except the few it names as
 * varied; every <Measured> in the chapters resolves, both languages quote the same ones; and no
 * measured-looking percentage is typed into the prose by hand. The engine recomputes the values
 * in tests/unit/claims-measured.test.ts (and claims-augment, claims-dropout).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatMeasured, measurement, measurements, summarize } from '../../src/lib/measurements';
import { check, defaults } from '../../src/lib/params';
import { tableFor } from '../../src/lib/widgets';

const chapters = (lang: string) => {
  const dir = new URL(`../../content/${lang}/`, import.meta.url);
  return readdirSync(dir).map((name) => ({ file: `content/${lang}/${name}`, text: readFileSync(new URL(name, dir), 'utf8') }));
};

/** Every <Measured … /> tag of a chapter, as its attribute string in a fixed order. */
const tagsOf = (text: string) =>
  [...text.matchAll(/<Measured\s([^>]*?)\/>/g)].map((m) => {
    const attrs = Object.fromEntries([...m[1].matchAll(/(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]]));
    return attrs as { id: string; metric: string; minus?: string; show?: string };
  });

describe('measurement entries', () => {
  it('have unique ids, three or more seeds (or none, deterministic), one finite value per seed, and the command that wrote them', () => {
    expect(new Set(measurements.map((m) => m.id)).size).toBe(measurements.length);
    for (const m of measurements) {
      if (m.seeds.length > 0) expect(new Set(m.seeds).size, m.id).toBeGreaterThanOrEqual(3);
      for (const name of Object.keys(m.formats ?? {})) expect(m.metrics, `${m.id}: format for a metric it has`).toHaveProperty(name);
      for (const [name, values] of Object.entries(m.metrics)) {
        expect(values, `${m.id} ${name}`).toHaveLength(Math.max(1, m.seeds.length));
        for (const v of values) expect(Number.isFinite(v), `${m.id} ${name}`).toBe(true);
      }
      expect(m.command).toMatch(/^npx vitest run --config tests\/measure\/vitest\.config\.ts \w+$/);
    }
  });

  it("use the widget's parameter-table defaults, except the settings each names as varied", () => {
    for (const m of measurements) {
      const table = tableFor(m.widget);
      const base = defaults(table);
      // Every parameter but the seed (the entry's seeds replace it), and nothing else.
      expect(Object.keys(m.settings).sort(), m.id).toEqual(table.map((p) => p.name).filter((n) => n !== 'seed').sort());
      for (const spec of table) {
        if (spec.name === 'seed') continue;
        const value = m.settings[spec.name];
        if (m.varied.includes(spec.name)) {
          expect(value, `${m.id}: ${spec.name} is varied, so it differs from the default`).not.toEqual(base[spec.name]);
          expect(check(spec, value).ok, `${m.id}: ${spec.name} = ${value} is a value the widget accepts`).toBe(true);
        } else {
          expect(value, `${m.id}: ${spec.name}`).toEqual(base[spec.name]);
        }
      }
    }
  });
});

describe('formatting', () => {
  it('prints mean ± sample sd, ranges, one seed and differences in points, per language', () => {
    expect(summarize([0.8, 0.84, 0.82])).toMatchObject({ min: 0.8, max: 0.84 });
    expect(summarize([0.8, 0.84, 0.82]).mean).toBeCloseTo(0.82, 12);
    expect(summarize([0.8, 0.84, 0.82]).sd).toBeCloseTo(0.02, 12);
    const [m] = measurements;
    const [metric] = Object.keys(m.metrics);
    const v = m.metrics[metric];
    const s = summarize(v);
    // No-break spaces keep a number and its unit on one line.
    expect(formatMeasured(m.id, metric, 'en')).toBe(`${(100 * s.mean).toFixed(1)}\u00a0±\u00a0${(100 * s.sd).toFixed(1)}\u00a0%`);
    expect(formatMeasured(m.id, metric, 'en', { show: 'range' })).toBe(`${(100 * s.min).toFixed(1)}–${(100 * s.max).toFixed(1)}\u00a0%`);
    expect(formatMeasured(m.id, metric, 'ko', { show: { seed: m.seeds[0] } })).toBe(`${(100 * v[0]).toFixed(1)}\u00a0%`);
    expect(formatMeasured(m.id, metric, 'en', { minus: metric, show: 'mean' })).toBe('0.0\u00a0points');
    expect(formatMeasured(m.id, metric, 'ko', { minus: metric, show: 'mean' })).toBe('0.0%p');
    expect(formatMeasured('dropout.defaults', 'weightDecayHeldOut', 'en', { minus: 'plainHeldOut', show: 'range' })).toMatch(/^−\d\.\d\u00a0to\u00a0\d\.\d\u00a0points$/);
    expect(formatMeasured('dropout.defaults', 'weightDecayHeldOut', 'ko', { minus: 'plainHeldOut', show: 'range' })).toMatch(/^−\d\.\d\u00a0~\u00a0\d\.\d%p$/);
    expect(() => formatMeasured('no.such.entry', metric, 'en')).toThrow(/Unknown measurement "no.such.entry"/);
    expect(() => formatMeasured(m.id, 'noSuchMetric', 'en')).toThrow(/has no metric "noSuchMetric"/);
    expect(() => formatMeasured(m.id, metric, 'en', { show: { seed: 777 } })).toThrow(/no seed 777/);
  });

  it('prints counts grouped and other numbers with their digits, without a percent sign; a deterministic entry only its value', () => {
    const lab = measurement('lab.kappaTenfold');
    expect(lab.seeds).toEqual([]);
    expect(formatMeasured('lab.kappaTenfold', 'gdSteps', 'en')).toBe(lab.metrics.gdSteps[0].toLocaleString('en-US'));
    expect(formatMeasured('lab.kappaTenfold', 'gdSteps', 'ko')).toMatch(/^\d,\d{3}$/);
    expect(formatMeasured('lab.defaults', 'optimumRate', 'en')).toBe(measurement('lab.defaults').metrics.optimumRate[0].toFixed(2));
    expect(() => formatMeasured('lab.defaults', 'gdSteps', 'en', { show: 'range' })).toThrow(/deterministic/);
    const race = measurement('race.noisySecondOrder');
    const ratios = race.metrics.lbfgsOverMomentum;
    expect(formatMeasured(race.id, 'lbfgsOverMomentum', 'ko', { show: 'range' })).toBe(`${Math.min(...ratios).toFixed(1)}–${Math.max(...ratios).toFixed(1)}`);
  });
});

describe('the chapters quote measurements, not typed-in numbers', () => {
  it('every <Measured> resolves, and English and Korean quote the same ones', () => {
    const en = chapters('en');
    for (const { file, text } of [...en, ...chapters('ko')]) {
      for (const tag of tagsOf(text)) {
        const show = tag.show?.startsWith('seed:') ? { seed: Number(tag.show.slice(5)) } : (tag.show as 'range' | 'mean' | undefined);
        expect(() => formatMeasured(tag.id, tag.metric, 'en', { minus: tag.minus, show }), `${file}: ${JSON.stringify(tag)}`).not.toThrow();
      }
    }
    for (const { file, text } of en) {
      const ko = readFileSync(new URL(`../../${file.replace('/en/', '/ko/')}`, import.meta.url), 'utf8');
      const key = (t: ReturnType<typeof tagsOf>[number]) => JSON.stringify([t.id, t.metric, t.minus ?? '', t.show ?? ''].join(' '));
      expect(tagsOf(ko).map(key).sort(), file).toEqual(tagsOf(text).map(key).sort());
    }
    expect(measurement('augment.defaults').widget).toBe('augmentExperiment');
  });

  it('no percentage or point difference is typed into the prose except the few that are not measurements', () => {
    // Not measured by this course: the lecture's rule of thumb, a definition, a limit, and chance level.
    const allowed: Record<string, string[]> = {
      'content/en/ensembles.mdx': ['2%'],
      'content/en/regularization.mdx': ['100%', '20%'],
      'content/en/transfer-learning.mdx': ['10 %'],
      'content/ko/ensembles.mdx': ['2%'],
      'content/ko/regularization.mdx': ['20%'],
      'content/ko/transfer-learning.mdx': ['10%'],
    };
    const found: string[] = [];
    for (const { file, text } of [...chapters('en'), ...chapters('ko')]) {
      // Prose only: no frontmatter, imports, math or tags (a <Measured> prints its number at build time).
      const prose = text
        .replace(/^---[\s\S]*?---/, '')
        .replace(/\$\$[\s\S]*?\$\$|\$[^$\n]*\$/g, ' ')
        .replace(/<[^>]*>/g, ' ');
      for (const m of prose.matchAll(/\d+(?:\.\d+)?(?:\s?(?:–|-|to)\s?\d+(?:\.\d+)?)?\s?(?:%p|%|points?|포인트)/g)) {
        if (!(allowed[file] ?? []).includes(m[0])) found.push(`${file}: "${m[0]}"`);
      }
    }
    expect(found).toEqual([]);
  });

  it('a sentence that quotes counts, rates or ratios has no other number typed into its prose', () => {
    // Words, not measurements: "one millionth", "ten times" κ, "second-order".
    const allowed: Record<string, string[]> = { 'content/ko/optimization.mdx': ['분의 1로', '10배', '2차'] };
    const formatted = new Set(measurements.filter((m) => m.formats).map((m) => m.id));
    const found: string[] = [];
    for (const { file, text } of [...chapters('en'), ...chapters('ko')]) {
      for (const line of text.split('\n')) {
        if (!tagsOf(line).some((t) => formatted.has(t.id))) continue;
        let prose = line.replace(/\$[^$\n]*\$/g, ' ').replace(/<[^>]*>/g, ' ');
        for (const words of allowed[file] ?? []) prose = prose.split(words).join(' ');
        for (const m of prose.matchAll(/\S*\d\S*/g)) found.push(`${file}: "${m[0]}"`);
      }
    }
    expect(found).toEqual([]);
  });
});
