// Prints one line, "N passed, N failed", summing the unit (Vitest) and e2e (Playwright) reports
// that `npm test` writes to reports/. A suite that did not run counts as nothing, not as a pass.
import { existsSync, readFileSync } from 'node:fs';

const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
let passed = 0;
let failed = 0;
const unit = read('reports/unit.json');
if (unit) {
  passed += unit.numPassedTests;
  failed += unit.numFailedTests;
}
const e2e = read('reports/e2e.json');
if (e2e) {
  passed += e2e.stats.expected + (e2e.stats.flaky ?? 0);
  failed += e2e.stats.unexpected;
}
console.log(`${passed} passed, ${failed} failed`);
