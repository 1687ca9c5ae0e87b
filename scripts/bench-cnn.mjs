// Benchmark of the augmentation experiment's CNN: milliseconds per gradient step (batch of 32
// digits, 8 and 16 channels), per tfjs backend, in headless Debian Chromium, with the convolutions
// as plain im2col + matMul (tfjs differentiates them) against src/engines/conv3x3.ts's written-out
// gradients, which the CNN uses. The page is bench/cnn/main.ts, served by the shared harness.
//
// Usage: node scripts/bench-cnn.mjs [--repeats 5] [--json out.json]
import { writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { pad, withBenchPage } from './bench/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
};
const repeats = Number(option('repeats', 5));
const jsonOut = option('json', null);
const backends = ['webgl', 'wasm', 'cpu'];

await withBenchPage({ entry: 'bench/cnn/main.ts', global: 'cnnBench', files: {} }, async (page, browser) => {
  page.setDefaultTimeout(0);
  const tfVersion = await page.evaluate(() => window.cnnBench.tfVersion);
  const loadBefore = loadavg()[0];
  const results = [];
  for (const backend of backends) {
    const r = await page.evaluate(([b, n]) => window.cnnBench.run(b, n), [backend, backend === 'cpu' ? Math.min(repeats, 3) : repeats]);
    results.push(r);
    process.stderr.write(`  ${pad(backend, 6)} ${r.ok ? `${r.plain.toFixed(0)} ms → ${r.fast.toFixed(0)} ms` : r.error}\n`);
  }
  const lines = [
    'Augmentation CNN: one gradient step of 32 digits (ms, median), im2col + matMul against the written-out gradients',
    `headless Chromium ${browser.version()}, tfjs ${tfVersion}, ${cpus().length} cores, load average ${loadBefore.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
    '',
    `${pad('backend', 9)}${pad('im2col + matMul', 17, true)}${pad('conv3x3Fast', 13, true)}${pad('speed-up', 10, true)}${pad('the CNN as shipped', 20, true)}`,
  ];
  for (const r of results) {
    lines.push(
      r.ok
        ? `${pad(r.backend, 9)}${pad(r.plain.toFixed(1), 17, true)}${pad(r.fast.toFixed(1), 13, true)}${pad(`${(r.plain / r.fast).toFixed(1)}x`, 10, true)}${pad(r.widget.toFixed(1), 20, true)}`
        : `${pad(r.backend, 9)}  (${r.error})`,
    );
  }
  console.log(lines.join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ repeats, tfVersion, loadBefore, results }, null, 2));
});
