#!/usr/bin/env node
// The `claimsim` binary. It runs the JavaScript that `npm run build` compiled into dist/ (`npm ci`
// builds it), so nothing is compiled at start. When dist/ is missing, or older than a source file
// (a checkout being edited), it runs the TypeScript sources through tsx instead: slower to
// start, never stale.
import { existsSync } from 'node:fs';
import { builtIsFresh } from './build/builtIsFresh.js';

// A signal while the program loads (before cli/main.ts takes the signals over) still ends with
// the shell's status and a line, not by the signal's default action with no status at all.
const STARTED = Symbol.for('claimsim.signalsTakenOver');
for (const [name, status] of [['SIGINT', 130], ['SIGTERM', 143]]) {
  process.on(name, () => {
    if (globalThis[STARTED]) return;
    process.stderr.write(`claimsim: ${name === 'SIGINT' ? 'interrupted' : 'terminated'} (${name}) while starting; nothing was written\n`);
    process.exit(status);
  });
}

const ROOT = new URL('..', import.meta.url);
if (process.env.CLAIMSIM_DEBUG) process.setSourceMapsEnabled(true);
if (process.env.CLAIMSIM_FROM_SOURCE !== '1' && existsSync(new URL('dist/.built', ROOT)) && builtIsFresh(ROOT)) {
  await import('../dist/cli/main.js');
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('./main.ts');
}
