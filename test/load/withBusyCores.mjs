#!/usr/bin/env node
// Runs a command while the machine's cores are kept busy: 2 × cores processes that spin at the
// same priority as the command (a busy CI runner). `npm run test:busy` runs `npm test` under it;
// the suite must pass there too. Usage: node test/load/withBusyCores.mjs [--factor F] COMMAND ARGS…
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';

const args = process.argv.slice(2);
let factor = 2;
if (args[0] === '--factor') {
  factor = Number(args[1]);
  args.splice(0, 2);
  if (!(factor > 0 && factor <= 16)) {
    console.error('withBusyCores: --factor takes a number from 0 to 16 (busy processes per core)');
    process.exit(2);
  }
}
if (args.length === 0) {
  console.error('withBusyCores: give the command to run, e.g. npm test');
  process.exit(2);
}

const count = Math.round(factor * availableParallelism());
const spinners = Array.from({ length: count }, () => spawn(process.execPath, ['-e', 'for (;;) {}'], { stdio: 'ignore' }));
const stop = () => spinners.forEach((s) => s.kill('SIGKILL'));
process.on('exit', stop);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => { stop(); process.exit(signal === 'SIGINT' ? 130 : 143); });

console.error(`withBusyCores: ${count} busy processes (${factor} per core on ${availableParallelism()} cores) while: ${args.join(' ')}`);
const started = performance.now();
const child = spawn(args[0], args.slice(1), { stdio: 'inherit' });
child.on('exit', (code, signal) => {
  stop();
  console.error(`withBusyCores: ${args.join(' ')} ended with ${signal ?? code} after ${((performance.now() - started) / 60_000).toFixed(1)} min`);
  process.exit(code ?? 1);
});
