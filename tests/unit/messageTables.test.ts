/**
 * Every message table of the course, walked key by key: each English string has a Korean one that
 * is not empty, is written in Korean (has Hangul) and is not the English copied over, unless the
 * key is listed below as a proper noun, a unit or a symbol. Sentence-building functions are called
 * with sample arguments and their Korean output checked the same way. A bilingual table added
 * to src/ without being listed here fails the last test.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formulaMessages } from '../../src/lib/formulaText';
import { formulaError, parseFormula, type FormulaProblem } from '../../src/lib/formula';
import { problemIn, type ProblemSource } from '../../src/lib/problems';
import { drawnDetails } from '../../src/islands/augment/drawnText';

/**
 * Every module of src/ with text in both languages, by file. Every `{ en, ko }` pair anywhere in
 * their exports (word tables, labels of parameters, surfaces, optimizers, photos) is checked.
 */
const modules: Record<string, () => Promise<Record<string, unknown>>> = {
  'src/lib/i18n.ts': () => import('../../src/lib/i18n'),
  'src/lib/kitText.ts': () => import('../../src/lib/kitText'),
  'src/lib/schedules.ts': () => import('../../src/lib/schedules'),
  'src/lib/paramReasons.ts': () => import('../../src/lib/paramReasons'),
  'src/lib/optimizerTable.ts': () => import('../../src/lib/optimizerTable'),
  'src/lib/widgets/augment.ts': () => import('../../src/lib/widgets/augment'),
  'src/lib/widgets/augmentExperiment.ts': () => import('../../src/lib/widgets/augmentExperiment'),
  'src/lib/widgets/drawingPad.ts': () => import('../../src/lib/widgets/drawingPad'),
  'src/lib/widgets/dropout.ts': () => import('../../src/lib/widgets/dropout'),
  'src/lib/widgets/dropoutExperiment.ts': () => import('../../src/lib/widgets/dropoutExperiment'),
  'src/lib/widgets/ensemble.ts': () => import('../../src/lib/widgets/ensemble'),
  'src/lib/widgets/featureProjection.ts': () => import('../../src/lib/widgets/featureProjection'),
  'src/lib/widgets/network.ts': () => import('../../src/lib/widgets/network'),
  'src/lib/widgets/race.ts': () => import('../../src/lib/widgets/race'),
  'src/lib/widgets/raceWords.ts': () => import('../../src/lib/widgets/raceWords'),
  'src/lib/widgets/schedule.ts': () => import('../../src/lib/widgets/schedule'),
  'src/lib/widgets/strategyTable.ts': () => import('../../src/lib/widgets/strategyTable'),
  'src/lib/widgets/transferLab.ts': () => import('../../src/lib/widgets/transferLab'),
  'src/engines/optimizers.ts': () => import('../../src/engines/optimizers'),
  'src/engines/surfaces.ts': () => import('../../src/engines/surfaces'),
  'src/islands/ensemble/ensembleWords.ts': () => import('../../src/islands/ensemble/ensembleWords'),
  'src/islands/ensemble/RescuedDigits.tsx': () => import('../../src/islands/ensemble/RescuedDigits'),
  'src/islands/dropout/experimentWords.ts': () => import('../../src/islands/dropout/experimentWords'),
  'src/islands/dropout/visualiserWords.ts': () => import('../../src/islands/dropout/visualiserWords'),
  'src/islands/augment/galleryWords.ts': () => import('../../src/islands/augment/galleryWords'),
  'src/islands/augment/experimentWords.ts': () => import('../../src/islands/augment/experimentWords'),
  'src/islands/augment/drawnText.ts': () => import('../../src/islands/augment/drawnText'),
  'src/islands/transfer/words.ts': () => import('../../src/islands/transfer/words'),
  'src/islands/transfer/padWords.ts': () => import('../../src/islands/transfer/padWords'),
  'src/islands/NetworkRace.tsx': () => import('../../src/islands/NetworkRace'),
  'src/islands/FeatureProjection.tsx': () => import('../../src/islands/FeatureProjection'),
  'src/islands/ScheduleExplorer.tsx': () => import('../../src/islands/ScheduleExplorer'),
  'src/islands/StrategyTable.tsx': () => import('../../src/islands/StrategyTable'),
  'src/islands/network/NetworkCharts.tsx': () => import('../../src/islands/network/NetworkCharts'),
  'src/islands/network/Standings.tsx': () => import('../../src/islands/network/Standings'),
  'src/islands/transfer/LayerLocks.tsx': () => import('../../src/islands/transfer/LayerLocks'),
  'src/charts/trainingCurves.ts': () => import('../../src/charts/trainingCurves'),
  'src/charts/trainingStandings.ts': () => import('../../src/charts/trainingStandings'),
  'src/charts/scheduleSummary.ts': () => import('../../src/charts/scheduleSummary'),
  'src/charts/raceText.ts': () => import('../../src/charts/raceText'),
  'src/charts/dropoutExperimentCharts.ts': () => import('../../src/charts/dropoutExperimentCharts'),
  'src/charts/scheduleChart.ts': () => import('../../src/charts/scheduleChart'),
  'src/charts/ensembleCharts.ts': () => import('../../src/charts/ensembleCharts'),
  'src/charts/transferCharts.ts': () => import('../../src/charts/transferCharts'),
  'src/charts/dropoutCharts.ts': () => import('../../src/charts/dropoutCharts'),
  'src/charts/augmentCharts.ts': () => import('../../src/charts/augmentCharts'),
};

