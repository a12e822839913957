import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run mutation:rules` (stryker.rules.config.json): the tests of the rule code only (the
 * features' decide and evolve parts), one fork. The include list replaces the base one (mergeConfig would append to it).
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/engine/rules/**/*.test.ts', 'test/engine/features/cooldownEndNotice.test.ts', 'test/engine/decide.test.ts', 'test/engine/evolve*.test.ts', 'test/engine/faults.test.ts', 'test/engine/mutants/**/*.test.ts'], maxWorkers: 1 },
});
