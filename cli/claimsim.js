#!/usr/bin/env node
// The `claimsim` binary: loads the TypeScript sources through tsx (no build step).
import { register } from 'tsx/esm/api';

// A reader that stops early (`claimsim run … | head`) closes the pipe: stop quietly, as other
// command-line tools do, instead of an unhandled EPIPE with a stack trace.
process.stdout.on('error', (err) => {
  if (err.code !== 'EPIPE') throw err;
  process.exit(process.exitCode ?? 0);
});

register();
await import('./main.ts');
