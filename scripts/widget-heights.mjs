// Does each widget reserve the space it ends up using? For every chapter page at a phone and a
// desktop width: each figure.widget's height as served (reserved min-height or server-rendered
// content) and after it has hydrated and settled, plus the page's cumulative layout shift while
// a reader scrolls through every widget with the mouse wheel (shifts during scrolling count, as in
// the browser's own CLS). A figure that grows pushes the text below it: raise the
// `height` its wrapper in src/components/widgets/ passes to WidgetSlot.
// Usage: node scripts/widget-heights.mjs [--dir dist] [--widths 360,1280] [--only /en/optimization/]
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dist = resolve(option('dir', 'dist'));
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run "npm run build" first (or pass --dir).`);
  process.exit(1);
}
const widths = option('widths', '360,1280').split(',').map(Number);
const pages = readdirSync(dist)
  .filter((lang) => /^[a-z]{2}$/.test(lang))
  .flatMap((lang) => readdirSync(join(dist, lang)).filter((slug) => slug !== 'search' && existsSync(join(dist, lang, slug, 'index.html'))).map((slug) => `/${lang}/${slug}/`))
  .filter((p) => !option('only', '') || option('only', '').split(',').includes(p));

const port = 4300 + Math.floor(Math.random() * 500);
const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname, '--port', String(port), '--dir', dist], { stdio: 'ignore' });
await new Promise((done) => setTimeout(done, 800));
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** Scrolls down to `figure` 400 px at a time, as a reader's wheel does (a jump would skip the page's lazy layout). */
async function scrollTo(page, figure) {
  let lastY = -1;
  for (let i = 0; i < 400; i++) {
    const top = await figure.evaluate((el) => el.getBoundingClientRect().top);
    const y = await page.evaluate(() => scrollY);
    if (top < 150 || (i > 0 && y === lastY)) return;
    lastY = y;
    await page.mouse.wheel(0, Math.min(400, top - 100));
    await page.waitForTimeout(60);
  }
}

/** Height of `figure` once it has stopped changing for 3 s (at most 90 s). */
async function settled(figure) {
  let last = -1;
  let stableSince = Date.now();
  const start = Date.now();
  while (Date.now() - start < 90_000) {
    const h = Math.round((await figure.boundingBox())?.height ?? 0);
    if (h !== last) [last, stableSince] = [h, Date.now()];
    else if (Date.now() - stableSince > 3000) break;
    await new Promise((done) => setTimeout(done, 250));
  }
  return last;
}

console.log('| page | width | widget | reserved px | served px | hydrated px | grew by |');
console.log('| --- | ---: | --- | ---: | ---: | ---: | ---: |');
const shifts = [];
try {
  for (const path of pages) {
    for (const width of widths) {
      const page = await browser.newPage({ viewport: { width, height: 800 }, reducedMotion: 'reduce' });
      await page.addInitScript(() => {
        window.cls = 0;
        new PerformanceObserver((list) => list.getEntries().forEach((e) => !e.hadRecentInput && (window.cls += e.value))).observe({ type: 'layout-shift', buffered: true });
      });
      await page.goto(`http://127.0.0.1:${port}${path}`, { waitUntil: 'load' });
      const figures = await page.locator('figure.widget').all();
      const served = [];
      for (const f of figures) served.push(await f.evaluate((el) => [el.dataset.widgetId, parseFloat(getComputedStyle(el).minHeight), Math.round(el.getBoundingClientRect().height)]));
      for (const [i, f] of figures.entries()) {
        await scrollTo(page, f);
        const [id, reserved, before] = served[i];
        const after = await settled(f);
        console.log(`| ${path} | ${width} | ${id} | ${reserved} | ${before} | ${after} | ${after > before ? after - before : 0} |`);
      }
      shifts.push(`${path} at ${width} px: CLS while scrolling through the widgets ${(await page.evaluate(() => window.cls)).toFixed(3)}`);
      await page.close();
    }
  }
} finally {
  await browser.close();
  server.kill();
}
console.log(shifts.join('\n'));
