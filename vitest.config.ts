import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { BaseSequencer, type TestSpecification } from 'vitest/node';
import { defineConfig } from 'vitest/config';

/**
 * The claims files that take longest, longest first. CPU seconds of each file alone (vitest run
 * under /usr/bin/time, Dec 2026): augment ~55, transfer 44 (140 before scratch left N = 10),
 * dropout 38, measured ~35, ensemble 10, network 3, optimization 3. On a clean clone Vitest has
 * no durations and would start them in name order, a long one last: minutes on one core while
 * the other ran out of work.
 */
const LONGEST_CLAIMS = ['claims-augment', 'claims-transfer', 'claims-dropout', 'claims-measured'];

/**
 * Longest first, so the short files fill the other core at the end: the claims (minutes each)
 * start before the unit files, the longest of them (LONGEST_CLAIMS) first. Otherwise Vitest's own
 * order holds (slowest first by the last run's durations when it has them).
 */
class ClaimsFirst extends BaseSequencer {
  async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const isClaims = (f: TestSpecification) => f.project.name === 'claims';
    const rank = (f: TestSpecification) => {
      const i = LONGEST_CLAIMS.findIndex((name) => f.moduleId.endsWith(`/${name}.test.ts`));
      return i < 0 ? LONGEST_CLAIMS.length : i;
    };
    const claims = sorted.filter(isClaims).sort((a, b) => rank(a) - rank(b));
    return [...claims, ...sorted.filter((f) => !isClaims(f))];
  }
}

/** The chapter claims: full training runs at the widgets' settings, minutes each. */
const claims = 'tests/unit/claims-*.test.ts';

/**
 * Unit test files that load no tfjs: nothing they import names tfjs, an engine, an island or the
 * tfjs test data. They need no fork each (a fork and a fresh import per file cost them twice
 * their run time): the 'lib' project runs them in threads sharing one module cache. A file that
 * reaches tfjs anyway fails there (tests/unit/support/noTfjs.ts stands in for tfjs).
 */
const loadsTfjs = /@tensorflow|engines\/|islands\/|\.\/mnistData|\.\/transferModel/;
const unitDir = new URL('./tests/unit/', import.meta.url);
const tfFree = readdirSync(unitDir)
  .filter((name) => name.endsWith('.test.ts') && !name.startsWith('claims-'))
  .filter((name) => !loadsTfjs.test(readFileSync(new URL(name, unitDir), 'utf8')))
  .map((name) => `tests/unit/${name}`);

export default defineConfig({
  // The '~/' import alias of tsconfig.json, so tests can import islands (their word tables).
  resolve: { alias: { '~': fileURLToPath(new URL('./src', import.meta.url)) } },
  test: {
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
    // tfjs keeps one global engine per process: isolate files in forks, two at a time (2 cores);
    // the tfjs-free files share threads instead (the 'lib' project).
    pool: 'forks',
    maxWorkers: 2,
    sequence: { sequencer: ClaimsFirst },
    // Three projects: `npm run test:unit` runs the fast two (unit, lib) while you work (seconds to a
    // couple of minutes); `npm test` and CI run all. Each claims file sets its own budget for its runs.
    projects: [
      {
        extends: true,
        // One fork for many files, tfjs imported once (54 to 34 CPU-s); support/freshTfjs.ts puts
        // tfjs back on the cpu backend before each file.
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          exclude: [claims, ...tfFree],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          isolate: false,
          setupFiles: ['tests/unit/support/freshTfjs.ts'],
        },
      },
      {
        extends: true,
        resolve: { alias: [{ find: /^@tensorflow\/.*/, replacement: fileURLToPath(new URL('./tests/unit/support/noTfjs.ts', import.meta.url)) }] },
        test: { name: 'lib', include: tfFree, pool: 'threads', isolate: false, testTimeout: 120_000 },
      },
      {
        extends: true,
        test: { name: 'claims', include: [claims], testTimeout: 600_000, hookTimeout: 900_000 },
      },
    ],
  },
});
