import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

/** `npm run mutation` (stryker.config.json): the engine's own tests only, one fork. */
export default mergeConfig(base, defineConfig({ test: { include: ['test/engine/**/*.test.ts'], maxWorkers: 1 } }));
