import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run mutation:rules` (stryker.rules.config.json): the tests of the rule code only, one fork. */
export default mergeConfig(
  base,
  defineConfig({ test: { include: ['test/engine/rules/**/*.test.ts', 'test/engine/decide.test.ts', 'test/engine/faults.test.ts', 'test/engine/mutants/**/*.test.ts'], maxWorkers: 1 } }),
);
