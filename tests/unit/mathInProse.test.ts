import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import katex from 'katex';
import type { Root } from 'hast';
import { MATH_NOWRAP, rehypeMathNowrap, rehypeMathSearchText } from '../../src/lib/markdown/mathInProse';

const inline = (tex: string) => katex.renderToString(tex, { output: 'htmlAndMathml' });
const tree = (html: string) => fromHtml(html, { fragment: true }) as Root;

describe('formulas in running text', () => {
  it('glues a comma or full stop to the inline formula before it, keeping the rest of the text outside', () => {
    const t = tree(`<p>with ${inline('x')}, then ${inline('y')}. And <em>${inline('z')}.</em> end</p>`);
    rehypeMathNowrap()(t);
    const html = toHtml(t);
    expect(html.match(new RegExp(`class="${MATH_NOWRAP}"`, 'g'))).toHaveLength(3);
    // The punctuation sits inside the glued span, the words after it outside.
    expect(html).toMatch(/<\/span>,<\/span> then /);
    expect(html).toMatch(/<\/span>\.<\/span> And /);
    expect(html).toMatch(/<\/span>\.<\/span><\/em> end/);
  });

  it('leaves a formula followed by a space or a word alone, and Korean full stops are glued too', () => {
    const t = tree(`<p>${inline('x')} and ${inline('y')}는 ${inline('z')}。</p>`);
    rehypeMathNowrap()(t);
    const html = toHtml(t);
    expect(html.match(new RegExp(`class="${MATH_NOWRAP}"`, 'g'))).toHaveLength(1);
    expect(html).toMatch(/<\/span>。<\/span><\/p>$/);
  });

  it('hides the MathML copy (with its LaTeX source) from the search index, not the drawn formula', () => {
    const t = tree(`<p>loss ${inline('\\nabla f(x)')}</p>`);
    rehypeMathSearchText()(t);
    const html = toHtml(t);
    expect(html).toMatch(/<span class="katex-mathml" data-pagefind-ignore="all">/);
    expect(html).not.toMatch(/class="katex-html"[^>]*data-pagefind-ignore/);
  });

  it('reaches formulas inside MDX components (a quiz’s explanation), for both steps', () => {
    const t = tree(`<p>${inline('x')}, and</p>`);
    // MDX keeps <Explain>…</Explain> in the tree as an mdxJsxFlowElement around the paragraph.
    const jsx = { type: 'mdxJsxFlowElement', name: 'Explain', attributes: [], children: t.children };
    const root = { type: 'root', children: [jsx] } as unknown as Root;
    rehypeMathNowrap()(root);
    rehypeMathSearchText()(root);
    const html = toHtml({ type: 'root', children: jsx.children } as Root);
    expect(html).toMatch(new RegExp(`class="${MATH_NOWRAP}"`));
    expect(html).toMatch(/<span class="katex-mathml" data-pagefind-ignore="all">/);
  });
});
