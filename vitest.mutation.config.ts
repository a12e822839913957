import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

/**
 * `npm run mutation` (stryker.config.json): the engine's own tests only, one fork. The include
 * list replaces the base one (mergeConfig would append to it).
 */
export default defineConfig({ ...base, test: { ...base.test, include: ['test/engine/**/*.test.ts'], maxWorkers: 1 } });
