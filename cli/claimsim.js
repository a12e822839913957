#!/usr/bin/env node
// The `claimsim` binary. It runs the JavaScript that `npm run build` compiled into dist/ (`npm ci`
// builds it), so nothing is compiled at start. When dist/ is missing, or older than a source file
// (a checkout being edited), it runs the TypeScript sources through tsx instead: slower to
// start, never stale.
import { existsSync } from 'node:fs';
import { builtIsFresh } from './build/builtIsFresh.js';

const ROOT = new URL('..', import.meta.url);
if (process.env.CLAIMSIM_DEBUG) process.setSourceMapsEnabled(true);
if (process.env.CLAIMSIM_FROM_SOURCE !== '1' && existsSync(new URL('dist/.built', ROOT)) && builtIsFresh(ROOT)) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
