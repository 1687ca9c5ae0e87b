// Benchmark of the augmentation gallery: the time of one batch of 16 augmentations of a 224 px
// photo (what one "New draw" costs), per tfjs backend, in headless Debian Chromium, with the
// gallery's default pipeline and with all nine transforms on. The page is bench/augment/main.ts,
// bundled, served and opened by the shared harness (scripts/bench/harness.mjs).
//
// Usage: node scripts/bench-augment.mjs [--seconds 2] [--json out.json]
import { writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { pad, withBenchPage } from './bench/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] && !args[i + 1].startsWith('--') ? args[i + 1] : fallback;
};
const seconds = Number(option('seconds', 2));
const jsonOut = option('json', null);
const backends = ['webgl', 'wasm', 'cpu'];
const pipelines = ['default', 'all'];

// The harness serves unknown types as octet-stream; createImageBitmap sniffs JPEG bytes anyway.
const files = { 'chelsea.jpg': 'public/data/photos/chelsea.jpg' };

await withBenchPage({ entry: 'bench/augment/main.ts', global: 'augmentBench', files }, async (page, browser) => {
  const tfVersion = await page.evaluate(() => window.augmentBench.tfVersion);
  const results = [];
  for (const pipeline of pipelines) {
    for (const backend of backends) {
      const r = await page.evaluate(([b, p, s]) => window.augmentBench.run(b, p, s), [backend, pipeline, seconds]);
      results.push(r);
      process.stderr.write(`  ${pad(pipeline, 8)} ${pad(backend, 6)} ${r.ok ? `${r.msPerBatch.toFixed(1)} ms` : r.error}\n`);
    }
  }
  const lines = [
    'Augmentation gallery benchmark: one batch of 16 augmentations of a 224 px photo, pixels read back',
    `headless Chromium ${browser.version()}, tfjs ${tfVersion}, ${cpus().length} cores; ${seconds} s per row`,
    '',
    `${pad('pipeline', 34)}${pad('backend', 9)}${pad('ms / 16', 10, true)}${pad('images/s', 10, true)}`,
  ];
  for (const r of results) {
    const name = r.pipeline === 'default' ? 'default (crop, flip, jitter ×3)' : 'all nine transforms';
    lines.push(
      r.ok
        ? `${pad(name, 34)}${pad(r.backend, 9)}${pad(r.msPerBatch.toFixed(1), 10, true)}${pad(Math.round(16000 / r.msPerBatch), 10, true)}`
        : `${pad(name, 34)}${pad(r.backend, 9)}${pad('—', 10, true)}${pad('—', 10, true)}  (${r.error})`,
    );
  }
  console.log(lines.join('\n'));
  if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ seconds, tfVersion, results }, null, 2));
});
