/**
 * No visible glyph depends on an emoji font: symbols such as ⏭ (U+23ED) or 🔒 (U+1F512) render as
 * empty boxes on a stock Linux install, whose fonts (DejaVu, Noto CJK) lack them. Buttons and
 * states draw them as inline SVG (src/islands/kit/Icon.tsx) instead. Comments may use any
 * character (the state diagrams do); the code, the markup and the chapters may not.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '../..');

/** Characters that only an emoji or symbol font has: Miscellaneous Technical, emoji planes, the emoji variation selector. */
const EMOJI_ONLY = /[\u2300-\u23ff\u{1f000}-\u{1faff}\ufe0f]/u;

function files(dir: string, ext: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) return files(full, ext);
    return ext.test(name) ? [full] : [];
  });
}

/** The source of a .ts/.tsx file without its comments (the TypeScript scanner skips them). */
function withoutComments(path: string): string {
  const source = readFileSync(path, 'utf8');
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, true, ts.LanguageVariant.JSX, source);
  let out = '';
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) out += `${scanner.getTokenText()} `;
  return out;
}

describe('glyphs', () => {
  it('no visible text in the code, the markup or the chapters needs an emoji font', () => {
    const found: string[] = [];
    for (const path of files(join(root, 'src'), /\.(tsx?|astro|css)$/)) {
      const text = /\.tsx?$/.test(path) ? withoutComments(path) : readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->|\/\*[\s\S]*?\*\//g, '');
      const hit = EMOJI_ONLY.exec(text);
      if (hit) found.push(`${relative(root, path)}: ${hit[0]} (U+${hit[0].codePointAt(0)!.toString(16).toUpperCase()})`);
    }
    for (const path of files(join(root, 'content'), /\.mdx$/)) {
      const hit = EMOJI_ONLY.exec(readFileSync(path, 'utf8'));
      if (hit) found.push(`${relative(root, path)}: ${hit[0]}`);
    }
    expect(found).toEqual([]);
  });
});