type Table = { en: unknown; ko: unknown };

/** Files with `ko:` that are not walked, and why. */
const NOT_WALKED: Record<string, string> = {
  'src/lib/formulaText.ts': 'walked by the formula tests below, with a sample of every problem code',
  'src/pages/[lang]/index.astro': 'page prose, not a message table (an .astro page cannot be imported here)',
  'src/lib/params.ts': 'declares the { en, ko } Label type only',
  'src/lib/measurements/index.ts': "a private table of unit symbols only ('%', 'points' / '%p'), used by formatMeasured",
  'src/engines/formulaSurface.ts': "its one label is made inside surfaceFromFormula: checked by 'the reader's surface is named in both languages'",
};

/** Keys whose Korean may be the same as the English or have no Hangul: names, units, symbols. */
const SAME_IN_BOTH = new Set(['siteTitle', 'switchTo', 'langName']);
/** Proper nouns a Korean text writes as in English (optimizers, architectures, libraries). */
const PROPER_NOUNS = /\b(SGD|AdaGrad|RMSProp|Adam|Nesterov|MLP|CNN|EMA|MNIST|ImageNet|TensorFlow\.js|WebGL|WebGPU|WASM|JPEG|PNG|WebP)\b/g;
const NO_HANGUL_OK = /^[\s\d→←().,:;/%×·—–\-+=*^_'"“”‘’<>≈≤≥|[\]{}…$&#@!?~`√α-ωΑ-Ω̂²³⁻¹ⁿ₀-₉]*$/;

/** Sample arguments for a sentence-building function: numbers and short texts in turn. */
function samples(fn: (...args: unknown[]) => unknown): unknown[][] {
  const n = fn.length;
  return [Array.from({ length: n }, (_, i) => i + 2), Array.from({ length: n }, (_, i) => `v${i}`)];
}

/** Problems found in one table: [path, reason]. */
function check(path: string, en: unknown, ko: unknown, problems: string[]) {
  if (typeof en === 'string') {
    if (typeof ko !== 'string' || ko.trim() === '') return problems.push(`${path}: Korean missing or empty`);
    const key = path.split('.').pop()!;
    if (SAME_IN_BOTH.has(key)) return;
    const words = ko.replace(PROPER_NOUNS, '');
    if (ko === en && !NO_HANGUL_OK.test(words)) problems.push(`${path}: Korean is the English copied ("${ko}")`);
    else if (!/[가-힣]/.test(ko) && /[a-z]{3,}/.test(words)) problems.push(`${path}: Korean has no Korean words ("${ko}")`);
    return;
  }
  if (typeof en === 'function') {
    if (typeof ko !== 'function') return problems.push(`${path}: Korean missing (a function in English)`);
    for (const args of samples(en as (...a: unknown[]) => unknown)) {
      let enOut: unknown;
      try {
        enOut = (en as (...a: unknown[]) => unknown)(...args);
      } catch {
        continue; // needs arguments of another shape; its output is covered where the widget tests call it
      }
      let koOut: unknown;
      try {
        koOut = (ko as (...a: unknown[]) => unknown)(...args);
      } catch (error) {
        problems.push(`${path}: Korean throws where English does not (${String(error)})`);
        continue;
      }
      check(`${path}(${args.join(', ')})`, enOut, koOut, problems);
    }
    return;
  }
  if (en && typeof en === 'object') {
    if (!ko || typeof ko !== 'object') return problems.push(`${path}: Korean missing`);
    for (const [key, value] of Object.entries(en)) check(`${path}.${key}`, value, (ko as Record<string, unknown>)[key], problems);
  }
}

/** Checks every `{ en, ko }` pair found anywhere inside `value` (plain objects and arrays only). */
function walk(path: string, value: unknown, problems: string[], seen: Set<object>) {
  if (!value || typeof value !== 'object' || seen.has(value)) return;
  if (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype) return;
  seen.add(value);
  if ('en' in value && 'ko' in value) check(path, (value as Table).en, (value as Table).ko, problems);
  for (const [key, child] of Object.entries(value)) if (key !== 'en' && key !== 'ko') walk(`${path}.${key}`, child, problems, seen);
}

describe('message tables', () => {
  it.each(Object.keys(modules))('%s: every English string has a real Korean one', async (file) => {
    const problems: string[] = [];
    const seen = new Set<object>();
    for (const [name, value] of Object.entries(await modules[file]())) walk(name, value, problems, seen);
    // The module must really export a pair, or listing it here proves nothing.
    expect([...seen].some((o) => 'en' in o && 'ko' in o), `${file} exports no { en, ko } pair`).toBe(true);
    expect(problems).toEqual([]);
  });

  it("the reader's surface is named in both languages", async () => {
    const { surfaceFromFormula } = await import('../../src/engines/formulaSurface');
    const made = surfaceFromFormula('x^2 + y^2');
    if (!made.ok) throw new Error(made.error?.message ?? made.problem?.kind);
    const problems: string[] = [];
    walk('surface', { label: made.surface.label }, problems, new Set());
    expect(problems).toEqual([]);
    expect(made.surface.label.ko).toMatch(/[가-힣]/);
  });

  it('every kind of parameter is refused and prompted for in Korean', async () => {
    const { enterPrompt, refusal } = await import('../../src/lib/paramReasons');
    const specs = [
      { kind: 'number', name: 'lr', label: { en: 'Rate', ko: '학습률' }, default: 0.1, min: 1e-4, max: 1e9 },
      { kind: 'int', name: 'steps', label: { en: 'Steps', ko: '스텝' }, default: 100, min: 50, max: 1000, step: 50 },
      { kind: 'int', name: 'seed', label: { en: 'Seed', ko: '시드' }, default: 1, min: 1, max: 99 },
      { kind: 'choice', name: 'surface', label: { en: 'Surface', ko: '곡면' }, default: 'ravine', choices: [{ value: 'ravine', label: { en: 'Ravine', ko: '협곡' } }] },
      { kind: 'boolean', name: 'on', label: { en: 'On', ko: '켬' }, default: true },
      { kind: 'text', name: 'formula', label: { en: 'Formula', ko: '식' }, default: 'x', maxLength: 300 },
    ] as const;
    for (const spec of specs) {
      for (const said of [refusal(spec as never, 'zzz'), enterPrompt(spec as never)]) {
        expect(said.ko, `${spec.kind}: ${said.ko}`).toMatch(/[가-힣]/);
        // Allowed: what the reader typed, the choice values, and true/false (the URL's own words).
        const words = (said.ko.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !['zzz', 'ravine', 'true', 'false'].includes(w));
        expect(words, `${spec.kind}: ${said.ko}`).toEqual([]);
      }
    }
  });

  it('a drawn augmentation is described in Korean on a Korean page', () => {
    const ko = drawnDetails({ flip: true, cropScale: 0.5, rotate: 3 }, 'ko');
    expect(ko).toMatch(/[가-힣]/);
    expect(ko.match(/[A-Za-z]{2,}/g) ?? []).toEqual([]);
  });

  it('every problem source has its sentence in both languages', () => {
    for (const source of ['tf', 'engine', 'run', 'switch', 'pretrained', 'data'] satisfies ProblemSource[]) {
      const en = problemIn('en', source, 'TypeError: x is undefined');
      const ko = problemIn('ko', source, 'TypeError: x is undefined');
      expect(ko.what).toMatch(/[가-힣]/);
      expect(ko.what).not.toContain('TypeError');
      expect(ko.detail).toBe(en.detail);
    }
  });
});

/** One example of every formula problem, the way the parser and the compiler report them. */
const formulaSamples: [string, FormulaProblem, number][] = [
  ['tooLong', { code: 'tooLong', length: 301, limit: 300 }, 300],
  ['badCharacter', { code: 'badCharacter', char: '$' }, 2],
  ['unclosed (', { code: 'unclosed', opener: '(', openColumn: 1, found: { end: true } }, 6],
  ['unclosed sin(', { code: 'unclosed', opener: 'sin(', openColumn: 1, found: { end: false, text: ',' } }, 6],
  ['tooDeep', { code: 'tooDeep', limit: 64 }, 65],
  ['missingOperator', { code: 'missingOperator', found: { end: false, text: 'x' } }, 1],
  ['unknownName', { code: 'unknownName', name: 'foo' }, 0],
  ['unexpected end', { code: 'unexpected', found: { end: true } }, 3],
  ['unexpected token', { code: 'unexpected', found: { end: false, text: '*' } }, 6],
  ['needsParentheses', { code: 'needsParentheses', name: 'sin' }, 4],
  ['arity', { code: 'arity', name: 'min', arity: 2, got: 1 }, 0],
  ['unreadable', { code: 'unreadable', detail: 'RangeError' }, 0],
  ['notCompiled', { code: 'notCompiled', detail: 'TypeError' }, 0],
];
const FORMULA_WORDS = new Set(['x', 'y', 'pi', 'e', 'sin', 'cos', 'tan', 'tanh', 'exp', 'log', 'sqrt', 'abs', 'min', 'max', 'foo']);

describe('formula messages', () => {
  it('cover every problem code in both languages', () => {
    const codes = new Set(formulaSamples.map(([, p]) => p.code));
    for (const lang of ['en', 'ko'] as const) expect(new Set(Object.keys(formulaMessages[lang]))).toEqual(codes);
  });

  it.each(formulaSamples)('%s: the Korean sentence has no English words, only formula names', (_, problem, index) => {
    const ko = formulaError(problem, index);
    const said = formulaMessages.ko[problem.code](problem as never, index + 1);
    expect(said).toMatch(/[가-힣]/);
    expect((said.match(/[A-Za-z_]+/g) ?? []).filter((w) => !FORMULA_WORDS.has(w))).toEqual([]);
    expect(ko.message, 'the English message comes from the same table').toBe(formulaMessages.en[problem.code](problem as never, index + 1));
  });

  it('the parser reports the code and the 0-based place of a problem', () => {
    expect(parseFormula('x^2 + * y')).toMatchObject({ ok: false, error: { code: 'unexpected', index: 6, found: { end: false, text: '*' } } });
    expect(parseFormula('(x')).toMatchObject({ ok: false, error: { code: 'unclosed', opener: '(', openColumn: 1 } });
  });
});

describe('no bilingual table is left out', () => {
  it('every source file with an en/ko table is walked above', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|astro)$/.test(name) ? [path] : [];
      });
    const bilingual = files('src')
      .filter((path) => /\bko\s*:/.test(readFileSync(path, 'utf8')))
      .map((path) => relative('.', path));
    expect(bilingual.filter((path) => !(path in modules) && !(path in NOT_WALKED))).toEqual([]);
  });
});
