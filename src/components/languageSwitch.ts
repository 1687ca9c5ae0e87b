/**
 * Keeps the reader's place across languages: on click, the language link gets the anchor of the
 * twin of the last heading above the top of the viewport.
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
  const base = link.href.split('#')[0];
  const update = () => {
    const headings = document.querySelectorAll<HTMLElement>('.chapter-body h2[id], .chapter-body h3[id]');
    let current: string | null = null;
    for (const h of headings) {
      if (h.getBoundingClientRect().top > 80) break;
      current = h.id;
    }
    const twin = current ? anchors[current] : undefined;
    link.href = twin ? `${base}#${encodeURIComponent(twin)}` : base;
  };
  link.addEventListener('pointerdown', update);
  link.addEventListener('focus', update);
  link.addEventListener('click', update);
}
