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
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/** Lays out every lazy prose block as an ordinary block. */
export const EAGER_PROSE_CSS = '.lazy-block { content-visibility: visible !important; }';

export const test = base.extend({
  context: async ({ context }, use) => {
    await context.addInitScript((css: string) => {
      const add = () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      };
      if (document.head) add();
      else document.addEventListener('DOMContentLoaded', add, { once: true });
    }, EAGER_PROSE_CSS);
    await use(context);
  },
});
