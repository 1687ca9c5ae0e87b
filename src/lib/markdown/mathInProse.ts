/**
 * Two rehype steps for formulas in running text, run after KaTeX:
 * - `rehypeMathNowrap`: a comma or full stop right after inline math is glued to it, so the
 *   browser never breaks the line between a formula and its punctuation (a lone "," at the start
 *   of a line). The formula and the punctuation go into one `<span class="math-nowrap">`.
 * - `rehypeMathSearchText`: KaTeX writes each formula twice, as drawn HTML and as hidden MathML
 *   whose `<annotation>` is the raw LaTeX. The search index reads only the drawn half, so an
 *   excerpt shows the formula once and never its TeX source.
 */
import type { Element, ElementContent, Root } from 'hast';

/** Any node with children: elements, the root, and MDX's JSX elements (a quiz's <Explain> holds formulas too). */
type Parent = { type: string; children: unknown[] };
const hasChildren = (node: unknown): node is Parent => Array.isArray((node as Parent | null)?.children);

/** Punctuation that must not start a line: Latin and CJK marks, closing brackets and quotes. */
const TRAILING = /^[,.;:!?)\]}’”»、。，．；：！？）」』]+/u;

/** The class of the span that holds a formula and the punctuation after it. */
export const MATH_NOWRAP = 'math-nowrap';

function classList(node: Element): string[] {
  const value: unknown = node.properties?.className ?? node.properties?.class;
  if (Array.isArray(value)) return value.map(String);
  return typeof value === 'string' ? value.split(' ') : [];
}

/** Inline KaTeX output (display math sits in `.katex-display` and is never glued). */
function isInlineMath(node: ElementContent): node is Element {
  return node.type === 'element' && classList(node).includes('katex');
}

/** Glues trailing punctuation to the inline formulas among `parent`'s children, then recurses. */
function glue(parent: Element | Root): void {
  const out: (typeof parent.children)[number][] = [];
  const children = parent.children;
  for (let i = 0; i < children.length; i++) {
    const node = children[i];
    const next = children[i + 1];
    if (isInlineMath(node as ElementContent) && next?.type === 'text') {
      const match = TRAILING.exec(next.value);
      if (match) {
        out.push({
          type: 'element',
          tagName: 'span',
          properties: { className: [MATH_NOWRAP] },
          children: [node as Element, { type: 'text', value: match[0] }],
        });
        const rest = next.value.slice(match[0].length);
        if (rest) out.push({ type: 'text', value: rest });
        i++;
        continue;
      }
    }
    // Formulas are leaves here: nothing inside KaTeX's own markup needs gluing.
    const formula = node.type === 'element' && (isInlineMath(node) || classList(node).includes('katex-display'));
    if (!formula && hasChildren(node)) glue(node as unknown as Element);
    out.push(node);
  }
  parent.children = out as typeof parent.children;
}

/** rehype plugin: no line break between inline math and the comma or full stop after it. */
export function rehypeMathNowrap() {
  return (tree: Root) => glue(tree);
}

/** Marks every KaTeX MathML copy `data-pagefind-ignore`, below `node`. */
function ignoreMathml(node: Parent): void {
  for (const child of node.children) {
    const element = child as unknown as Element;
    if (element.type === 'element' && classList(element).includes('katex-mathml')) {
      element.properties = { ...element.properties, dataPagefindIgnore: 'all' };
    } else if (hasChildren(child)) ignoreMathml(child);
  }
}

/** rehype plugin: the search index reads each formula once, as drawn, never its LaTeX source. */
export function rehypeMathSearchText() {
  return (tree: Root) => ignoreMathml(tree);
}
