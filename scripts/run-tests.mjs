// `npm test`: every check and test, with the two cores of a small CI machine kept busy.
//
//   lane 1: npm run build, then Playwright on that build (built once, reused by every e2e test)
//   lane 2: npm run check (astro check: all types; the lib no-DOM tsc; dependency-cruiser) beside
//           Vitest, all three projects (the chapter claims first, then unit and lib), two workers
//
// Every stage is CPU-bound and the machine has two cores, so the wall time is about the CPU time
// of all stages over two, plus the moments a core waits. Lane 2 runs at a lower priority (nice):
// the build and then the e2e tests get the cores whenever they want them, so their timeouts meet
// the machine they would meet alone, and the check and Vitest (no timing-sensitive assertions;
// the claims allow minutes) take every moment the browsers leave a core idle (about 8 % of the
// e2e stage). When the e2e tests end first, Vitest simply has both cores.
// Every stage runs even when an earlier one failed (one run shows every failure); the exit code
// is non-zero when any failed. Writes reports/check.json and reports/stages.json (seconds per
// stage, and when it started), which scripts/test-summary.mjs reads for the closing line.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readFileSync, writeFileSync } from 'node:fs';

mkdirSync('reports', { recursive: true });
const stages = {};
let began = Date.now();

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
      stages[name] = { seconds: Math.round((Date.now() - started) / 1000), startedAt: Math.round((started - began) / 1000), code: code ?? 1 };
      resolve(code ?? 1);
    });
  });
}

/** Prints a stage's log after it finished, so it does not interleave with the lane that prints live. */
const show = (title, log) => console.log(`\n──── ${title} (${log}) ────\n${readFileSync(log, 'utf8').trimEnd()}\n`);

/** Lane 2's priority: below the build and the browsers, above nothing else (Linux nice; 0 elsewhere). */
const low = process.platform === 'linux' ? 'nice -n 10 ' : '';

began = Date.now();
const lane1 = (async () => {
  const build = await stage('build', 'npm run build', 'reports/build.log');
  if (build !== 0) show('npm run build', 'reports/build.log');
  // Without a build there is nothing to test end to end: the e2e report stays absent and the summary says so.
  const e2e = build === 0 ? await stage('e2e (playwright)', 'npx playwright test') : 1;
  return { build, e2e };
})();
const lane2 = (async () => {
  const [check, unit] = await Promise.all([
    stage('check', `${low}npm run check`, 'reports/check.log').then((code) => {
      writeFileSync('reports/check.json', JSON.stringify({ passed: code === 0 }));
      return code;
    }),
    stage('unit + claims (vitest)', `${low}npx vitest run`, 'reports/vitest.log'),
  ]);
  return { check, unit };
})();
const [{ build, e2e }, { check, unit }] = await Promise.all([lane1, lane2]);
show('npm run check', 'reports/check.log');
show('Vitest', 'reports/vitest.log');
stages.total = { seconds: Math.round((Date.now() - began) / 1000), startedAt: 0, code: [check, unit, build, e2e].some((c) => c !== 0) ? 1 : 0 };
writeFileSync('reports/stages.json', JSON.stringify(stages, null, 2));
console.log('\nStage times (lanes 1 and 2 run side by side; lane 2 at a lower priority):');
for (const [name, { seconds, startedAt, code }] of Object.entries(stages)) {
  console.log(`  ${name.padEnd(24)} ${String(seconds).padStart(5)} s  from ${String(startedAt).padStart(4)} s${code ? '  FAILED' : ''}`);
}
process.exit(stages.total.code);
