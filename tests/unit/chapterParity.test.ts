/**
 * The Korean reader gets the same course as the English one: in every `## ` section of every
 * chapter, both languages have the same display formulas, code (blocks or runnable cells),
 * widgets, figures, tables, quiz questions, measured numbers and prose boxes (later additions,
 * common misconceptions). The heading outline itself is checked on the built site
 * (tests/e2e/site.e2e.ts); this test reads the MDX sources.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chapterCounts, parityDifferences, splitSections } from './support/chapterCounts';

const SLUGS = ['optimization', 'ensembles', 'regularization', 'transfer-learning'];
const source = (lang: string, slug: string) => readFileSync(new URL(`../../content/${lang}/${slug}.mdx`, import.meta.url), 'utf8');

describe('English and Korean chapters, section by section', () => {
  for (const slug of SLUGS) {
    it(`${slug}: the same formulas, code, widgets, figures, tables, questions, measurements and boxes`, () => {
      expect(parityDifferences(source('en', slug), source('ko', slug))).toEqual([]);
    });
  }
});

/** The chapter with the first match of `pattern` inside section `section` removed. */
function without(mdx: string, section: number, pattern: RegExp): string {
  const parts = splitSections(mdx);
  const target = parts[section];
  const match = [...target.body.matchAll(pattern)][0];
  if (!match) throw new Error(`nothing to remove in section ${section}`);
  const heading = `## ${target.heading}\n${target.body}`;
  // Replacer functions, so that the `$$` of a formula is not read as a replacement pattern.
  return mdx.replace(heading, () => `## ${target.heading}\n${target.body.replace(match[0], () => '')}`);
}

describe('the comparison catches a section that loses something in one language', () => {
  const en = source('en', 'optimization');
  const sgd = chapterCounts(en).findIndex((s) => s.formulas > 0 && s.code > 0);
  const quiz = chapterCounts(en).findIndex((s) => s.questions > 0);

  it('finds nothing between a chapter and itself', () => {
    expect(parityDifferences(en, en)).toEqual([]);
  });

  it('a display formula', () => {
    const lost = without(en, sgd, /\$\$[\s\S]*?\$\$/g);
    expect(parityDifferences(en, lost)).toEqual([expect.stringMatching(new RegExp(`^section ${sgd + 1} .*: formulas \\d+ in English, \\d+ in Korean$`))]);
  });

  it('a code block, fenced or a runnable cell', () => {
    expect(parityDifferences(en, without(en, sgd, /```[\s\S]*?```/g))).toEqual([expect.stringMatching(/: code \d+ in English, \d+ in Korean$/)]);
    const asCell = en.replace(/```python\n[\s\S]*?```/, () => '<LectureCell name="sgd" />');
    expect(parityDifferences(en, asCell)).toEqual([]);
  });

  it('a quiz question', () => {
    const lost = without(en, quiz, /<NumberQuestion[\s\S]*?<\/NumberQuestion>/g);
    expect(parityDifferences(en, lost)).toEqual([expect.stringMatching(/: questions \d+ in English, \d+ in Korean$/)]);
  });

  it('a quiz question replaced by a different one, or a different numeric answer', () => {
    const otherAnswer = en.replace('<NumberQuestion answer={0.01}', () => '<NumberQuestion answer={0.02}');
    expect(parityDifferences(en, otherAnswer)).toEqual([expect.stringMatching(/: quiz ".*number 0.01.*" in English, ".*number 0.02.*" in Korean$/)]);
    const otherCorrect = en.replace('<Choice>Because the learning rate is too small for the steep direction.</Choice>', () => '<Choice correct>x</Choice>').replace('<Choice correct>Because the gradient points mostly', () => '<Choice>Because the gradient points mostly');
    expect(parityDifferences(en, otherCorrect)).toEqual([expect.stringMatching(/: quiz "choice 4 \(2\. correct\).*" in English, "choice 4 \(1\. correct\).*" in Korean$/)]);
  });

  it('a widget, a table, a measured number or a whole section', () => {
    const reg = source('en', 'transfer-learning');
    const lab = chapterCounts(reg).findIndex((s) => (s.components.TransferLab ?? 0) > 0);
    expect(parityDifferences(reg, without(reg, lab, /<TransferLab[^>]*\/>/g))).toEqual([expect.stringMatching(/<TransferLab> 1 in English, 0 in Korean$/)]);
    expect(parityDifferences(reg, without(reg, lab, /<Measured [^>]*\/>/g))).toEqual([expect.stringMatching(/measured \d+ in English, \d+ in Korean$/)]);
    expect(parityDifferences(reg, without(reg, lab, /^\| --- .*$/gm)).join()).toMatch(/tables 1 in English, 0 in Korean/);
    expect(parityDifferences(reg, reg.replace(/\n## Transfer learning everywhere\n/, '\n'))).toEqual([expect.stringMatching(/sections in English/)]);
  });
});
