/**
 * Bold text in the chapters really renders as bold. CommonMark does not close `**` when the bold
 * text ends in punctuation and a letter follows straight away, which is how Korean attaches a
 * particle: `**엘라스틱 넷(elastic net)**은` shows its asterisks to the reader, while
 * `**엘라스틱 넷**(elastic net)은` is bold. Each prose line of every chapter is rendered with
 * micromark (the parser under Astro's MDX) and must not keep a literal `**`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { micromark } from 'micromark';
import { describe, expect, it } from 'vitest';

const root = new URL('../../content/', import.meta.url);

/** The prose lines of a chapter: no front matter, fenced code or display maths. */
function proseLines(mdx: string): { line: number; text: string }[] {
  const lines = mdx.split('\n');
  const out: { line: number; text: string }[] = [];
  let inFence = false;
  let inMath = false;
  let frontMatter = lines[0] === '---';
  lines.forEach((text, i) => {
    if (frontMatter) {
      if (i > 0 && text === '---') frontMatter = false;
      return;
    }
    if (text.trimStart().startsWith('```')) inFence = !inFence;
    else if (text.trim() === '$$') inMath = !inMath;
    else if (!inFence && !inMath && text.includes('**')) out.push({ line: i + 1, text });
  });
  return out;
}

/** Lines whose bold markers survive rendering as literal asterisks. */
function unclosedBold(mdx: string): string[] {
  return proseLines(mdx)
    .filter(({ text }) => micromark(text).includes('**'))
    .map(({ line, text }) => `${line}: ${text.slice(0, 80)}`);
}

describe('bold text in the chapters renders as bold', () => {
  for (const lang of ['en', 'ko']) {
    for (const file of readdirSync(new URL(`${lang}/`, root)).filter((f) => f.endsWith('.mdx'))) {
      it(`${lang}/${file}`, () => {
        expect(unclosedBold(readFileSync(new URL(`${lang}/${file}`, root), 'utf8'))).toEqual([]);
      });
    }
  }
  it('catches a bold phrase that ends in a bracket right before a particle', () => {
    expect(unclosedBold('**엘라스틱 넷(elastic net)**은 둘을 더합니다.')).toHaveLength(1);
    expect(unclosedBold('**엘라스틱 넷**(elastic net)은 둘을 더합니다.')).toEqual([]);
  });
});
