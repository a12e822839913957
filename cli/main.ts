/**
 * The composition root: parses arguments, wires the folders, sets the exit code.
 * Exit statuses: 0 ok · 1 a check failed (scenario, invariant, impact) · 2 bad input · 3 internal error · 130 interrupted.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { registerAll } from './commands/all.js';
import { registerCompare } from './commands/compare.js';
import { registerMerge } from './commands/merge.js';
import { registerMutate } from './commands/mutate.js';
import { registerReport } from './commands/report.js';
import { registerRun } from './commands/run.js';
import { registerSchema } from './commands/schema.js';
import { registerSimulate } from './commands/simulate.js';
import { registerSweep } from './commands/sweep.js';
import { EXIT } from './exit.js';
import { failureOf } from './failureOf.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
const program = new Command('claimsim')
  .version(version, '-V, --version', 'print the version of claimsim')
  .description('Simulation and workflow test harness for the claim-withdrawal policy')
  // A bad option is one line, like every other input error.
  .configureOutput({ outputError: (text, write) => write(`${text.trimEnd()} (see --help)\n`) })
  .addHelpText('after', '\nExit status: 0 ok · 1 a check failed (scenario, invariant, impact) · 2 bad input · 3 internal error · 130 interrupted.\nEach command has --help with its options and examples: claimsim run --help.')
  .exitOverride();

registerRun(program);
registerSimulate(program);
registerCompare(program);
registerSweep(program);
registerMerge(program);
registerReport(program);
registerAll(program);
registerSchema(program);
registerMutate(program);

try {
  await program.parseAsync(process.argv);
} catch (err) {
  if (err instanceof CommanderError) {
    process.exitCode = err.exitCode === 0 ? EXIT.ok : EXIT.input;
  } else {
    const failure = failureOf(err, process.env.CLAIMSIM_DEBUG !== undefined && process.env.CLAIMSIM_DEBUG !== '');
    process.stderr.write(`${failure.message}\n`);
    process.exitCode = failure.status;
  }
}
