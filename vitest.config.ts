import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The binary's compiled dist/, built once when stale, for the tests that start it.
    globalSetup: ['test/setup/buildOnce.ts'],
    // Two cores on CI: two forks keep the machine busy without thrashing.
    pool: 'forks',
    maxWorkers: 2,
    // No test depends on how fast the machine is: a timeout is only a net for a hang, set far
    // above what the slowest test takes on a two-core machine kept busy by twice its cores in
    // other work (npm run test:busy), where tests run about four times slower than idle.
    testTimeout: 600_000,
    // Suites that run claimsim end to end set up in beforeAll.
    hookTimeout: 600_000,
    reporters: process.env.CI ? ['default', ['junit', { outputFile: 'test-results/junit.xml' }]] : ['default'],
  },
});
