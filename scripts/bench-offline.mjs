// Benchmark of the offline copy on the built site: a reader's first visit to /en/ in headless
// Debian Chromium, fresh profile each run, from the page's load event until the service worker
// reports every file stored (html[data-offline="ready"]); and what the cache then holds.
// Needs a build: `npm run build` first (or --dir another build).
// Usage: node scripts/bench-offline.mjs [--dir dist] [--runs 3]
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { pad, serveDir } from './bench/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.indexOf(`--${name}`) >= 0 ? args[args.indexOf(`--${name}`) + 1] : fallback);
const dir = resolve(option('dir', 'dist'));
const runs = Number(option('runs', 3));
if (!existsSync(`${dir}/sw.js`)) {
  console.error(`No service worker in ${dir}: run "npm run build" first.`);
  process.exit(1);
}

const server = await serveDir(dir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const seconds = [];
let held = null;
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ serviceWorkers: 'allow' });
    const page = await context.newPage();
    await page.goto(new URL('/en/', server.url).href, { waitUntil: 'load' });
    const loadedAt = Date.now();
    await page.locator('html[data-offline="ready"]').waitFor({ state: 'attached', timeout: 300_000 });
    seconds.push((Date.now() - loadedAt) / 1000);
    held ??= await page.evaluate(async () => {
      const [name] = await caches.keys();
      const cache = await caches.open(name);
      const requests = await cache.keys();
      let bytes = 0;
      for (const request of requests) bytes += (await (await cache.match(request)).blob()).size;
      return { name, files: requests.length, bytes };
    });
    await context.close();
  }
} finally {
  await browser.close();
  server.close();
}
seconds.sort((a, b) => a - b);
console.log(`| ${pad('measure', 44)} | value |`);
console.log(`| ${'-'.repeat(44)} | ----- |`);
console.log(`| ${pad('cache', 44)} | ${held.name} |`);
console.log(`| ${pad('files stored', 44)} | ${held.files} |`);
console.log(`| ${pad('bytes stored (MB)', 44)} | ${(held.bytes / 1e6).toFixed(1)} |`);
console.log(`| ${pad(`first visit: load to offline-ready, median of ${runs} (s)`, 44)} | ${seconds[Math.floor(seconds.length / 2)].toFixed(1)} |`);
