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

// `claimsim audit` runs in a child node whose heap grows by half its live data (the flags of
// claimlog/auditHeap.ts, the same list), so that its peak RSS follows what the audit holds,
// which is bounded whatever the log's length; a heap limit or growth already set is kept. The
// child has its own process group: a signal reaches it once, through this process, which ends
// as the child does.
const AUDIT_NODE_FLAGS = ['--heap-growing-percent=50', '--max-semi-space-size=32'];
if (process.argv[2] === 'audit' && process.env.CLAIMSIM_AUDIT_CHILD !== '1' && !/--max-old-space-size|--heap-growing-percent/.test(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`)) {
  globalThis[STARTED] = true;
  const { spawn } = await import('node:child_process');
  const { constants } = await import('node:os');
  const child = spawn(process.execPath, [...AUDIT_NODE_FLAGS, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit', detached: true, env: { ...process.env, CLAIMSIM_AUDIT_CHILD: '1' } });
  for (const name of ['SIGINT', 'SIGTERM']) process.on(name, () => child.kill(name));
  const [code, signal] = await new Promise((resolve) => {
    child.on('error', (err) => {
      process.stderr.write(`claimsim: could not start the audit (${err.message})\n`);
      resolve([1, null]);
    });
    child.on('exit', (c, s) => resolve([c, s]));
  });
  process.exit(code ?? 128 + (constants.signals[signal] ?? 0));
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
