// @ts-check
/**
 * Mutation testing of the core areas: `npm run mutate` (all areas, one after another, with a
 * score per area) or `npm run mutate -- db search` (some areas). Plain Stryker works too:
 * `npx stryker run --mutate 'lib/db/**'`. Slow by design, so it is not part of `npm test`.
 * @type {import('@stryker-mutator/api/core').PartialStrykerOptions}
 */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutate.config.ts', related: true },
  // Each mutant runs only the tests that reached it in the first, instrumented run.
  coverageAnalysis: 'perTest',
  mutate: [
    'lib/refs/**/*.ts',
    'lib/db/**/*.ts',
    'lib/saved/**/*.ts',
    'lib/search/**/*.ts',
    'lib/messaging/**/*.ts',
    'lib/page/skip.ts',
    'lib/page/shadow.ts',
    'lib/page/blocks.ts',
    'lib/page/probe-page.ts',
    'lib/page/scanner.ts',
    'lib/page/registry.ts',
    'lib/commentary/match.ts',
  ],
  // The machine's two cores are shared; more runners only queue.
  concurrency: 2,
  // Off by default: reusing results missed mutants that newly added tests kill (measured here),
  // so scores come from full runs. `npm run mutate -- --incremental` turns it on for quick looks.
  incremental: false,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
  ignorePatterns: ['.output', 'reports', 'test-results', 'screenshots', 'docs', 'dist'],
  cleanTempDir: true,
};
