// Benchmark of the regularization and ensemble widgets as a reader meets them: the built site in
// headless Debian Chromium, default settings, whatever backend the widget's probe picks. Prints
// the dropout visualiser's frames/s while it plays, the time of one augmentation batch of 16 in
// the gallery, and each experiment's time from Play to its first result (and to the end, for the
// ensemble). Needs a build: `npm run build` first (or --dir another build).
// Usage: node scripts/bench-widgets.mjs [--dir dist]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { pad, serveDir } from './bench/harness.mjs';

const args = process.argv.slice(2);
const dirIndex = args.indexOf('--dir');
const dir = resolve(dirIndex >= 0 ? args[dirIndex + 1] : 'dist');
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}: run "npm run build" first.`);
  process.exit(1);
}

const server = await serveDir(dir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const rows = [];

/** Opens `path`, scrolls widget `id` into view and waits for `ready` (a selector) inside it. */
async function open(path, id, ready) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(new URL(path, server.url).href);
  const figure = page.locator(`figure.widget[data-widget-id="${id}"]`);
  await figure.scrollIntoViewIfNeeded();
  // Hydrated: Astro drops the island's ssr attribute once its component has rendered.
  await figure.locator('astro-island:not([ssr])').first().waitFor({ state: 'attached', timeout: 120_000 });
  await figure.locator(ready).first().waitFor({ state: 'visible', timeout: 120_000 });
  return { page, figure };
}

/** Seconds until the element `selector` inside the figure has attribute `name` equal to `value` (or, numeric, at least it). */
async function secondsUntil(figure, selector, name, value, timeout = 240_000) {
  const t0 = Date.now();
  await figure.evaluate(async (el, [sel, attr, wanted, limit]) => {
    const start = performance.now();
    const reached = () => {
      const got = el.querySelector(sel)?.getAttribute(attr);
      return typeof wanted === 'number' ? Number(got) >= wanted : got === wanted;
    };
    while (!reached()) {
      if (performance.now() - start > limit) throw new Error('timed out');
      await new Promise((r) => setTimeout(r, 50));
    }
  }, [selector, name, value, timeout]);
  return (Date.now() - t0) / 1000;
}

const measure = async (label, body) => {
  try {
    rows.push([label, await body()]);
  } catch (e) {
    rows.push([label, `failed: ${e.message.split('\n')[0]}`]);
  }
  process.stderr.write(`  ${label}: ${rows.at(-1)[1]}\n`);
};

try {
  await measure('dropout visualiser, frames/s while playing', async () => {
    const { page, figure } = await open('/en/regularization/', 'dropout', '.dropout-visualiser');
    await figure.getByRole('button', { name: 'Play' }).click();
    const fps = await page.evaluate(() => new Promise((done) => {
      let frames = 0;
      const t0 = performance.now();
      const tick = () => (performance.now() - t0 < 5000 ? (frames++, requestAnimationFrame(tick)) : done(frames / 5));
      requestAnimationFrame(tick);
    }));
    const passes = Number(await figure.locator('.dropout-visualiser').getAttribute('data-pass'));
    await page.close();
    return `${fps.toFixed(1)} frames/s (${passes} passes drawn)`;
  });
  await measure('augmentation gallery, one batch of 16 (s)', async () => {
    const { page, figure } = await open('/en/regularization/', 'augment', '.augment-gallery[data-drawn="16"][data-busy="false"]');
    // Timed in the page: from the click until the gallery has been busy and is idle again.
    const ms = await figure.evaluate((el) => new Promise((done) => {
      const gallery = el.querySelector('.augment-gallery');
      const button = [...el.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'New draw');
      let sawBusy = false;
      const observer = new MutationObserver(() => {
        if (gallery.dataset.busy === 'true') sawBusy = true;
        else if (sawBusy) {
          observer.disconnect();
          done(performance.now() - t0);
        }
      });
      observer.observe(gallery, { attributes: true });
      const t0 = performance.now();
      button.click();
    }));
    await page.close();
    return `${(ms / 1000).toFixed(2)} s`;
  });
  await measure('dropout experiment, Play to first result (s)', async () => {
    const { page, figure } = await open('/en/regularization/', 'dropoutExperiment', 'button:has-text("Play"):not([disabled])');
    await figure.getByRole('button', { name: 'Play' }).click();
    const s = await secondsUntil(figure, '.dropout-experiment', 'data-evaluations', 2);
    await page.close();
    return `${s.toFixed(1)} s`;
  });
  await measure('augmentation experiment, Play to first result (s)', async () => {
    const { page, figure } = await open('/en/regularization/', 'augmentExperiment', 'button:has-text("Play"):not([disabled])');
    await figure.getByRole('button', { name: 'Play' }).click();
    const s = await secondsUntil(figure, '.augment-experiment', 'data-evaluations', 2);
    await page.close();
    return `${s.toFixed(1)} s`;
  });
  await measure('ensemble lab (defaults, K=5), Play to all results (s)', async () => {
    const { page, figure } = await open('/en/ensembles/', 'ensemble', '.ensemble-lab[data-ready="true"]');
    const before = await figure.locator('.ensemble-lab').getAttribute('data-done');
    if (before === 'true') throw new Error('the lab says it is done before it ran');
    await figure.getByRole('button', { name: 'Play' }).click();
    const s = await secondsUntil(figure, '.ensemble-lab', 'data-done', 'true');
    await page.close();
    return `${s.toFixed(1)} s`;
  });
} finally {
  await browser.close();
  server.close();
}

console.log(`Widget benchmark: the built site in headless Chromium ${browser.version()}, default settings`);
console.log('');
for (const [label, value] of rows) console.log(`${pad(label, 58)}${value}`);
