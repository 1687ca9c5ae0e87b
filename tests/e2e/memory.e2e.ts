/**
 * Memory: every widget on every English chapter is mounted and unmounted 20 times and run for
 * about 1,000 of its own steps in all; afterwards tfjs holds no more tensors than after the first
 * mount (module caches such as the digits may fill once) and the page's JS heap stays < 300 MB.
 *
 * Mounting and unmounting in the built site: an Astro island is an <astro-island> element whose
 * framework client (@astrojs/preact) unmounts the component on the element's `astro:unmount`
 * event. We take pristine islands (never hydrated) from the page's own HTML, fetched again, and
 * insert a fresh copy to mount: the custom element connects, waits for visibility and hydrates.
 * To unmount we take the island out of the page and dispatch `astro:unmount` on it, as Astro's
 * view transitions do. Tensors are read through `window.__lecture7.tf` (src/islands/kit/debugHandle.ts).
 *
 * Each cycle unmounts a widget while it is still running where it can, the case a reader causes by
 * scrolling away mid-run or leaving the page. Cheap settings come from URL parameters. Steps are
 * the widget's own: optimizer steps, training steps, redraws, dropout passes, clicks. The long
 * labs count fewer (each noted in `steps` below).
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';
import { installHarness, type Harness } from './islandHarness';

test.use({
  reducedMotion: 'reduce',
  launchOptions: { executablePath: chromiumPath, args: [...chromiumArgs, '--enable-precise-memory-info', '--js-flags=--expose-gc'] },
});
test.setTimeout(240_000);
// The four chapters run side by side on the config's two workers.
test.describe.configure({ mode: 'parallel' });

const MOUNTS = Number(process.env.MEMORY_MOUNTS ?? 20);
/** MEMORY_ONLY=race,network runs only those widgets (for chasing one leak). */
const only = process.env.MEMORY_ONLY?.split(',');
const HEAP_LIMIT = 300 * 1024 * 1024;

/** How one widget runs `n` of its steps in one mount (resolves once they are done or under way). */
type Drive = (page: Page, id: string, n: number) => Promise<unknown>;

interface WidgetCase {
  id: string;
  /** Steps per mount (× 20 mounts is the total). */
  steps: number;
  /** Selector inside the figure that appears once the widget can run. */
  ready: string;
  drive: Drive;
}

const harness = (page: Page) => page.evaluateHandle(() => (window as unknown as { __memory: Harness }).__memory);
/** Calls window.__memory[name](...args) in the page. */
async function call<K extends keyof Harness>(page: Page, name: K, ...args: Parameters<Harness[K]>): Promise<Awaited<ReturnType<Harness[K]>>> {
  return (await harness(page)).evaluate((h, [n, a]) => (h[n] as (...x: unknown[]) => unknown)(...(a as unknown[])), [name, args] as const) as never;
}

/** Presses Play and waits until the number in `attribute` of `selector` (or its text) reaches n; leaves it running. */
const playUntil = (selector: string, attribute: string | null): Drive => (page, id, n) => call(page, 'playUntil', id, selector, attribute, n);
/** Clicks `selector` n times, a task apart, waiting while `settle` matches. */
const clicks = (selector: string, settle: string | null = null): Drive => (page, id, n) => call(page, 'clicks', id, selector, n, settle);
const slide: Drive = (page, id, n) => call(page, 'slide', id, n);

/** Draws a circle on the pad with the mouse (the pad captures the pointer, so synthetic events will not do). */
async function circle(page: Page, figure: Locator, r: number) {
  const box = (await figure.getByRole('img', { name: /Drawing pad/ }).boundingBox())!;
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  await page.mouse.move(cx + r, cy);
  await page.mouse.down();
  for (let i = 1; i <= 12; i++) await page.mouse.move(cx + r * Math.cos((i / 12) * 2 * Math.PI), cy + r * Math.sin((i / 12) * 2 * Math.PI));
  await page.mouse.up();
}

