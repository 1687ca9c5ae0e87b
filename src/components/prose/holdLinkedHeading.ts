/**
 * Chapter prose is laid out lazily (`content-visibility: auto` in global.css), so the browser first
 * places a linked heading using estimated heights for the blocks above it. As those blocks near the
 * target are drawn for real, the heading drifts. This keeps the heading of a deep link, a table of
 * contents entry or a search result where the browser meant to put it, until the layout around it
 * settles or the reader scrolls.
 */

/** How long to keep watching, in milliseconds. */
const HOLD_MS = 1500;
/** Frames in a row with the heading in place that count as settled. */
const SETTLED_FRAMES = 8;

/** Where a heading should sit: the page's scroll-padding-top, in CSS pixels. */
function wantedTop(doc: Document): number {
  return parseFloat(getComputedStyle(doc.documentElement).scrollPaddingTop) || 0;
}

function atPageEnd(win: Window): boolean {
  return win.scrollY + win.innerHeight >= win.document.documentElement.scrollHeight - 1;
}

/** The element a URL hash names, or null (also for a hash that is not valid percent-encoding). */
function hashTarget(doc: Document, hash: string): HTMLElement | null {
  let id = hash.slice(1);
  try {
    id = decodeURIComponent(id);
  } catch {
    // A malformed escape names no heading of ours; look the raw text up instead.
  }
  return id ? doc.getElementById(id) : null;
}

/** Keeps the element named by the URL's hash at the top while the layout around it settles. */
export function holdHashTarget(win: Window = window): void {
  const doc = win.document;
  const target = hashTarget(doc, win.location.hash);
  if (!target) return;
  const until = performance.now() + HOLD_MS;
  let settled = 0;
  let readerScrolled = false;
  const stop = () => { readerScrolled = true; };
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  for (const type of inputs) win.addEventListener(type, stop, { once: true, passive: true });
  const tick = () => {
    if (readerScrolled || performance.now() > until) {
      for (const type of inputs) win.removeEventListener(type, stop);
      return;
    }
    const off = target.getBoundingClientRect().top - wantedTop(doc);
    // Blocks drawn near the target move it by a few lines; a jump of a whole screen is a scroll
    // by someone else (a script, a test, a find-in-page), which the page must not undo.
    if (Math.abs(off) > win.innerHeight) readerScrolled = true;
    else if (Math.abs(off) <= 1 || (off > 0 && atPageEnd(win))) settled++;
    else {
      settled = 0;
      target.scrollIntoView({ block: 'start', behavior: 'instant' });
    }
    if (settled < SETTLED_FRAMES) win.requestAnimationFrame(tick);
    else for (const type of inputs) win.removeEventListener(type, stop);
  };
  win.requestAnimationFrame(tick);
}

/** Holds the linked heading on the first load and on every in-page link that changes the hash. */
export function holdLinkedHeadings(win: Window = window): void {
  holdHashTarget(win);
  win.addEventListener('hashchange', () => holdHashTarget(win));
}
