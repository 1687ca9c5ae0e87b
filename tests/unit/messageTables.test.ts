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
import { ui } from '../../src/lib/i18n';
import { kitText } from '../../src/lib/kitText';
import { formulaMessages } from '../../src/lib/formulaText';
import { formulaError, parseFormula, type FormulaProblem } from '../../src/lib/formula';
import { problemIn, type ProblemSource } from '../../src/lib/problems';
import { words as raceWords } from '../../src/lib/widgets/raceWords';
import { ensembleWords } from '../../src/islands/ensemble/ensembleWords';
import { experimentWords as dropoutExperimentWords } from '../../src/islands/dropout/experimentWords';
import { visualiserWords } from '../../src/islands/dropout/visualiserWords';
import { galleryWords } from '../../src/islands/augment/galleryWords';
import { augmentExperimentWords } from '../../src/islands/augment/experimentWords';
import { labWords } from '../../src/islands/transfer/words';
import { padWords } from '../../src/islands/transfer/padWords';
import { words as networkRaceWords } from '../../src/islands/NetworkRace';
import { words as featureProjectionWords } from '../../src/islands/FeatureProjection';
import { words as strategyTableWords } from '../../src/islands/StrategyTable';
import { words as loadStatusWords } from '../../src/islands/network/LoadStatus';
import { words as networkChartWords } from '../../src/islands/network/NetworkCharts';
import { words as standingsWords } from '../../src/islands/network/Standings';
import { words as layerLockWords } from '../../src/islands/transfer/LayerLocks';
import { words as trainingCurveWords } from '../../src/charts/trainingCurves';
import { text as trainingStandingText } from '../../src/charts/trainingStandings';
import { summaryText } from '../../src/charts/scheduleSummary';
import { words as raceTextWords } from '../../src/charts/raceText';
import { words as dropoutExperimentChartWords } from '../../src/charts/dropoutExperimentCharts';
import { axisText } from '../../src/charts/scheduleChart';
import { words as ensembleChartWords } from '../../src/charts/ensembleCharts';
import { words as transferChartWords } from '../../src/charts/transferCharts';
import { words as dropoutChartWords } from '../../src/charts/dropoutCharts';
import { words as augmentChartWords } from '../../src/charts/augmentCharts';

type Table = { en: Record<string, unknown>; ko: Record<string, unknown> };

/** Each table, by the file that holds it (the last test checks that no bilingual file is missing). */
const tables: Record<string, Table> = {
  'src/lib/i18n.ts': ui,
  'src/lib/kitText.ts': kitText,
  'src/lib/widgets/raceWords.ts': raceWords,
  'src/islands/ensemble/ensembleWords.ts': ensembleWords,
  'src/islands/dropout/experimentWords.ts': dropoutExperimentWords,
  'src/islands/dropout/visualiserWords.ts': visualiserWords,
  'src/islands/augment/galleryWords.ts': galleryWords,
  'src/islands/augment/experimentWords.ts': augmentExperimentWords,
  'src/islands/transfer/words.ts': labWords,
  'src/islands/transfer/padWords.ts': padWords,
  'src/islands/NetworkRace.tsx': networkRaceWords,
  'src/islands/FeatureProjection.tsx': featureProjectionWords,
  'src/islands/StrategyTable.tsx': strategyTableWords,
  'src/islands/network/LoadStatus.tsx': loadStatusWords,
  'src/islands/network/NetworkCharts.tsx': networkChartWords,
  'src/islands/network/Standings.tsx': standingsWords,
  'src/islands/transfer/LayerLocks.tsx': layerLockWords,
  'src/charts/trainingCurves.ts': trainingCurveWords,
  'src/charts/trainingStandings.ts': trainingStandingText,
  'src/charts/scheduleSummary.ts': summaryText,
  'src/charts/raceText.ts': raceTextWords,
  'src/charts/dropoutExperimentCharts.ts': dropoutExperimentChartWords,
  'src/charts/scheduleChart.ts': axisText,
  'src/charts/ensembleCharts.ts': ensembleChartWords,
  'src/charts/transferCharts.ts': transferChartWords,
  'src/charts/dropoutCharts.ts': dropoutChartWords,
  'src/charts/augmentCharts.ts': augmentChartWords,
} as unknown as Record<string, Table>;

/** Keys whose Korean may be the same as the English or have no Hangul: names, units, symbols. */
const SAME_IN_BOTH = new Set(['siteTitle', 'switchTo', 'langName']);
const NO_HANGUL_OK = /^[\s\dA-Za-z().,:;/%×·—–\-+=*^_'"“”‘’<>≈≤≥|[\]{}…$&#@!?~`√α-ωΑ-Ω̂²³⁻¹ⁿ₀-₉]*$/;

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
    if (ko === en && !NO_HANGUL_OK.test(en)) problems.push(`${path}: Korean is the English copied ("${ko}")`);
    else if (!/[가-힣]/.test(ko) && /[a-z]{3,}/.test(ko)) problems.push(`${path}: Korean has no Korean words ("${ko}")`);
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

describe('message tables', () => {
  it.each(Object.entries(tables))('%s: every English string has a real Korean one', (_, table) => {
    const problems: string[] = [];
    check('', table.en, table.ko, problems);
    expect(problems).toEqual([]);
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
  ['notFinite', { code: 'notFinite', x: -2, y: -2, share: 49 }, 0],
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
        return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
      });
    const bilingual = files('src')
      .filter((path) => /^\s*ko: \{/m.test(readFileSync(path, 'utf8')))
      .map((path) => relative('.', path));
    // formulaText.ts is walked by the formula tests, with a sample of every code.
    expect(bilingual.filter((path) => !(path in tables) && path !== 'src/lib/formulaText.ts')).toEqual([]);
  });
});
