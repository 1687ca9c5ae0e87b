// `npm run bench`: every benchmark of the course, one after another, each printing its table.
// Numbers about speed live here and never in a test: these machines are shared and noisy, so each
// benchmark compares contenders as ratios measured in the same run.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const benches = [
  ['Optimizer race', 'scripts/bench-race.mjs'],
  ['Network race vs ConvNetJS', 'scripts/bench-network.mjs'],
  ['Augmentation', 'scripts/bench-augment.mjs'],
  ['Augmentation CNN (gradient step)', 'scripts/bench-cnn.mjs'],
  ['Transfer learning (features, head-only at N = 10)', 'scripts/bench-transfer.mjs'],
  ['Widgets on the built site (needs npm run build)', 'scripts/bench-widgets.mjs'],
  ['Offline copy, first visit (needs npm run build)', 'scripts/bench-offline.mjs'],
  ['Backend probe on a first visit, fresh tab vs remembered backend (needs npm run build)', 'scripts/bench-probe.mjs'],
  ['Main-thread long tasks while training, main thread vs engine worker (needs npm run build)', 'scripts/bench-longtasks.mjs'],
];
let failed = 0;
for (const [title, script] of benches) {
  if (!existsSync(script)) continue;
  console.log(`\n## ${title}\n`);
  const run = spawnSync(process.execPath, [script, ...process.argv.slice(2)], { stdio: 'inherit' });
  if (run.status !== 0) {
    failed++;
    console.log(`(${script} exited with ${run.status})`);
  }
}
process.exit(failed ? 1 : 0);
