// Lighthouse (mobile preset) on every chapter page in both languages and the home pages of a
// built site, with the JS each page loads before any widget is near the viewport, against the
// site's targets; then `npm audit --omit=dev`. Exit code 1 when a target is missed.
// Builds nothing: run `npm run build` first.
// Usage: node scripts/audit.mjs [--dir dist] [--only /en/optimization/,/ko/] [--runs 3] [--save reports/lighthouse]   (npm run audit)
// --runs: Lighthouse runs per page, the median run reported (performance swings between runs here).
// --save keeps each page's full Lighthouse report (JSON, the median run) for a closer look.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { pageWeights } from './page-weight.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? args[i + 1] : fallback;
};
const dist = resolve(option('dir', 'dist'));
/** Lighthouse runs per page; the median run is reported. */
const runs = Math.max(1, Number(option('runs', 3)) || 3);
if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}: run "npm run build" first (or pass --dir).`);
  process.exit(1);
}

/** Each target: what is measured, how it prints, and whether a value meets it. */
const targets = [
  { key: 'performance', label: 'perf', want: '>= 95', ok: (v) => v >= 95 },
  { key: 'accessibility', label: 'a11y', want: '100', ok: (v) => v === 100 },
  { key: 'best-practices', label: 'best pr.', want: '100', ok: (v) => v === 100 },
  { key: 'seo', label: 'SEO', want: '>= 95', ok: (v) => v >= 95 },
  { key: 'cls', label: 'CLS', want: '< 0.02', ok: (v) => v < 0.02, format: (v) => v.toFixed(3) },
  { key: 'js', label: 'JS before widgets kB', want: '<= 30', ok: (v) => v <= 30, format: (v) => v.toFixed(1) },
];

/** The home pages and every chapter page: each language folder's pages except search. */
function auditedPages() {
  const pages = ['/'];
  for (const lang of readdirSync(dist).filter((d) => /^[a-z]{2}$/.test(d) && statSync(join(dist, d)).isDirectory())) {
    pages.push(`/${lang}/`);
    for (const slug of readdirSync(join(dist, lang)).sort()) {
      if (slug !== 'search' && existsSync(join(dist, lang, slug, 'index.html'))) pages.push(`/${lang}/${slug}/`);
    }
  }
  const only = option('only', '');
  return only ? pages.filter((p) => only.split(',').includes(p)) : pages;
}

const freePort = () =>
  new Promise((done, fail) => {
    const probe = createServer().once('error', fail);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });

/** Starts scripts/serve.mjs on a free port; resolves once it listens. */
async function serve() {
  const port = await freePort();
  const server = spawn(process.execPath, [new URL('./serve.mjs', import.meta.url).pathname, '--port', String(port), '--dir', dist], { stdio: ['ignore', 'pipe', 'inherit'] });
  await new Promise((done, fail) => {
    server.stdout.on('data', (chunk) => String(chunk).includes('served at') && done());
    server.once('exit', (code) => fail(new Error(`scripts/serve.mjs exited with ${code}`)));
  });
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.kill() };
}

/**
 * Lighthouse's four category scores (0-100) and the CLS of one page, from the median of `runs` runs.
 * One run on a shared 2-core machine swings by 10 points or more; Lighthouse's own advice is to
 * run several times and keep the median run (its computeMedianRun: nearest the median FCP and TTI).
 */
async function lighthouseScores(url, chromePort, runs) {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const result = await lighthouse(url, { port: chromePort, output: 'json', logLevel: 'error' });
    if (result.lhr.runtimeError) throw new Error(`${url}: ${result.lhr.runtimeError.code} ${result.lhr.runtimeError.message}`);
    results.push(result);
  }
  const medianLhr = computeMedianRun(results.map((r) => r.lhr));
  const result = results.find((r) => r.lhr === medianLhr);
  const { categories, audits } = result.lhr;
  const save = option('save', '');
  if (save) {
    mkdirSync(save, { recursive: true });
    writeFileSync(join(save, `${new URL(url).pathname.replaceAll('/', '_') || '_'}.json`), result.report);
  }
  const perfRuns = results.map((r) => Math.round(r.lhr.categories.performance.score * 100));
  const scores = Object.fromEntries(['performance', 'accessibility', 'best-practices', 'seo'].map((k) => [k, Math.round(categories[k].score * 100)]));
  const failing = Object.values(audits)
    .filter((a) => a.score !== null && a.score < 1 && ['binary', 'numeric', 'metricSavings'].includes(a.scoreDisplayMode))
    .filter((a) => !['performance'].includes(a.id))
    .map((a) => `${a.id} (${a.displayValue ?? a.score})`);
  // Lighthouse's CPU benchmark of this machine at the time: a busy machine scores low and so does performance.
  return { ...scores, cls: audits['cumulative-layout-shift'].numericValue, failing, bench: Math.round(result.lhr.environment.benchmarkIndex), perfRuns };
}

/** `npm audit --omit=dev`; the registry here answers its endpoint with 405, which is reported, not thrown. */
function npmAudit() {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8', timeout: 120_000 });
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    return `npm audit --omit=dev: no answer (${(run.stderr || String(run.error ?? '')).trim().split('\n').pop()})`;
  }
  if (report.statusCode || report.message) return `npm audit --omit=dev: audit endpoint unavailable (${report.statusCode ?? ''} ${report.message ?? ''})`.trim();
  const v = report.metadata?.vulnerabilities ?? {};
  return `npm audit --omit=dev: ${v.total ?? 0} vulnerabilities (critical ${v.critical ?? 0}, high ${v.high ?? 0}, moderate ${v.moderate ?? 0}, low ${v.low ?? 0})`;
}

const pages = auditedPages();
const weights = new Map(pageWeights(dist).map((r) => [r.page, r.js / 1024]));
const loadBefore = loadavg()[0].toFixed(1);
const site = await serve();
const chrome = await chromeLauncher.launch({ chromePath: chromiumPath, chromeFlags: [...chromiumArgs, '--headless=new'] });
const rows = [];
try {
  for (const page of pages) {
    process.stderr.write(`lighthouse ${page} ...\n`);
    rows.push({ page, ...(await lighthouseScores(site.origin + page, chrome.port, runs)), js: weights.get(page) ?? 0 });
  }
} finally {
  await chrome.kill();
  site.stop();
}

let missed = 0;
const cell = (t, v) => {
  const good = t.ok(v);
  if (!good) missed++;
  return `${t.format ? t.format(v) : v} ${good ? 'ok' : `MISS (${t.want})`}`;
};
console.log(`| page | ${targets.map((t) => `${t.label} (${t.want})`).join(' | ')} |`);
console.log(`| --- |${targets.map(() => ' ---: |').join('')}`);
for (const row of rows) console.log(`| ${row.page} | ${targets.map((t) => cell(t, row[t.key])).join(' | ')} |`);
for (const row of rows) console.log(`${row.page} (CPU benchmark ${row.bench}; performance of the ${runs} runs: ${row.perfRuns.join(', ')}) audits below 1: ${row.failing.join(', ') || 'none'}`);
console.log(`Load average (1 min): ${loadBefore} before, ${loadavg()[0].toFixed(1)} after; on a busy machine rerun a page with --only /path/.`);
console.log(npmAudit());
console.log(missed ? `${missed} target(s) missed.` : 'Every target met.');
process.exit(missed ? 1 : 0);
