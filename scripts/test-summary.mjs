// Prints one line, "N passed, N failed, N skipped", summing what `npm test` wrote to reports/:
// `npm run check` (one check: types, the no-DOM lib and the layering), the unit and claims tests
// (Vitest) and the e2e tests (Playwright). A skipped test is counted and named on a line above,
// so a test that quietly stopped running shows. A suite that did not run counts as nothing, not as
// a pass; a check or suite that did not run at all when it should have is one failure.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
const skipped = [];

const check = read('reports/check.json');
if (check) check.passed ? passed++ : failed++;

const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
  for (const file of unit.testResults ?? []) {
    // A file that failed outside its tests (an import error, a beforeAll that threw or timed out)
    // has no failed test to count: it counts as one failure, and its skipped tests are listed.
    if (file.status === 'failed' && !(file.assertionResults ?? []).some((t) => t.status === 'failed')) {
      failed++;
      console.log(`failed: ${file.name.replace(/^.*\/tests\//, 'tests/')}: ${(file.message || 'failed outside its tests (a hook or an import); see the log above').split('\n')[0]}`);
    }
    for (const t of file.assertionResults ?? []) {
      if (t.status === 'pending' || t.status === 'skipped' || t.status === 'todo') skipped.push(`${file.name.replace(/^.*\/tests\//, 'tests/')}: ${t.fullName}`);
    }
  }
}

const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
  const walk = (suite, file) => {
    for (const spec of suite.specs ?? []) {
      for (const t of spec.tests ?? []) if (t.status === 'skipped') skipped.push(`${file}: ${spec.title} (${t.projectName || 'chromium'})`);
    }
    for (const child of suite.suites ?? []) walk(child, file);
  };
  for (const suite of e2e.suites ?? []) walk(suite, `tests/e2e/${suite.file ?? suite.title}`);
}

// npm test writes stages.json when it ran; then a suite without a report did not run when it should have.
const stages = read('reports/stages.json');
if (stages && !e2e) failed++;
if (stages && !unit) failed++;

for (const name of skipped) console.log(`skipped: ${name}`);
console.log(`${passed} passed, ${failed} failed, ${skipped.length} skipped`);
