import { defineConfig } from 'vitest/config';

/**
 * The measurements the chapters quote (src/lib/measurements/*.json), rerun on purpose and never
 * by `npm test`: `npx vitest run --config tests/measure/vitest.config.ts <chapter>`. Minutes of CPU.
 */
export default defineConfig({
  test: {
    include: ['tests/measure/*.measure.ts'],
    environment: 'node',
    testTimeout: 7_200_000,
    hookTimeout: 7_200_000,
    pool: 'forks',
    maxWorkers: 1,
  },
});
