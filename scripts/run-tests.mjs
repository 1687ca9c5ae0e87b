// `npm test`: every check and test, with the two cores of a small CI machine kept busy.
//
//   lane 1: npm run check (astro check: all types; the lib no-DOM tsc; dependency-cruiser), then npm run build
//   lane 2: Vitest, all three projects (the chapter claims first, then unit and lib), two workers
//   then:   Playwright on the build of lane 1 (built once, reused by every e2e test)
//
// The lanes run side by side because neither fills both cores for long: the check and the build
// are mostly one process, and the claims end on one long file while the other worker idles.
// The e2e tests wait for both lanes, so their timeouts never meet a busy machine.
// Every stage runs even when an earlier one failed (one run shows every failure); the exit code
// is non-zero when any failed. Writes reports/check.json and reports/stages.json (seconds per
// stage), which scripts/test-summary.mjs reads for the closing line.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const stages = {};

/** Runs `command` in a shell, timing it as `name`; output goes to this terminal or to `log`. Resolves to the exit code. */
function stage(name, command, log) {
  const started = Date.now();
  const child = spawn(command, { shell: true, stdio: log ? ['ignore', 'pipe', 'pipe'] : 'inherit' });
  if (log) {
    const out = createWriteStream(log);
    child.stdout.pipe(out);
    child.stderr.pipe(out);
  }
  return new Promise((resolve) => {
    child.on('close', (code) => {
      stages[name] = { seconds: Math.round((Date.now() - started) / 1000), code: code ?? 1 };
      resolve(code ?? 1);
    });
  });
}

/** Prints a lane's log after its stage finished, so it does not interleave with Vitest's output. */
const show = (title, log) => console.log(`\n──── ${title} (${log}) ────\n${readFileSync(log, 'utf8').trimEnd()}\n`);

const started = Date.now();
const lane1 = (async () => {
  const check = await stage('check', 'npm run check', 'reports/check.log');
  writeFileSync('reports/check.json', JSON.stringify({ passed: check === 0 }));
  const build = await stage('build', 'npm run build', 'reports/build.log');
  return { check, build };
})();
const unit = await stage('unit + claims (vitest)', 'npx vitest run');
const { check, build } = await lane1;
show('npm run check', 'reports/check.log');
if (build !== 0) show('npm run build', 'reports/build.log');
// Without a build there is nothing to test end to end: the e2e report stays absent and the summary says so.
const e2e = build === 0 ? await stage('e2e (playwright)', 'npx playwright test') : 1;
stages.total = { seconds: Math.round((Date.now() - started) / 1000), code: [check, unit, build, e2e].some((c) => c !== 0) ? 1 : 0 };
writeFileSync('reports/stages.json', JSON.stringify(stages, null, 2));
console.log('\nStage times (lanes 1 and 2 run side by side):');
for (const [name, { seconds, code }] of Object.entries(stages)) console.log(`  ${name.padEnd(24)} ${String(seconds).padStart(5)} s${code ? '  FAILED' : ''}`);
process.exit(stages.total.code);
