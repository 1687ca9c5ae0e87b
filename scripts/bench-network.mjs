// Benchmark of the network race's training speed: the widget's MLP (784 → 64 → 10 ReLU, softmax
// cross-entropy, plain SGD, batch 64, the shipped MNIST digits) trained in headless Debian
// Chromium with TensorFlow.js on each backend and with ConvNetJS 0.3, in one run, as ratios.
//
// The bench page (bench/network/main.ts) is bundled with esbuild into a temporary folder and
// served from there, so it never reaches dist/. Contenders are measured in interleaved rounds (a
// shared machine's load drifts): each ratio compares runs of the same round, and the table shows
// medians over the rounds.
//
// Usage: node scripts/bench-network.mjs [--seconds 2] [--rounds 3] [--json out.json] [--isolated]
//   --isolated  serves the page cross-origin isolated, which lets tfjs use wasm threads
//               (the site itself is not served that way).
import { rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './chromium.mjs';
import { buildBenchPage, pad, serveDir } from './bench/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
};
const isolated = args.includes('--isolated');
const seconds = Number(option('seconds', 2));
const rounds = Number(option('rounds', 3));
const jsonOut = option('json', null);
const config = { trainCount: 2000, batchSize: 64, hidden: 64, learningRate: 0.05, seed: 7, seconds, stepsPerCall: 4 };
const contenders = ['convnetjs', 'webgl', 'wasm', 'cpu'];

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Per contender: the median examples/s over the rounds, and the median over the rounds of its
 * ratio to ConvNetJS in the SAME round (neighbours in time share the machine's load).
 */
function summarise(all) {
  const out = {};
  for (const name of contenders) {
    const mine = all.filter((r) => r.backend === name && r.ok);
    if (mine.length === 0) {
      out[name] = { ok: false, error: all.find((r) => r.backend === name)?.error ?? 'not run' };
      continue;
    }
    const ratios = mine
      .map((r) => [r, all.find((c) => c.backend === 'convnetjs' && c.round === r.round && c.ok)])
      .filter(([, c]) => c)
      .map(([r, c]) => r.examplesPerSecond / c.examplesPerSecond);
    out[name] = {
      ok: true,
      examplesPerSecond: median(mine.map((r) => r.examplesPerSecond)),
      ratio: ratios.length ? median(ratios) : NaN,
      finalLoss: median(mine.map((r) => r.finalLoss)),
    };
  }
  return out;
}

/** The table the lead's `npm run bench` prints. */
function table(summary, context) {
  const lines = [
    `Network race benchmark: ${context.network}, SGD, batch ${config.batchSize}, ${config.trainCount} MNIST digits`,
    `headless Chromium ${context.browser}, tfjs ${context.tfVersion}, ${context.cores} cores` +
      `${context.isolated ? ', cross-origin isolated (wasm threads)' : ''}; medians of ${rounds} interleaved rounds of ${seconds} s`,
    '',
    `${pad('backend', 16)}${pad('examples/s', 12, true)}${pad('× ConvNetJS', 13, true)}  final loss`,
  ];
  for (const name of contenders) {
    const r = summary[name];
    const label = name === 'convnetjs' ? 'ConvNetJS 0.3' : `tfjs ${name}`;
    if (!r.ok) {
      lines.push(`${pad(label, 16)}${pad('—', 12, true)}${pad('—', 13, true)}  (${r.error})`);
      continue;
    }
    lines.push(`${pad(label, 16)}${pad(Math.round(r.examplesPerSecond), 12, true)}${pad(`${r.ratio.toFixed(2)}×`, 13, true)}  ${r.finalLoss.toFixed(3)}`);
  }
  const engine = contenders.filter((n) => n !== 'convnetjs' && summary[n].ok).sort((a, b) => summary[b].ratio - summary[a].ratio);
  if (engine.length > 0 && Number.isFinite(summary[engine[0]].ratio)) {
    const ratio = summary[engine[0]].ratio;
    lines.push('', `Best backend (the widget's engine): ${engine[0]}, ${ratio.toFixed(2)}× ConvNetJS (target ≥ 3×: ${ratio >= 3 ? 'met' : 'NOT met'}).`);
  }
  return lines.join('\n');
}

const dir = await buildBenchPage('bench/network/main.ts', { 'mnist-10k.u8z': 'public/data/mnist/mnist-10k.u8z' });
const server = await serveDir(dir, { isolated });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('bench page error:', e.message));
  await page.goto(server.url);
  await page.waitForFunction(() => window.networkBench !== undefined, null, { timeout: 60_000 });
  const context = await page.evaluate(() => ({ tfVersion: window.networkBench.tfVersion, isolated: window.networkBench.crossOriginIsolated }));
  const all = [];
  for (let round = 0; round < rounds; round++) {
    for (const name of contenders) {
      const result = await page.evaluate(([n, c]) => window.networkBench.run(n, c), [name, config]);
      all.push({ round, backend: name, ...result });
      process.stderr.write(`  round ${round + 1} ${pad(name, 10)} ${result.ok ? `${Math.round(result.examplesPerSecond)} examples/s` : result.error}\n`);
    }
  }
  const summary = summarise(all);
  const info = { ...context, browser: browser.version(), cores: cpus().length, network: `784 → ${config.hidden} → 10 ReLU MLP, softmax cross-entropy` };
  console.log(table(summary, info));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ config, info, summary, all }, null, 2));
} finally {
  await browser.close();
  server.close();
  rmSync(dir, { recursive: true, force: true });
}
