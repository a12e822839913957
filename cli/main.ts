/**
 * The composition root: parses arguments, wires the folders, sets the exit code (runClaimsim).
 * Exit statuses: 0 ok · 1 a check failed (scenario, invariant, impact) · 2 bad input · 3 internal error · 130 interrupted (SIGINT) · 143 terminated (SIGTERM).
 */
import { EXIT } from './exit.js';
import { diagnostics } from './io/diagnostics.js';
import { exitOnInterruptUntilWatched } from './io/interruption.js';
import { runClaimsim } from './runClaimsim.js';

// SIGINT and SIGTERM end the run with 130 or 143 from here on; a command that keeps its work
// so far (simulate, run, compare, sweep, all, explore, mutate) takes them over while it works.
exitOnInterruptUntilWatched();
diagnostics().debug({ args: process.argv.slice(2) }, 'claimsim: started');

// A reader that stops early (`claimsim run --help | head`) closes the pipe: the output is not
// wanted any more, which is no fault of claimsim.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
    throw err;
  });
}

process.exitCode = await runClaimsim(process.argv.slice(2), process.env.CLAIMSIM_DEBUG !== undefined && process.env.CLAIMSIM_DEBUG !== '');
