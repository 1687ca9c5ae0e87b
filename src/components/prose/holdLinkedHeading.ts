/**
 * Chapter prose is laid out lazily (`content-visibility: auto` in global.css), so the browser first
 * places a linked heading using estimated heights for the blocks above it. As those blocks near the
 * target are drawn for real, the heading drifts. This keeps the heading of a deep link, a table of
 * contents entry or a search result where the browser meant to put it, until the layout around it
 * settles or the reader scrolls.
 */

/** How long to keep watching frame by frame, in milliseconds. */
const HOLD_MS = 1500;
/**
 * How long a later change of the page's height (a widget above hydrating, an image or a font
 * arriving) still puts the heading back, unless the reader has scrolled. On a busy machine the
 * islands just above a linked heading can hydrate seconds after the jump; a cell that grew by
 * 3 px then left the heading 3 px off for good (site.e2e.ts, 1 CI run in 3).
 */
const FOLLOW_MS = 10_000;
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

/** Ends the hold in progress (a newer link replaces it). */
let endHold: (() => void) | null = null;

/** Keeps the element named by the URL's hash at the top while the layout around it settles. */
export function holdHashTarget(win: Window = window): void {
  endHold?.();
  endHold = null;
  const doc = win.document;
  const target = hashTarget(doc, win.location.hash);
  if (!target) return;
  const until = performance.now() + HOLD_MS;
  let settled = 0;
  let readerScrolled = false;
  // The reader's own scroll, key or touch ends the hold at once.
  const onInput = () => finish();
  const inputs = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  for (const type of inputs) win.addEventListener(type, onInput, { once: true, passive: true });
  /** Puts the heading back if it drifted; true when it was already in place. */
  const align = (): boolean => {
    const off = target.getBoundingClientRect().top - wantedTop(doc);
    // Blocks drawn near the target move it by a few lines; a jump of a whole screen is a scroll
    // by someone else (a script, a test, a find-in-page), which the page must not undo.
    if (Math.abs(off) > win.innerHeight) readerScrolled = true;
    else if (Math.abs(off) <= 1 || (off > 0 && atPageEnd(win))) return true;
    else target.scrollIntoView({ block: 'start', behavior: 'instant' });
    return false;
  };
  // Ended by finish: the reader's input, a newer link, or the FOLLOW_MS timer below.
  const resized = typeof ResizeObserver === 'function' ? new ResizeObserver(() => {
    if (readerScrolled) finish();
    else align();
  }) : null;
  let timer: number | undefined;
  const finish = () => {
    readerScrolled = true;
    resized?.disconnect();
    win.clearTimeout(timer);
    for (const type of inputs) win.removeEventListener(type, onInput);
  };
  endHold = finish;
  const tick = () => {
    if (readerScrolled) return finish();
    if (performance.now() > until) return;
    settled = align() ? settled + 1 : 0;
    if (settled < SETTLED_FRAMES) win.requestAnimationFrame(tick);
  };
  win.requestAnimationFrame(tick);
  // After the first settling, a change of the page's height still puts the heading back for a while.
  resized?.observe(doc.body);
  timer = win.setTimeout(finish, FOLLOW_MS);
}

/** Holds the linked heading on the first load and on every in-page link that changes the hash. */
export function holdLinkedHeadings(win: Window = window): void {
  holdHashTarget(win);
  win.addEventListener('hashchange', () => holdHashTarget(win));
}
