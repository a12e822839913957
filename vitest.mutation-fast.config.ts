import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run mutation:fast` (stryker.fast.config.json): the engine's tests without the
 * model-based ones (test/engine/model), one fork. Those run thousands of generated command
 * sequences and cover nearly every line, so each mutant would pay for them; without them a
 * run over all of engine/ takes under an hour, and its score is a lower bound of the full one.
 */
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['test/engine/**/*.test.ts'], exclude: ['test/engine/model/**', 'node_modules/**'], maxWorkers: 1 },
});
