/**
 * The augmentation widgets on the built regularization chapter. Headless Chromium here has only
 * software WebGL (tfjs picks wasm or cpu), so the experiment runs a short CNN run and stops at
 * its first measurement. Controls are found by role and label.
 */
import type { Locator, Page } from '@playwright/test';
import sharp from 'sharp';
import { expect, test } from './fixtures';
import { smallPng } from './drivers';

const chapter = '/en/regularization/';
/** 50 steps: a measurement every 4 steps, so the first result comes after 4 paired updates. */
const light = '?augmentExperiment.steps=50';

test.use({ reducedMotion: 'reduce' });
test.setTimeout(180_000);

async function openGallery(page: Page) {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${chapter}${light}`);
  const figure = page.locator('figure.widget[data-widget-id="augment"]');
  await figure.scrollIntoViewIfNeeded();
  const gallery = figure.locator('.augment-gallery');
  await expect(gallery).toHaveAttribute('data-drawn', '16', { timeout: 90_000 });
  await expect(gallery).toHaveAttribute('data-busy', 'false');
  return { figure, gallery, problems };
}

test('gallery: 16 labelled tiles; switching a transform on changes the grid and the pipeline', async ({ page }) => {
  const { figure, gallery, problems } = await openGallery(page);
  await expect(figure.locator('.augment-tile')).toHaveCount(16);
  await expect(figure.locator('.augment-label').first()).toHaveText('cat');
  const before = await gallery.getAttribute('data-signature');
  expect(before).toContain('cropScale');

  await figure.locator('[data-param="rotateOn"] input[type="checkbox"]').check();
  await expect(figure.locator('.augment-pipeline li[data-augment="rotate"]')).toBeVisible();
  // Each step of the pipeline carries its card's badge number (cards that are off keep theirs).
  const steps = await figure.locator('.augment-pipeline li').evaluateAll((items) =>
    items.map((li) => [li.querySelector('.augment-pipeline-step')?.textContent, (li as HTMLElement).dataset.augment]),
  );
  expect(steps.length).toBeGreaterThan(1);
  for (const [number, name] of steps) {
    await expect(figure.locator(`fieldset[data-augment="${name}"] .augment-step`)).toHaveText(number ?? 'missing');
  }
  await expect(figure.locator('[data-param="rotateDegrees"] input[type="range"]')).toBeVisible();
  await expect.poll(() => gallery.getAttribute('data-signature'), { timeout: 30_000 }).toContain('"rotate"');
  expect(await gallery.getAttribute('data-signature')).not.toBe(before);

  // Another shipped photo keeps its own label on every tile.
  // By data-param, not by label: the kit's controls take their ids from Preact's useId, which
  // repeats across the islands of one page, so a label can point into another widget.
  await figure.locator('[data-param="photo"] select').selectOption('astronaut');
  await expect(figure.locator('.augment-label').first()).toHaveText('astronaut', { timeout: 30_000 });
  await expect(figure.locator('.augment-label').last()).toHaveText('astronaut');

  // A new draw changes the seed and so the draws.
  const rotated = await gallery.getAttribute('data-signature');
  await figure.getByRole('button', { name: 'New draw' }).click();
  await expect.poll(() => gallery.getAttribute('data-signature'), { timeout: 30_000 }).not.toBe(rotated);
  expect(problems).toEqual([]);
});

test('gallery: the reader’s own image is used, and a corrupt file gets a clear message', async ({ page }) => {
  const { figure, gallery, problems } = await openGallery(page);
  const input = figure.getByLabel('Or use your own image');
  // The picker's button is the page's, in the page's words; a click on it opens the browser's file chooser.
  const picker = figure.locator('.file-picker');
  await expect(picker.locator('.file-picker-name')).toHaveText('No file chosen');
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), picker.getByText('Choose a file…').click()]);
  await chooser.setFiles({ name: 'squares.png', mimeType: 'image/png', buffer: await smallPng(page) });
  await expect(figure.getByText('Showing your image “squares”.')).toBeVisible({ timeout: 30_000 });
  await expect(picker.locator('.file-picker-name')).toHaveText('squares');
  await expect(figure.locator('.augment-label').first()).toHaveText('squares');
  await expect(gallery).toHaveAttribute('data-busy', 'false');

  await input.setInputFiles({ name: 'broken.png', mimeType: 'image/png', buffer: Buffer.from('this is not a PNG file') });
  await expect(figure.getByRole('alert')).toContainText('“broken.png” could not be read as an image');

  // A file over the 25 MB limit is refused by its size, before anything decodes it.
  await input.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(26 * 1024 * 1024) });
  await expect(figure.getByRole('alert')).toContainText(/That file is 2[67](\.\d)? MB; the gallery takes images up to 25 MB/);
  // The grid still works afterwards.
  await expect(gallery).toHaveAttribute('data-busy', 'false');
  await expect(figure.locator('.augment-tile')).toHaveCount(16);
  expect(problems).toEqual([]);
});

test('gallery: the "own image" column stays inside the widget frame at 1280 and 360 px', async ({ page }) => {
  for (const width of [1280, 360]) {
    await page.setViewportSize({ width, height: 900 });
    const { gallery } = await openGallery(page);
    const edges = await gallery.evaluate((g) => ({
      frame: g.getBoundingClientRect().right,
      file: Math.max(...[...g.querySelectorAll('.augment-file, .augment-file *')].map((e) => e.getBoundingClientRect().right)),
    }));
    // At 1280 px the caption ran 46 px past the frame's right edge.
    expect(edges.file, `at ${width} px`).toBeLessThanOrEqual(edges.frame + 0.5);
  }
});

/** How many replaced image choices the gallery has seen end (their decode done and thrown away). */
const replacedSettled = async (gallery: Locator) => Number(await gallery.getAttribute('data-replaced-settled'));

/** Waits until the decode of the one choice replaced since `before` has ended, so what it would have shown would show by now. */
async function expectReplacedSettled(gallery: Locator, before: number) {
  await expect.poll(() => replacedSettled(gallery), { timeout: 60_000 }).toBe(before + 1);
}

/** A one-colour PNG of `width` x `height` pixels: small as a file, slow to decode (4 bytes a pixel). */
async function bigPng(width: number, height: number, colour: string): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: colour } }).png().toBuffer();
}

test('gallery: of two quick picks the second wins; the first one’s decode is cancelled, never shown', async ({ page }) => {
  const { figure, gallery, problems } = await openGallery(page);
  // 79 megapixels (just under the limit) take seconds to decode; 12 megapixels much less.
  const [first, second] = await Promise.all([bigPng(8900, 8900, '#c33'), bigPng(4000, 3000, '#3c3')]);
  const input = figure.getByLabel('Or use your own image');
  const replacedBefore = await replacedSettled(gallery);
  await input.setInputFiles({ name: 'first.png', mimeType: 'image/png', buffer: first });
  await expect(figure.getByRole('status').filter({ hasText: 'Decoding your image “first”…' })).toBeVisible();
  await input.setInputFiles({ name: 'second.png', mimeType: 'image/png', buffer: second });
  await expect(figure.getByText('Showing your image “second”.')).toBeVisible({ timeout: 60_000 });
  await expect(gallery).toHaveAttribute('data-loading', 'none');
  // The first pick finishes decoding later: it belongs to a choice the reader replaced.
  await expectReplacedSettled(gallery, replacedBefore);
  await expect(figure.locator('.augment-label').first()).toHaveText('second');
  await expect(figure.getByText('Showing your image “second”.')).toBeVisible();
  await expect(figure.getByText(/Decoding your image/)).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('gallery: a 12000 x 8000 PNG is refused by its header; picked during a decode, it replaces that choice', async ({ page }) => {
  const { figure, gallery, problems } = await openGallery(page);
  const [huge, big] = await Promise.all([bigPng(12000, 8000, '#c33'), bigPng(8000, 8000, '#3c3')]);
  const input = figure.getByLabel('Or use your own image');
  const replacedBefore = await replacedSettled(gallery);
  await input.setInputFiles({ name: 'big.png', mimeType: 'image/png', buffer: big });
  await expect(figure.getByRole('status').filter({ hasText: 'Decoding your image “big”…' })).toBeVisible();
  await input.setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: huge });
  await expect(figure.getByRole('alert')).toContainText('That image is 12000 x 8000 pixels, more than this page will decode.');
  await expect(gallery).toHaveAttribute('data-loading', 'none');
  // The 8000 x 8000 decode still running was replaced: it never shows.
  await expectReplacedSettled(gallery, replacedBefore);
  await expect(figure.locator('.augment-label').first()).toHaveText('cat');
  await expect(figure.getByText(/Showing your image/)).toHaveCount(0);
  await expect(figure.getByRole('alert')).toHaveCount(1);
  expect(problems).toEqual([]);
});

test('experiment: plays to its first held-out measurement for both copies', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${chapter}${light}`);
  const figure = page.locator('figure.widget[data-widget-id="augmentExperiment"]');
  await figure.scrollIntoViewIfNeeded();
  const play = figure.getByRole('button', { name: 'Play' });
  await expect(play).toBeEnabled({ timeout: 90_000 });
  await expect(figure.getByText(/same initial weights \(seed 1\)/)).toBeVisible();
  await play.click();
  const experiment = figure.locator('.augment-experiment');
  await expect.poll(async () => Number(await experiment.getAttribute('data-evaluations')), { timeout: 120_000 }).toBeGreaterThanOrEqual(2);
  await figure.getByRole('button', { name: 'Pause' }).click();
  await expect(figure.locator('.augment-table tbody tr')).toHaveCount(2);
  await expect(figure.locator('.augment-summary')).toContainText('With augmentation: training');
  await expect(figure.locator('.augment-curves svg')).toBeVisible();
  expect(problems).toEqual([]);
});

