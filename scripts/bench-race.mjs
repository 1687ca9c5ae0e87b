// Benchmark of the optimizer race: steps per second with all six optimizers moving n particles
// each (n = 1, 1,000, 10,000) on every tfjs backend, in headless Debian Chromium, one run.
// A "step" moves every particle of every optimizer once; the widget reads positions back once
// per call of `stepsPerCall` steps (one animation frame), as here.
// Then the swarm row, in Node (no browser): 6 optimizers × 10,000 particles stepped apart (one
// tensor set per optimizer, as before fusion), fused into one set of tfjs tensors, and fused in
// plain JS (the race's default), on tfjs's cpu and wasm backends, as ratios in one run.
// Usage: node scripts/bench-race.mjs [--seconds 2] [--steps-per-call 1] [--swarm-only]
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { build } from 'esbuild';
import { pad, root, withBenchPage } from './bench/harness.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 && args[i + 1] ? Number(args[i + 1]) : fallback;
};
const seconds = option('seconds', 2);
const stepsPerCall = option('steps-per-call', 1);
const backends = ['webgl', 'wasm', 'cpu'];
const sizes = [1, 1000, 10000];

/** The swarm row: steps/s of each way of stepping, per backend, in this Node process. */
async function swarmRow() {
  const out = join(root, 'node_modules/.cache/lecture7-bench/race-node.mjs');
  await build({ entryPoints: [join(root, 'bench/race/node.ts')], bundle: true, platform: 'node', format: 'esm', target: 'node20', outfile: out, tsconfig: join(root, 'tsconfig.json'), packages: 'external', logLevel: 'warning' });
  const bench = await import(out);
  bench.useWasmFrom(`${join(dirname(createRequire(import.meta.url).resolve('@tensorflow/tfjs-backend-wasm/package.json')), 'dist')}/`);
  const ways = [['apart', 'apart (before)'], ['tensors', 'fused tensors'], ['js', 'fused JS (shipped)']];
  console.log(`Swarm row: 6 optimizers × 10,000 particles on the ravine (noise 0.05), Node ${process.version}, tfjs ${bench.tfVersion}, ${seconds} s per cell`);
  console.log(`${pad('backend', 9)}${ways.map(([, label]) => pad(label, 20, true)).join('')}   (steps/s; × = ratio to apart)`);
  let best = 0;
  for (const backend of ['cpu', 'wasm']) {
    const speeds = [];
    for (const [way] of ways) {
      const r = await bench.swarmSpeed(backend, way, 10000, seconds, stepsPerCall);
      if (r.leaked) console.log(`  (${backend}/${way} left ${r.leaked} tensors)`);
      speeds.push(r.ok ? r.stepsPerSecond : NaN);
    }
    best = Math.max(best, ...speeds.filter(Number.isFinite));
    console.log(`${pad(backend, 9)}${speeds.map((v) => pad(`${v.toFixed(1)} (${(v / speeds[0]).toFixed(2)}×)`, 20, true)).join('')}`);
  }
  console.log(`Swarm: best ${best.toFixed(1)} steps/s (target ≥ 60: ${best >= 60 ? 'met' : 'NOT met on this machine'}).`);
}

if (args.includes('--swarm-only')) {
  await swarmRow();
  process.exit(0);
}

await withBenchPage({ entry: 'bench/race/main.ts', global: 'raceBench' }, async (page, browser) => {
  const results = {};
  for (const backend of backends) {
    for (const n of sizes) {
      const r = await page.evaluate(([b, n2, s, k]) => window.raceBench.run(b, n2, s, k), [backend, n, seconds, stepsPerCall]);
      results[`${backend}/${n}`] = r;
      process.stderr.write(`  ${pad(backend, 6)} ${pad(n, 6, true)} particles: ${r.ok ? `${r.stepsPerSecond.toFixed(1)} steps/s` : r.error}\n`);
    }
  }
  const tfVersion = await page.evaluate(() => window.raceBench.tfVersion);
  console.log(`Optimizer race benchmark: 6 optimizers × n particles on the ravine, ${stepsPerCall} step(s) per read-back`);
  console.log(`headless Chromium ${browser.version()}, tfjs ${tfVersion}; ${seconds} s per cell`);
  console.log('');
  console.log(`${pad('backend', 9)}${sizes.map((n) => pad(`n=${n}`, 12, true)).join('')}   (steps/s)`);
  for (const backend of backends) {
    const cells = sizes.map((n) => {
      const r = results[`${backend}/${n}`];
      return pad(r.ok ? r.stepsPerSecond.toFixed(1) : '—', 12, true);
    });
    console.log(`${pad(backend, 9)}${cells.join('')}`);
  }
  const leaks = Object.entries(results).filter(([, r]) => r.ok && r.tensorsAfter !== r.tensorsBefore);
  console.log(leaks.length ? `Tensor leaks: ${leaks.map(([k, r]) => `${k} ${r.tensorsBefore}→${r.tensorsAfter}`).join(', ')}` : 'No tensor left behind after any run.');
  const best = Math.max(...backends.map((b) => (results[`${b}/10000`].ok ? results[`${b}/10000`].stepsPerSecond : 0)));
  console.log(`6 × 10,000 particles: best ${best.toFixed(1)} steps/s (target ≥ 60: ${best >= 60 ? 'met' : 'NOT met on this machine'}).`);
});
console.log('');
await swarmRow();
