/**
 * The `test` of the widget e2e files: Playwright's, with the chapter prose laid out at once and
 * the backend probe run once per test worker rather than once per test.
 *
 * A chapter lays out its prose lazily (`.lazy-block` has `content-visibility: auto`): after a jump,
 * the blocks that come into view are drawn in the next frame, and their real heights can move a
 * button by a few pixels. A reader never clicks within that frame; Playwright can, and its click
 * then lands beside the button (seen: 1 run in 8 of the csp test). These tests are about the
 * widgets, so they see the page as a reader does once it has settled. The lazy layout itself is
 * tested where it matters, in site.e2e.ts (deep links land on their heading, the blocks really are
 * skipped off screen) and by `npm run audit`.
 *
 * The probe (engines/backendProbe.ts) times webgl, wasm and cpu on the page and again in the
 * engine worker: about a second of a core per fresh page here (SwiftShader compiles its shaders
 * on the CPU), paid by every test, since each starts with empty session storage. A reader pays it
 * once per tab: the choice is kept in sessionStorage. So the tests do what a reader's tab does:
 * the first probe a worker sees (read from the page's own console line) is remembered, and later
 * tests start with it in session storage. Tests about the probe itself (no-webgl.e2e.ts) set
 * `realProbe: true`; tests that need a backend set it in their own init script, which runs after
 * this one.
 */
import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/** Lays out every lazy prose block as an ordinary block. */
export const EAGER_PROSE_CSS = '.lazy-block { content-visibility: visible !important; }';

/** Session-storage keys of the page's and the engine worker's backend choice (islands/kit/useTf.ts, engineHost.ts). */
const CHOICE_KEYS = { page: 'lecture7.tfBackend', worker: 'lecture7.workerBackend' } as const;
type Where = keyof typeof CHOICE_KEYS;

/** A winner ahead of the next backend by less than this is not remembered: a busy moment can flip a close probe. */
const CLEAR_LEAD = 1.5;

/**
 * The fastest backend a probe console line reports ("[tfjs] backend probe [{backend,
 * stepsPerSecond}, …]") when it won clearly, or null. Here wasm beats SwiftShader's webgl about
 * 6 to 1; one mis-pick remembered would put every later test of the worker on the wrong backend.
 */
function probeWinner(text: string): { where: Where; backend: string } | null {
  const match = /^\[tfjs( worker)?\] backend probe (\[.*\])$/.exec(text);
  if (!match) return null;
  const results = JSON.parse(match[2]) as { backend: string; stepsPerSecond: number | null }[];
  const [best, next] = results.filter((r) => r.stepsPerSecond !== null).sort((a, b) => b.stepsPerSecond! - a.stepsPerSecond!);
  if (!best || (next && best.stepsPerSecond! < CLEAR_LEAD * next.stepsPerSecond!)) return null;
  return { where: match[1] ? 'worker' : 'page', backend: best.backend };
}

/** What the probes in this worker chose (kept for the worker's life, like a reader's tab). */
const probed: Partial<Record<Where, string>> = {};

export const test = base.extend<{ realProbe: boolean }>({
  realProbe: [false, { option: true }],
  context: async ({ context, realProbe }, use) => {
    await context.addInitScript((css: string) => {
      const add = () => {
        const style = document.createElement('style');
        style.textContent = css;
        document.head.append(style);
      };
      if (document.head) add();
      else document.addEventListener('DOMContentLoaded', add, { once: true });
    }, EAGER_PROSE_CSS);
    if (!realProbe) {
      const known = Object.entries(probed).map(([where, backend]) => [CHOICE_KEYS[where as Where], backend]);
      if (known.length) {
        await context.addInitScript((pairs: string[][]) => {
          for (const [key, value] of pairs) if (sessionStorage.getItem(key) === null) sessionStorage.setItem(key, value);
        }, known);
      }
      context.on('console', (message) => {
        const winner = message.type() === 'info' ? probeWinner(message.text()) : null;
        if (winner) probed[winner.where] ??= winner.backend;
      });
    }
    await use(context);
  },
});
