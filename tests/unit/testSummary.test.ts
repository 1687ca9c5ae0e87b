/**
 * The closing line of `npm test` (scripts/test-summary.mjs) on hand-made reports: skipped tests
 * are counted and named, a file that failed in a hook (no failed test of its own) is a failure,
 * the check counts as one, and a suite that should have run but left no report is a failure.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = resolve(__dirname, '../../scripts/test-summary.mjs');
let dir = '';

/** Writes `reports` (file name -> JSON) into a fresh folder and returns the script's output lines. */
function summarise(reports: Record<string, unknown>): string[] {
  dir = mkdtempSync(join(tmpdir(), 'summary-'));
  mkdirSync(join(dir, 'reports'));
  for (const [name, body] of Object.entries(reports)) writeFileSync(join(dir, 'reports', name), JSON.stringify(body));
  return execFileSync(process.execPath, [script], { cwd: dir, encoding: 'utf8' }).trim().split('\n');
}

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A Vitest JSON report: one file whose beforeAll timed out, one with a pass and a skip. */
const unit = {
  numPassedTests: 1,
  numFailedTests: 0,
  testResults: [
    {
      name: '/repo/tests/unit/claims-x.test.ts',
      status: 'failed',
      message: 'Hook timed out in 1800000ms.',
      assertionResults: [{ status: 'skipped', fullName: 'claim a' }],
    },
    { name: '/repo/tests/unit/y.test.ts', status: 'passed', message: '', assertionResults: [{ status: 'passed', fullName: 'y works' }, { status: 'pending', fullName: 'y later' }] },
  ],
};

/** A Playwright JSON report: one pass, one skip. */
const e2e = {
  stats: { expected: 1, unexpected: 0, flaky: 0, skipped: 1 },
  suites: [{ title: 'z.e2e.ts', file: 'z.e2e.ts', specs: [{ title: 'z runs', tests: [{ status: 'expected', projectName: '' }] }, { title: 'z offline', tests: [{ status: 'skipped', projectName: '' }] }] }],
};

describe('npm test closing line', () => {
  it('counts skips, a file failed in a hook and the check: N passed, N failed, N skipped', () => {
    const lines = summarise({ 'unit.json': unit, 'e2e.json': e2e, 'check.json': { passed: true } });
    expect(lines.at(-1)).toBe('3 passed, 1 failed, 3 skipped');
    expect(lines).toContain('failed: tests/unit/claims-x.test.ts: Hook timed out in 1800000ms.');
    expect(lines).toContain('skipped: tests/unit/claims-x.test.ts: claim a');
    expect(lines).toContain('skipped: tests/unit/y.test.ts: y later');
    expect(lines).toContain('skipped: tests/e2e/z.e2e.ts: z offline (chromium)');
  });

  it('a failed check is a failure, and so is a suite npm test ran without a report', () => {
    const lines = summarise({ 'unit.json': { ...unit, testResults: [unit.testResults[1]] }, 'check.json': { passed: false }, 'stages.json': {} });
    expect(lines.at(-1)).toBe('1 passed, 2 failed, 1 skipped');
  });
});
