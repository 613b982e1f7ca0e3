import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Stryker's instrumented code on two shared cores runs the IndexedDB tests several times slower
// than `npm run check` does; a mutant that hangs is caught by Stryker's own timeout instead.
// The whole-Bible ranking test indexes both translations (62,000 verses) before it starts, for
// every search mutant it covers: mutants are judged by the unit tests of lib/search instead.
export default mergeConfig(
  base,
  defineConfig({ test: { testTimeout: 30_000, exclude: ['tests/unit/search/whole-bible.test.ts'] } }),
);