const chapters: { path: string; query: string; widgets: WidgetCase[] }[] = [
  {
    path: '/en/optimization/',
    query: 'race.stepsPerFrame=50&network.steps=3000&network.batchSize=8&network.trainCount=500&network.hidden=8',
    widgets: [
      { id: 'race', steps: 50, ready: '.race[data-ready="true"]', drive: playUntil('.race-step', null) },
      { id: 'network', steps: 50, ready: '.network-race[data-ready="true"]', drive: playUntil('.network-race', 'data-step') },
      { id: 'schedule', steps: 50, ready: 'input[type="range"]', drive: slide },
    ],
  },
  {
    path: '/en/regularization/',
    query: [
      'dropoutExperiment.hidden=32&dropoutExperiment.batchSize=8&dropoutExperiment.trainCount=100&dropoutExperiment.steps=2000',
      'augmentExperiment.perClass=5&augmentExperiment.batchSize=8&augmentExperiment.steps=1000',
    ].join('&'),
    widgets: [
      { id: 'dropout', steps: 50, ready: '.dropout-visualiser', drive: clicks('.widget-play-toggle + button') },
      { id: 'dropoutExperiment', steps: 50, ready: '.widget-play-toggle:not([disabled])', drive: playUntil('.dropout-experiment', 'data-step') },
      // A redraw augments 16 photos: 5 a mount, 100 in all.
      { id: 'augment', steps: 5, ready: '.augment-gallery[data-drawn="16"]', drive: clicks('.augment-redraw', '.augment-gallery[data-busy="true"]') },
      // CNN training steps are slow on wasm: 10 a mount, 200 in all.
      { id: 'augmentExperiment', steps: 10, ready: '.widget-play-toggle:not([disabled])', drive: playUntil('.augment-experiment', 'data-step') },
    ],
  },
  {
    path: '/en/ensembles/',
    query: 'ensemble.steps=1000&ensemble.trainCount=500&ensemble.hidden=8&ensemble.batchSize=8&ensemble.members=2',
    widgets: [{ id: 'ensemble', steps: 50, ready: '.ensemble-lab[data-ready="true"]', drive: playUntil('.ensemble-lab', 'data-step') }],
  },
  {
    path: '/en/transfer-learning/',
    query: 'transferLab.heldOut=100&featureProjection.count=100',
    widgets: [
      { id: 'strategyTable', steps: 50, ready: '[data-cell]', drive: clicks('[data-cell]') },
      // One projection of 100 digits through two networks a mount: 20 in all.
      { id: 'featureProjection', steps: 1, ready: '.feature-projection[data-ready="true"]', drive: async () => {} },
      // A run trains three strategies epoch by epoch: each mount runs the first epoch of each, then leaves mid-run.
      {
        id: 'transferLab',
        steps: 1,
        ready: '.transfer-lab .widget-play-toggle:not([disabled])',
        drive: (page, id) => call(page, 'clicks', id, '.transfer-lab .widget-play-toggle', 1, null),
      },
      // One drawing added and the head trained on it each mount.
      {
        id: 'drawingPad',
        steps: 1,
        ready: '.drawing-pad',
        drive: async (page, id) => {
          const figure = page.locator(`figure.widget[data-widget-id="${id}"]`);
          await circle(page, figure, 60);
          await figure.getByRole('button', { name: /^Add as/ }).click();
          const train = figure.getByRole('button', { name: 'Train the new head' });
          await expect(train).toBeEnabled({ timeout: 60_000 });
          await train.click();
        },
      },
    ],
  },
];

/** Live tensors, or -1 before tfjs has loaded. */
const tensors = (page: Page) => page.evaluate(() => window.__lecture7?.tf.memory().numTensors ?? -1);

/** The JS heap after a full garbage collection. */
const heap = (page: Page) =>
  page.evaluate(() => {
    (globalThis as { gc?: () => void }).gc?.();
    return (performance as Performance & { memory: { usedJSHeapSize: number } }).memory.usedJSHeapSize;
  });

for (const chapter of chapters) {
  test(`${chapter.path}: 20 mounts of every widget leave no tensors, loops or listeners, and a small heap`, async ({ page }) => {
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.addInitScript(installHarness);
    await page.goto(`${chapter.path}?${chapter.query}`);
    await call(page, 'keep');
    const report: string[] = [];

    // Every widget on the page has a case here, so a new widget cannot slip past this test.
    const onPage = await page.locator('figure.widget[data-widget-id]').evaluateAll((all) => all.map((f) => f.getAttribute('data-widget-id')));
    expect(onPage.sort()).toEqual(chapter.widgets.map((w) => w.id).sort());

    for (const widget of chapter.widgets.filter((w) => !only || only.includes(w.id))) {
      const started = Date.now();
      let baseline = { tensors: -1, activity: await call(page, 'activity') };
      for (let mountNo = 1; mountNo <= MOUNTS; mountNo++) {
        const t0 = Date.now();
        // The first mount is the page's own island; the others are fresh copies of it.
        await call(page, mountNo === 1 ? 'hydrated' : 'mount', widget.id);
        await call(page, 'waitFor', widget.id, widget.ready);
        const t1 = Date.now();
        await widget.drive(page, widget.id, widget.steps);
        await call(page, 'unmount', widget.id);
        if (process.env.MEMORY_VERBOSE) console.log(`${widget.id} #${mountNo}: mount ${t1 - t0} ms, run ${Date.now() - t1} ms, ${await tensors(page)} tensors`);
        // The first mount may fill module caches (tfjs itself, the digits, a pretrained body).
        if (mountNo === 1) {
          await call(page, 'sleep', 300);
          baseline = { tensors: await tensors(page), activity: await call(page, 'activity') };
        }
      }
      // A step in flight when the island went away finishes and frees its tensors.
      await expect.poll(() => tensors(page), { timeout: 15_000, message: `${widget.id}: tensors after ${MOUNTS} mounts` }).toBe(baseline.tensors);
      // No loop left running: no animation frames and no timer chains in a quiet second.
      const before = await call(page, 'activity');
      await call(page, 'sleep', 1000);
      const after = await call(page, 'activity');
      expect({ frames: after.frames - before.frames, timeouts: after.timeouts - before.timeouts }, `${widget.id}: loops after unmount`).toEqual({ frames: 0, timeouts: 0 });
      expect({ intervals: after.intervals, listeners: after.listeners }, `${widget.id}: timers and listeners`).toEqual({
        intervals: baseline.activity.intervals,
        listeners: baseline.activity.listeners,
      });
      const used = await heap(page);
      report.push(`${widget.id}: ${widget.steps * MOUNTS} steps, ${baseline.tensors} tensors, heap ${(used / 2 ** 20).toFixed(0)} MB, ${((Date.now() - started) / 1000).toFixed(1)} s`);
      expect(used, `${widget.id}: JS heap`).toBeLessThan(HEAP_LIMIT);
    }
    console.log(report.join('\n'));
    expect(problems).toEqual([]);
  });
}
