/**
 * Keeps the reader's place and settings across languages: on click, the language link gets the
 * page's query string (every widget's settings live there, and widget ids are the same in both
 * languages) and the anchor of the twin of the last heading above the top of the viewport (or
 * the twin of the address's own anchor, or that anchor itself when it is not a heading, e.g. a
 * widget's figure).
 */
export function bindLanguageSwitch(): void {
  const link = document.querySelector<HTMLAnchorElement>('a.lang-switch[data-twin-anchors]');
  if (!link) return;
  let anchors: Record<string, string>;
  try {
    anchors = JSON.parse(link.dataset.twinAnchors ?? '{}');
  } catch {
    return;
  }
  const target = new URL(link.href);
  const base = `${target.origin}${target.pathname}`;
  const update = () => {
    const headings = document.querySelectorAll<HTMLElement>('.chapter-body h2[id], .chapter-body h3[id]');
    let current: string | null = null;
    for (const h of headings) {
      if (h.getBoundingClientRect().top > 80) break;
      current = h.id;
    }
    const twin = (id: string) => (Object.hasOwn(anchors, id) ? anchors[id] : undefined);
    const here = decodeAnchor(location.hash);
    const anchor = (current && twin(current)) || (here && (twin(here) ?? here)) || '';
    link.href = `${base}${location.search}${anchor ? `#${encodeURIComponent(anchor)}` : ''}`;
  };
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
  link.addEventListener('click', update);
}

/** The element id a location hash names ("" when none, the raw text when it is malformed). */
function decodeAnchor(hash: string): string {
  const raw = hash.replace(/^#/, '');
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}
