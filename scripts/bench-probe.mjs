// What the backend probe costs a reader's first visit: the same widget opened in a fresh tab (the
// probe runs, on the page and in the engine worker) and in a tab that remembers its backend (no
// probe), alternating, in one run. Prints the median time until the widget is ready and the
// machine's CPU seconds per visit (/proc/stat, so Chromium's GPU process and the worker count;
// Linux only, and only meaningful on an otherwise quiet machine). On SwiftShader the probe now
// skips webgl and cpu (engines/backendProbe.ts), so the two rows should nearly agree; before that
// change the fresh tab cost 10.3-11.0 CPU-s against 6.3-7.0 for the optimizer race (Dec 2026).
// Needs a build: `npm run build` first (or --dir another build).
// Usage: node scripts/bench-probe.mjs [--dir dist] [--visits 4]
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { pad, serveDir } from './bench/harness.mjs';

const args = process.argv.slice(2);
const arg = (name, fallback) => (args.indexOf(name) >= 0 ? args[args.indexOf(name) + 1] : fallback);
const dir = resolve(arg('--dir', 'dist'));
const visits = Number(arg('--visits', 4));
if (!existsSync(`${dir}/index.html`)) {
  console.error(`No built site in ${dir}: run "npm run build" first.`);
  process.exit(1);
}

/** Busy CPU seconds of the whole machine so far (user + nice + system), or null off Linux. */
function machineCpu() {
  if (!existsSync('/proc/stat')) return null;
  const [user, nice, system] = readFileSync('/proc/stat', 'utf8').split('\n')[0].split(/\s+/).slice(1, 4).map(Number);
  return (user + nice + system) / 100;
}

const widgets = [
  // The page's tfjs draws the heat map and the engine worker runs the race: two probes in a fresh tab.
  { name: 'Optimizer race', path: '/en/optimization/', id: 'race', ready: '.race[data-ready="true"]' },
  // Only the engine worker's probe.
  { name: 'Network race', path: '/en/optimization/', id: 'network', ready: '.network-race[data-ready="true"]' },
];

const server = await serveDir(dir);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });

/** One visit: ms until the widget is ready and machine CPU seconds spent, with or without a remembered backend. */
async function visit(widget, remembered) {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  if (remembered) {
    await context.addInitScript((name) => {
      sessionStorage.setItem('lecture7.tfBackend', name);
      sessionStorage.setItem('lecture7.workerBackend', name);
    }, remembered);
  }
  const page = await context.newPage();
  const cpu0 = machineCpu();
  const started = Date.now();
  await page.goto(new URL(widget.path, server.url).href);
  const figure = page.locator(`figure.widget[data-widget-id="${widget.id}"]`);
  await figure.scrollIntoViewIfNeeded();
  await figure.locator(widget.ready).waitFor({ state: 'attached', timeout: 120_000 });
  const ms = Date.now() - started;
  // The backend the engine worker ended on, for the table.
  const backend = await page.evaluate(() => document.documentElement.dataset.engineBackend ?? '');
  await page.waitForTimeout(500);
  const cpu = cpu0 === null ? null : machineCpu() - cpu0;
  await context.close();
  return { ms, cpu, backend };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
console.log(`Backend probe on a first visit: ${visits} visits each, alternating (Debian Chromium, headless)\n`);
console.log(`${pad('widget', 18)}${pad('tab', 26)}${pad('ready (ms, median)', 20, true)}${pad('CPU-s per visit', 17, true)}${pad('backend', 10, true)}`);
for (const widget of widgets) {
  const rows = { fresh: [], remembered: [] };
  let chosen = '';
  for (let i = 0; i < visits; i++) {
    const fresh = await visit(widget, null);
    chosen = fresh.backend;
    rows.fresh.push(fresh);
    rows.remembered.push(await visit(widget, chosen));
  }
  for (const [tab, list] of Object.entries(rows)) {
    const label = tab === 'fresh' ? 'fresh (probe runs)' : `remembers ${chosen} (no probe)`;
    const cpu = list.every((r) => r.cpu !== null) ? median(list.map((r) => r.cpu)).toFixed(2) : 'n/a';
    console.log(`${pad(widget.name, 18)}${pad(label, 26)}${pad(median(list.map((r) => r.ms)), 20, true)}${pad(cpu, 17, true)}${pad(list[0].backend, 10, true)}`);
  }
}
await browser.close();
server.close();
