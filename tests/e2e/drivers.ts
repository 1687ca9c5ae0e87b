/**
 * What several e2e files do to the course's widgets: bring one on screen and wait for it to hydrate,
 * draw on the drawing pad with the real mouse, and the URL settings that make a widget's run small
 * enough for a test.
 */
import { expect, type Locator, type Page } from '@playwright/test';

/** Query strings that shrink each chapter's heaviest widgets to a test's size (the widgets' own URL state). */
export const SMALL_RUNS = {
  optimization: 'network.runMomentum=false&network.runNesterov=false&network.runAdagrad=false&network.trainCount=500',
  ensembles: 'ensemble.steps=50&ensemble.trainCount=500&ensemble.hidden=16&ensemble.members=2',
  regularization: 'augmentExperiment.steps=50',
  transfer: 'transferLab.heldOut=100&featureProjection.count=200',
} as const;

/**
 * Scrolls widget `id` into view (islands hydrate when visible) and waits until its island has hydrated.
 *
 * client:visible hydrates once the island is on screen in a drawn frame. A widget above that grows
 * after the scroll and before that frame (the optimizer race when its tfjs arrives under load:
 * up to 1,400 px) pushes this one back off screen, and nothing scrolls it back: so the driver
 * scrolls to it again, as a reader would, until it hydrates (tests/e2e/drivers.e2e.ts).
 */
export async function widget(page: Page, id: string, timeout = 60_000): Promise<Locator> {
  const figure = page.locator(`figure.widget[data-widget-id="${id}"]`);
  const island = figure.locator('astro-island').first();
  await expect(async () => {
    await figure.scrollIntoViewIfNeeded();
    await expect(island).not.toHaveAttribute('ssr', /.*/, { timeout: 3_000 });
  }).toPass({ timeout, intervals: [0] });
  return figure;
}

/** A point on the 280 × 280 drawing pad, in the pad's own pixels. */
export type PadPoint = [number, number];

/** A closed circle of 25 points on the pad. */
export const padCircle = (cx: number, cy: number, r: number): PadPoint[] =>
  Array.from({ length: 25 }, (_, i) => [cx + r * Math.cos((i / 24) * 2 * Math.PI), cy + r * Math.sin((i / 24) * 2 * Math.PI)]);

/** Draws a polyline on the pad with the mouse: the pad captures the pointer, so synthetic events will not do. */
export async function stroke(page: Page, pad: Locator, points: PadPoint[]) {
  // The mouse only reaches what is on screen: a pad below the fold would get no stroke at all.
  await pad.scrollIntoViewIfNeeded();
  const box = (await pad.boundingBox())!;
  const at = ([x, y]: PadPoint) => [box.x + (x / 280) * box.width, box.y + (y / 280) * box.height] as const;
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const p of points.slice(1)) await page.mouse.move(...at(p), { steps: 2 });
  await page.mouse.up();
}

/** Holds back the MNIST download until `release()` is called, so a test can look at the page while it loads. */
export async function holdDigits(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/data/mnist/mnist-10k.u8z', async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

/**
 * Records Content-Security-Policy violations from before the page's first script; the returned
 * function reads them ("script-src blocked inline at …"). Used wherever a test loads pages anyway
 * (site, url-hostile, csp), so the policy is checked on every page and every hydrated widget.
 */
export async function recordPolicyViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (e) => {
      seen.push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile}:${e.lineNumber}`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? ['the violation recorder did not run']);
}

/** Puts tfjs on the wasm backend through the widget's badge (whatever the probe chose), so the wasm binary runs. */
export async function switchToWasm(figure: Locator): Promise<void> {
  const badge = figure.locator('.widget-backend');
  await expect(badge).toHaveAttribute('data-backend', /\w/, { timeout: 90_000 });
  await badge.locator('select').selectOption('wasm');
  await expect(badge).toHaveAttribute('data-backend', 'wasm');
}

/**
 * Brings `root` (a widget's own element, inside its island) on screen until it says it is ready.
 * Centring the figure around it is not enough: the race's figure can be much taller than the
 * screen, and centring it left the island's frame above the screen, where its `client:visible`
 * observer never saw it (seen in 4 runs of 16: the page at 7,070 px, the frame from 5,027 to 6,799).
 * A reader who scrolls passes through the frame; a test that jumps may not.
 */
export async function inViewUntilReady(root: Locator, timeout = 90_000): Promise<void> {
  await expect(async () => {
    await root.scrollIntoViewIfNeeded();
    await expect(root).toHaveAttribute('data-ready', 'true', { timeout: 15_000 });
  }).toPass({ timeout });
}

/** A small PNG made by the page's own canvas (two coloured rectangles), as bytes. */
export async function smallPng(page: Page): Promise<Buffer> {
  const base64 = await page.evaluate(() => {
    const canvas = document.createElement('canvas');
    canvas.width = 40;
    canvas.height = 30;
    const g = canvas.getContext('2d')!;
    g.fillStyle = '#c33';
    g.fillRect(0, 0, 40, 30);
    g.fillStyle = '#33c';
    g.fillRect(5, 5, 15, 10);
    return canvas.toDataURL('image/png').split(',')[1];
  });
  return Buffer.from(base64, 'base64');
}
