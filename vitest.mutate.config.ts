import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config';

// Stryker's instrumented code on two shared cores runs the IndexedDB tests several times slower
// than `npm run check` does; a mutant that hangs is caught by Stryker's own timeout instead.
export default mergeConfig(base, defineConfig({ test: { testTimeout: 30_000 } }));
