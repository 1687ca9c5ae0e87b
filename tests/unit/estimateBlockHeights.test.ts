import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import katex from 'katex';
import type { Element } from 'hast';
import rehypeEstimateBlockHeights, { blockEstimate, LAZY_BLOCK, textWidth } from '../../src/lib/markdown/estimateBlockHeights';

const fragment = (html: string) => fromHtml(html, { fragment: true });
const first = (html: string) => fragment(html).children.find((n) => n.type === 'element') as Element;

describe('block height estimates for lazily laid-out prose', () => {
  it('counts Latin letters once and Hangul twice', () => {
    expect(textWidth(fragment('<p>abcd</p>'))).toBe(4);
    expect(textWidth(fragment('<p>학습률</p>'))).toBe(6);
  });

  it('counts what a formula draws, not its hidden MathML copy', () => {
    const html = `<p>${katex.renderToString('x^2 + y^2', { output: 'htmlAndMathml' })}</p>`;
    const width = textWidth(fragment(html));
    expect(width).toBeGreaterThanOrEqual(5);
    expect(width).toBeLessThan(10);
  });

  it('gives paragraphs letters, lists items, code lines and display formulas rows', () => {
    expect(blockEstimate(first('<p>one two</p>'))).toEqual({ '--est-chars': 7, '--est-items': 0 });
    expect(blockEstimate(first('<ul><li>a</li><li>b</li><li>c</li></ul>'))).toMatchObject({ '--est-items': 3 });
    expect(blockEstimate(first('<pre><code>a\nb\nc\n</code></pre>'))).toEqual({ '--est-lines': 3 });
    const aligned = katex.renderToString('\\begin{aligned} a &= 1 \\\\ b &= 2 \\\\ c &= 3 \\end{aligned}', { displayMode: true });
    expect(blockEstimate(first(aligned))).toEqual({ '--est-rows': 3 });
    expect(blockEstimate(first('<h2>Title</h2>'))).toBeNull();
  });

  it('marks top-level blocks lazy with their estimate, keeping a style already there', () => {
    const tree = fragment('<p>hello</p><div><p>nested</p></div><pre style="color:red"><code>x</code></pre>');
    rehypeEstimateBlockHeights()(tree);
    const [p, div, pre] = tree.children.filter((n): n is Element => n.type === 'element');
    expect(p.properties.style).toBe('--est-chars:5;--est-items:0');
    expect(p.properties.className).toEqual([LAZY_BLOCK]);
    expect((div.children[0] as Element).properties.style).toBeUndefined();
    expect(pre.properties.style).toBe('color:red;--est-lines:1');
  });

  it("keeps Shiki's own class on a code block (the dark theme of code hangs on it)", () => {
    const tree = fragment('<pre><code>x</code></pre>');
    const pre = tree.children[0] as Element;
    // Shiki's hast output uses a plain `class` property, as Astro passes it to later rehype plugins.
    pre.properties = { class: 'astro-code github-light-high-contrast', style: 'color:#000' };
    rehypeEstimateBlockHeights()(tree);
    expect(pre.properties.className).toEqual(['astro-code', 'github-light-high-contrast', LAZY_BLOCK]);
    expect(pre.properties.class).toBeUndefined();
  });

  it('keeps a block with an inline control eager', () => {
    const tree = fragment('<p>drag <span>0.1</span></p><p>plain</p>');
    // MDX leaves <Param /> in the tree as an mdxJsxTextElement.
    (tree.children[0] as Element).children.push({ type: 'mdxJsxTextElement', name: 'Param', attributes: [], children: [] } as never);
    rehypeEstimateBlockHeights()(tree);
    const [withParam, plain] = tree.children as Element[];
    expect(withParam.properties.className).toBeUndefined();
    expect(plain.properties.className).toEqual([LAZY_BLOCK]);
  });
});
