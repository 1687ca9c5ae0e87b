/**
 * A rehype plugin that marks each top-level prose block `.lazy-block` (global.css gives it
 * `content-visibility: auto`) and writes how much text it holds, so the stylesheet can estimate
 * the height of a block the browser has not laid out yet (`contain-intrinsic-block-size`). Good
 * estimates keep the scrollbar honest and linked headings close to where they end up.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';

/** Top-level blocks that may be laid out lazily (the stylesheet keys on the class this plugin adds). */
export const DEFERRED_TAGS = new Set(['p', 'ul', 'ol', 'pre', 'blockquote', 'table']);

/** Wide glyphs (Hangul, CJK) take about twice the width of a Latin letter. */
const WIDE = /[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af\uff00-\uffef]/gu;

/**
 * A node's classes. Shiki writes its `<pre>` with a plain `class` property (not hast's
 * `className`); both are read, or writing `className` would silently drop `astro-code`, the
 * class the dark theme of code blocks hangs on.
 */
function classes(node: Element): string[] {
  const found: string[] = [];
  for (const value of [node.properties?.className, node.properties?.class] as unknown[]) {
    if (Array.isArray(value)) found.push(...value.map(String));
    else if (typeof value === 'string') found.push(...value.split(' ').filter(Boolean));
  }
  return found;
}

/** Width of the visible text under a node, in Latin-letter units (MathML copies of formulas skipped). */
export function textWidth(node: Element | ElementContent | Root): number {
  if (node.type === 'text') return node.value.length + (node.value.match(WIDE)?.length ?? 0);
  if (node.type === 'element' && classes(node).includes('katex-mathml')) return 0;
  if (node.type !== 'element' && node.type !== 'root') return 0;
  return node.children.reduce((sum, child) => sum + textWidth(child as ElementContent), 0);
}

function count(node: Element, tagName: string): number {
  let n = 0;
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === tagName) n++;
    n += count(child, tagName);
  }
  return n;
}

function textOf(node: Element | ElementContent): string {
  if (node.type === 'text') return node.value;
  return node.type === 'element' ? node.children.map(textOf).join('') : '';
}

/** The custom properties that describe one block's size, or null for a block that is not deferred. */
export function blockEstimate(node: Element): Record<string, number> | null {
  if (classes(node).includes('katex-display')) return { '--est-rows': Math.max(1, count(node, 'mtr')) };
  if (!DEFERRED_TAGS.has(node.tagName)) return null;
  if (node.tagName === 'pre') return { '--est-lines': textOf(node).replace(/\n$/, '').split('\n').length };
  if (node.tagName === 'table') return { '--est-rows': count(node, 'tr') };
  return { '--est-chars': textWidth(node), '--est-items': count(node, 'li') };
}

/** Class of a block the browser may lay out lazily (global.css gives it `content-visibility: auto`). */
export const LAZY_BLOCK = 'lazy-block';

type Block = RootContent | { type: 'mdxJsxFlowElement' | 'mdxJsxTextElement'; children?: unknown[] };

/** True when a block holds an inline component (a parameter the reader can drag). */
function holdsComponent(node: { type: string; children?: unknown[] }): boolean {
  if (node.type === 'mdxJsxTextElement') return true;
  return (node.children ?? []).some((child) => holdsComponent(child as { type: string; children?: unknown[] }));
}

/**
 * rehype plugin: marks the top-level blocks that may be laid out lazily (class lazy-block) and
 * writes each one's size estimate as inline custom properties. A block with a control inside (an
 * inline parameter the reader drags) stays eager, so it never moves under the pointer.
 */
export default function rehypeEstimateBlockHeights() {
  return (tree: Root) => {
    for (const node of tree.children as Block[]) {
      if (node.type !== 'element') continue;
      const estimate = blockEstimate(node);
      if (!estimate || holdsComponent(node)) continue;
      node.properties.className = [...classes(node), LAZY_BLOCK];
      delete node.properties.class;
      const own = typeof node.properties.style === 'string' ? `${node.properties.style.replace(/;?\s*$/, '')};` : '';
      node.properties.style = own + Object.entries(estimate).map(([name, value]) => `${name}:${value}`).join(';');
    }
  };
}
