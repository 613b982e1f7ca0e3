import { defineConfig } from 'vitest/config';

// End-to-end tests drive real browsers with the built extension: one file at a time,
// since each launches its own browser and the machine has two cores.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.spec.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Polls wait for what a user would see; a busy two-core CI machine needs more than 1 s.
    expect: { poll: { timeout: 10_000, interval: 50 } },
  },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
});
