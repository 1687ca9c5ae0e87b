/**
 * The `test` of the widget e2e files: Playwright's, with the chapter prose laid out at once.
 *
 * A chapter lays out its prose lazily (`.lazy-block` has `content-visibility: auto`): after a jump,
 * the blocks that come into view are drawn in the next frame, and their real heights can move a
 * button by a few pixels. A reader never clicks within that frame; Playwright can, and its click
 * then lands beside the button (seen: 1 run in 8 of the csp test). These tests are about the
 * widgets, so they see the page as a reader does once it has settled. The lazy layout itself is
 * tested where it matters, in site.e2e.ts (deep links land on their heading, the blocks really are
 * skipped off screen) and by `npm run audit`.
 */
import { test as base, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** Lays out every lazy prose block as an ordinary block. */
export const EAGER_PROSE_CSS = '.lazy-block { content-visibility: visible !important; }';

/** Adds EAGER_PROSE_CSS to every page `context` opens, before the page's own scripts run. */
export async function layOutProseAtOnce(context: BrowserContext): Promise<void> {
  await context.addInitScript((css: string) => {
    const add = () => {
      const style = document.createElement('style');
      style.textContent = css;
      document.head.append(style);
    };
    if (document.head) add();
    else document.addEventListener('DOMContentLoaded', add, { once: true });
  }, EAGER_PROSE_CSS);
}

/**
 * A page in a context of its own (empty storage: a reader opening a shared link in a new
 * browser), with the prose laid out at once like the fixture's pages; closing it closes the
 * context. Without the eager layout a jump to a widget far down could leave it just off screen
 * once the blocks above it took their real heights, and a `client:visible` island there would
 * wait for a scroll that never comes.
 */
export async function freshPage(browser: Browser, options: BrowserContextOptions = {}): Promise<Page> {
  const context = await browser.newContext(options);
  await layOutProseAtOnce(context);
  const page = await context.newPage();
  page.once('close', () => void context.close());
  return page;
}

export const test = base.extend({
  context: async ({ context }, use) => {
    await layOutProseAtOnce(context);
    await use(context);
  },
});
