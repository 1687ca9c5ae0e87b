// Benchmark of the transfer chapter: frozen-feature extraction (images/s through the pretrained
// strokes-cnn body) and head-only training at N = 10 digits per class (seconds for the features
// of the 100 examples plus the head trained to the chapter's stopping rule: what the lab's head-
// only run and the drawing pad cost), per tfjs backend, in headless Debian Chromium; and, for
// scale, one from-scratch training step of 64 digits. The page is bench/transfer/main.ts, served
// by the shared harness with the shipped model and digits. Target: features + head under 2 s.
//
// Usage: node scripts/bench-transfer.mjs [--count 1000] [--json out.json]
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { pad, withBenchPage } from './bench/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
};
const count = Number(option('count', 1000));
const jsonOut = option('json', null);
const backends = ['webgl', 'wasm', 'cpu'];

const files = {
  'model.json': 'public/models/strokes-cnn/model.json',
  'weights.bin': 'public/models/strokes-cnn/weights.bin',
  'mnist-10k.u8z': 'public/data/mnist/mnist-10k.u8z',
};

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

await withBenchPage({ entry: 'bench/transfer/main.ts', global: 'transferBench', files }, async (page, browser) => {
  page.setDefaultTimeout(0);
  const tfVersion = await page.evaluate(() => window.transferBench.tfVersion);
  const loadBefore = loadavg()[0];
  const results = [];
  for (const backend of backends) {
    // The cpu backend's JavaScript convolutions: fewer images, and no scratch step (minutes).
    const n = backend === 'cpu' ? Math.min(count, 200) : count;
    const r = await page.evaluate(([b, c, s]) => window.transferBench.run(b, c, s), [backend, n, backend !== 'cpu']);
    results.push({ ...r, count: n });
    process.stderr.write(`  ${pad(backend, 6)} ${r.ok ? `${r.imagesPerSecond.toFixed(0)} images/s, head ${r.headSeconds.map((s) => s.toFixed(2)).join(' / ')} s` : r.error}\n`);
  }
  const lines = [
    'Transfer benchmark: frozen features of the pretrained body, and head-only training at N = 10 (features + head to the rule)',
    `headless Chromium ${browser.version()}, tfjs ${tfVersion}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
    '',
    `${pad('backend', 9)}${pad('features/s', 12, true)}${pad('head N=10 (s, median of 3)', 28, true)}${pad('steps', 14, true)}${pad('scratch step of 64 (s)', 24, true)}`,
  ];
  for (const r of results) {
    lines.push(
      r.ok
        ? `${pad(r.backend, 9)}${pad(Math.round(r.imagesPerSecond), 12, true)}${pad(median(r.headSeconds).toFixed(2), 28, true)}${pad(r.headSteps.join('/'), 14, true)}${pad(r.scratchStepSeconds === null ? 'skipped' : r.scratchStepSeconds.toFixed(2), 24, true)}`
        : `${pad(r.backend, 9)}${pad('—', 12, true)}${pad('—', 28, true)}${pad('', 14)}${pad('', 24)}  (${r.error})`,
    );
  }
  const best = results.filter((r) => r.ok).map((r) => median(r.headSeconds));
  if (best.length) lines.push('', `Target: features + head under 2 s. Fastest backend here: ${Math.min(...best).toFixed(2)} s.`);
  console.log(lines.join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ count, tfVersion, loadBefore, results }, null, 2));
});
