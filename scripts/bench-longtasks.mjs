// Main-thread long tasks while the heavy widgets train, before and after the engine worker, in
// one run: each widget at its defaults for 10 s in headless Debian Chromium, once with
// `?engines=main` (the engines on the page's main thread, as before the worker) and once as
// shipped (the engines in the module Web Worker). Prints the longest task and the total blocked
// time (the part of each long task over 50 ms), from PerformanceObserver `longtask`.
// Needs a build: `npm run build` first (or --dir another build).
// Usage: node scripts/bench-longtasks.mjs [--dir dist] [--seconds 10] [--only "Network race,Ensemble lab"] [--modes worker]
//   --only   the widgets to measure (names as in the table), comma-separated; all by default
//   --modes  main, worker or both (comma-separated); both by default
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { pad, serveDir } from './bench/harness.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const dir = resolve(arg('--dir', 'dist'));
const seconds = Number(arg('--seconds', 10));
// A comma followed by a digit is part of a name ("10,000 × 50/frame"), not a separator.
const only = arg('--only', null)?.split(/,(?!\d)/).map((n) => n.trim().toLowerCase());
const modes = arg('--modes', 'main,worker').split(',').map((m) => m.trim());
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}: run "npm run build" first.`);
  process.exit(1);
}

/** Each widget: its page, its figure id, what shows it can start, and how a reader starts it. */
const widgets = [
  { name: 'Transfer lab', path: '/en/transfer-learning/', id: 'transferLab', ready: 'button.widget-play-toggle:not([disabled])', start: 'button.widget-play-toggle' },
  { name: 'Feature projection', path: '/en/transfer-learning/', id: 'featureProjection', ready: null, start: null },
  { name: 'Network race', path: '/en/optimization/', id: 'network', ready: '.network-race[data-ready="true"]', start: '.network-run-bar .widget-play-toggle' },
  { name: 'Ensemble lab', path: '/en/ensembles/', id: 'ensemble', ready: '.ensemble-run-bar .widget-play-toggle:not([disabled])', start: '.ensemble-run-bar .widget-play-toggle' },
  { name: 'Dropout experiment', path: '/en/regularization/', id: 'dropoutExperiment', ready: '.dropout-run-bar .widget-play-toggle:not([disabled])', start: '.dropout-run-bar .widget-play-toggle' },
  { name: 'Augmentation experiment', path: '/en/regularization/', id: 'augmentExperiment', ready: '.widget-play-toggle:not([disabled])', start: '.widget-play-toggle' },
  // A reader trying draws: "New draw" pressed every 300 ms (each press augments 16 tiles).
  { name: 'Augmentation gallery', path: '/en/regularization/', id: 'augment', ready: '.augment-gallery[data-drawn="16"]', start: null, act: (figure, page) => repeatClicks(page, figure.locator('button.augment-redraw'), 300) },
  // A reader's three drawings, then Train; then strokes on the pad, predicted as they are drawn.
  { name: 'Drawing pad (train + predict)', path: '/en/transfer-learning/', id: 'drawingPad', ready: '.drawing-pad[data-storage="saved"]', start: null, act: trainPad },
  // The optimizer race plays by itself (no click): its single path at defaults, and the swarm the issue measured.
  { name: 'Optimizer race', path: '/en/optimization/', id: 'race', ready: '.race[data-ready="true"]', start: null },
  { name: 'Optimizer swarm 10,000 × 50/frame', path: '/en/optimization/?race.particles=10000&race.stepsPerFrame=50', id: 'race', ready: '.race[data-ready="true"]', start: null },
].filter((w) => !only || only.includes(w.name.toLowerCase()));

/** Clicks `target` every `ms` for the rest of the measured time. */
async function repeatClicks(page, target, ms) {
  const end = Date.now() + seconds * 1000;
  while (Date.now() < end) {
    await target.click();
    await page.waitForTimeout(ms);
  }
}

/** One stroke through `points` (pad coordinates, 280 x 280) on the drawing pad's canvas. */
async function stroke(page, canvas, points) {
  const box = await canvas.boundingBox();
  const at = ([x, y]) => [box.x + (x / 280) * box.width, box.y + (y / 280) * box.height];
  await page.mouse.move(...at(points[0]));
  await page.mouse.down();
  for (const p of points.slice(1)) await page.mouse.move(...at(p), { steps: 2 });
  await page.mouse.up();
}

const circle = (r) => Array.from({ length: 25 }, (_, i) => [140 + r * Math.cos((i / 24) * 2 * Math.PI), 140 + r * Math.sin((i / 24) * 2 * Math.PI)]);

/** Adds a drawing to each class, trains the head, then draws a stroke a second for the rest of the time. */
async function trainPad(figure, page) {
  const canvas = figure.locator('canvas.drawing-pad-canvas');
  const radios = figure.getByRole('radio');
  for (let c = 0; c < 3; c++) {
    await radios.nth(c).check();
    await stroke(page, canvas, circle(40 + 30 * c));
    await figure.locator('.drawing-pad-buttons button').first().click();
  }
  await page.evaluate(() => (window.__longTasks = []));
  await figure.locator('.drawing-pad-buttons button').nth(1).click();
  const end = Date.now() + seconds * 1000;
  for (let r = 30; Date.now() < end; r = 30 + ((r + 17) % 90)) {
    await stroke(page, canvas, circle(r));
    await page.waitForTimeout(1000);
  }
}

const server = await serveDir(dir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** Longest main-thread task and total blocked time over `seconds` after the widget starts. */
async function measure(widget, mode) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.addInitScript(() => {
    window.__longTasks = [];
    window.__lastLongTaskEnd = 0;
    new PerformanceObserver((list) =>
      list.getEntries().forEach((e) => {
        window.__longTasks.push(e.duration);
        window.__lastLongTaskEnd = e.startTime + e.duration;
      }),
    ).observe({ type: 'longtask', buffered: true });
  });
  const url = new URL(widget.path, server.url);
  if (mode === 'main') url.searchParams.set('engines', 'main');
  await page.goto(url.href);
  const figure = page.locator(`figure.widget[data-widget-id="${widget.id}"]`);
  // The page's own loading (fonts, hydration) is not the widget's training: reset, then start.
  await page.evaluate(() => (window.__longTasks = []));
  await figure.scrollIntoViewIfNeeded();
  if (widget.ready) await figure.locator(widget.ready).first().waitFor({ state: 'visible', timeout: 180_000 });
  // Islands near the widget hydrate and load their modules as it scrolls into view: wait until
  // the page has had no long task for a second (at most 30 s), so the rows count the training.
  await page.waitForFunction(
    () => performance.now() - window.__lastLongTaskEnd > 1000,
    null,
    { timeout: 30_000, polling: 250 },
  ).catch(() => {});
  await page.evaluate(() => (window.__longTasks = []));
  if (widget.start) await figure.locator(widget.start).first().click();
  if (widget.act) await widget.act(figure, page);
  else await page.waitForTimeout(seconds * 1000);
  const tasks = await page.evaluate(() => window.__longTasks);
  await page.close();
  return { longest: Math.max(0, ...tasks), blocked: tasks.reduce((s, d) => s + Math.max(0, d - 50), 0), count: tasks.length };
}

const rows = [];
for (const widget of widgets) {
  for (const mode of modes) {
    const m = await measure(widget, mode);
    rows.push([widget.name, mode === 'main' ? 'main thread (before)' : 'worker (after)', `${Math.round(m.longest)} ms`, `${Math.round(m.blocked)} ms`, String(m.count)]);
  }
}
await browser.close();
server.close();

const header = ['widget', 'engines', 'longest task', `blocked in ${seconds} s`, 'long tasks'];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
console.log(header.map((h, i) => pad(h, widths[i])).join('  '));
for (const r of rows) console.log(r.map((c, i) => pad(c, widths[i])).join('  '));
