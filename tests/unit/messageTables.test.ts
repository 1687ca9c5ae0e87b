/**
 * The course's two dictionaries (src/lib/i18n/en and ko), walked key by key: the same namespaces
 * and keys in both, no empty string, Korean written in Korean (has Hangul) and not the English
 * copied over, unless the key is listed below as a proper noun, a unit or a symbol. Sentence-
 * building functions are called with sample arguments and their Korean output checked the same
 * way. tsc already refuses a Korean dictionary with a missing or extra key (it is typed
 * `Messages`); this test also catches an empty or untranslated string, and the last test
 * refuses a bilingual `{ en, ko }` pair written anywhere outside the dictionaries.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formulaMessages } from '../../src/lib/formulaText';
import { formulaError, parseFormula, type FormulaProblem } from '../../src/lib/formula';
import { en, ko } from '../../src/lib/i18n';
import { problemIn, type ProblemSource } from '../../src/lib/problems';
import { drawnDetails } from '../../src/islands/augment/drawnText';

/** Keys whose Korean may be the same as the English or have no Hangul: names, units, symbols. */
const SAME_IN_BOTH = new Set(['siteTitle', 'switchTo', 'switchToShort', 'langName']);
/** Proper nouns a Korean text writes as in English (optimizers, architectures, libraries). */
const PROPER_NOUNS = /\b(PyTorch|L-BFGS|BFGS|SGD|AdaGrad|RMSProp|Adam|Nesterov|MLP|CNN|EMA|MNIST|ImageNet|TensorFlow\.js|WebGL|WebGPU|WASM|JPEG|PNG|WebP)\b/g;
const NO_HANGUL_OK = /^[\s\d→←().,:;/%×·—–\-+=*^_'"“”‘’<>≈≤≥|[\]{}…$&#@!?~`√α-ωΑ-Ω̂²³⁻¹ⁿ₀-₉]*$/;

/** Sample arguments for a sentence-building function: numbers and short texts in turn. */
function samples(fn: (...args: unknown[]) => unknown): unknown[][] {
  const n = fn.length;
  return [Array.from({ length: n }, (_, i) => i + 2), Array.from({ length: n }, (_, i) => `v${i}`)];
}

/** Problems found comparing English `en` with Korean `ko` at `path`, pushed onto `problems`. */
function check(path: string, en: unknown, ko: unknown, problems: string[]) {
  if (typeof en === 'string') {
    if (en.trim() === '') problems.push(`${path}: English empty`);
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
      if (enOut === undefined) continue; // a switch over kinds the samples are not: the same
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
    const enKeys = Object.keys(en);
    for (const key of Object.keys(ko)) if (!enKeys.includes(key)) problems.push(`${path}.${key}: Korean only (no English)`);
    for (const [key, value] of Object.entries(en)) check(`${path}.${key}`, value, (ko as Record<string, unknown>)[key], problems);
    return;
  }
  problems.push(`${path}: neither a word, a sentence nor a namespace (${typeof en})`);
}

/** Every problem the walk finds between two dictionaries. */
export function dictionaryProblems(english: object, korean: object): string[] {
  const problems: string[] = [];
  check('dict', english, korean, problems);
  return problems;
}

describe('the dictionaries', () => {
  it.each(Object.keys(en))('%s: every English word has a real Korean one', (ns) => {
    expect(dictionaryProblems({ [ns]: en[ns as keyof typeof en] }, { [ns]: ko[ns as keyof typeof ko] })).toEqual([]);
  });

  it('both have the same namespaces', () => {
    expect(Object.keys(ko).sort()).toEqual(Object.keys(en).sort());
  });

  it('the walk refuses a missing, empty, copied or extra Korean word', () => {
    const english = { race: { title: 'Optimizer race', step: (n: number) => `Step ${n}` } };
    expect(dictionaryProblems(english, { race: { step: (n: number) => `스텝 ${n}` } })).toEqual(['dict.race.title: Korean missing or empty']);
    expect(dictionaryProblems(english, { race: { title: ' ', step: (n: number) => `스텝 ${n}` } })).toHaveLength(1);
    expect(dictionaryProblems(english, { race: { title: 'Optimizer race', step: (n: number) => `스텝 ${n}` } })).toHaveLength(1);
    expect(dictionaryProblems(english, { race: { title: '경주', step: (n: number) => `Step ${n}` } })).toHaveLength(2);
    expect(dictionaryProblems(english, { race: { title: '경주', step: (n: number) => `스텝 ${n}`, extra: '더' } })).toEqual([
      'dict.race.extra: Korean only (no English)',
    ]);
  });
});

describe('message tables', () => {
  it("the reader's surface is named in both languages", async () => {
    const { surfaceFromFormula } = await import('../../src/engines/formulaSurface');
    const made = surfaceFromFormula('x^2 + y^2');
    if (!made.ok) throw new Error(made.error?.message ?? made.problem?.kind);
    expect(dictionaryProblems({ label: made.surface.label.en }, { label: made.surface.label.ko })).toEqual([]);
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

/**
 * Where a `{ en, ko }` shape may still appear outside the dictionaries: built from the two
 * dictionaries (`en.x` / `ko.x`, `pair(...)`), never with text of its own.
 */
const PAIR_TYPE_ONLY: Record<string, string> = {
  'src/lib/params.ts': 'declares the { en, ko } Label type only',
  'src/islands/augment/drawnText.ts': 'declares the type of drawnNames, whose words come from the drawn namespace',
};

describe('no words outside the dictionaries', () => {
  it('no source file outside src/lib/i18n writes Korean text or an { en, ko } pair of its own', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx|astro)$/.test(name) ? [path] : [];
      });
    const offenders = files('src')
      .map((path) => relative('.', path).split('\\').join('/'))
      .filter((path) => !path.startsWith('src/lib/i18n/'))
      .flatMap((path) => {
        const source = readFileSync(path, 'utf8');
        const found: string[] = [];
        // A Korean literal anywhere (a comment may explain Korean grammar in English words only).
        for (const line of source.split('\n')) if (/[가-힣]/.test(line) && !/^\s*(\/\/|\*|\/\*\*)/.test(line)) found.push(`${path}: ${line.trim()}`);
        // A pair with its own text: `ko: '…'`, `ko: \`…\``, or a language ternary around literals.
        if (!(path in PAIR_TYPE_ONLY) && /\bko\s*:\s*['"`(]/.test(source)) found.push(`${path}: a { en, ko } pair with its own text`);
        if (/lang\s*===\s*'(ko|en)'\s*\?\s*['"`]/.test(source)) found.push(`${path}: a language ternary around literal text`);
        return found;
      });
    expect(offenders).toEqual([]);
  });
});
