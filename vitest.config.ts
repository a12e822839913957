import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The binary's compiled dist/, built once when stale, for the tests that start it.
    globalSetup: ['test/setup/buildOnce.ts'],
    // Two cores on CI: two forks keep the machine busy without thrashing.
    pool: 'forks',
    maxWorkers: 2,
    testTimeout: 60_000,
    // Suites that run claimsim end to end set up in beforeAll; on a loaded two-core machine that can take minutes.
    hookTimeout: 180_000,
    reporters: process.env.CI ? ['default', ['junit', { outputFile: 'test-results/junit.xml' }]] : ['default'],
  },
});