test('experiment and gallery train and draw in the engine worker: a worker crash is said in both frames and both work on from the reader’s settings; ?engines=main still draws', async ({ page }) => {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(error.message));
  await page.goto(`${chapter}${light}`);
  const gallery = page.locator('figure.widget[data-widget-id="augment"]');
  const experiment = page.locator('figure.widget[data-widget-id="augmentExperiment"]');
  // Islands hydrate when they come into view.
  await gallery.scrollIntoViewIfNeeded();
  await expect(gallery.locator('.augment-gallery')).toHaveAttribute('data-drawn', '16', { timeout: 90_000 });
  await experiment.scrollIntoViewIfNeeded();
  await expect(experiment.getByRole('button', { name: 'Play' })).toBeEnabled({ timeout: 90_000 });
  await experiment.getByRole('button', { name: 'Play' }).click();
  const run = experiment.locator('.augment-experiment');
  await expect.poll(async () => Number(await run.getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(2);

  await page.evaluate(() => window.__lecture7!.crashHost!());
  for (const figure of [gallery, experiment]) await expect(figure.locator('.widget-engine-restarted')).toContainText('restarted', { timeout: 60_000 });
  // The experiment is rebuilt from the reader's 50 steps and plays on; the gallery draws new tiles.
  await expect(experiment.locator('.augment-progress')).toContainText('of 50');
  await expect.poll(async () => Number(await run.getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(2);
  const signature = await gallery.locator('.augment-gallery').getAttribute('data-signature');
  await gallery.getByRole('button', { name: 'New draw' }).click();
  await expect.poll(() => gallery.locator('.augment-gallery').getAttribute('data-signature'), { timeout: 30_000 }).not.toBe(signature);
  await expect(page.getByRole('alert')).toHaveCount(0);

  // Without the worker the same jobs run on the page.
  await page.goto(`${chapter}${light}&engines=main`);
  await gallery.scrollIntoViewIfNeeded();
  await expect(gallery.locator('.augment-gallery')).toHaveAttribute('data-drawn', '16', { timeout: 90_000 });
  await experiment.scrollIntoViewIfNeeded();
  await experiment.getByRole('button', { name: 'Play' }).click({ timeout: 90_000 });
  await expect.poll(async () => Number(await run.getAttribute('data-step')), { timeout: 60_000 }).toBeGreaterThan(2);
  expect(problems).toEqual([]);
});
