/**
 * Stands in for every @tensorflow package in the 'lib' Vitest project (vitest.config.ts), whose
 * files share one thread and one module cache. A test there that reaches tfjs, even through a
 * module it imports, fails here with the fix, instead of sharing tfjs's global engine unnoticed.
 */
throw new Error(
  "This test loads TensorFlow.js, so it cannot run in the 'lib' Vitest project (one shared thread): " +
    'name @tensorflow in the test file (an import, or a comment saying which import loads it), and vitest.config.ts runs it in the unit project, one fork per file.',
);
