/**
 * The composition root: parses arguments, wires the folders, sets the exit code.
 * Exit statuses: 0 ok · 1 a check failed (scenario, invariant, impact) · 2 bad input · 3 internal error · 130 interrupted (SIGINT) · 143 terminated (SIGTERM).
 */
import { Command, CommanderError } from 'commander';
import { registerAll } from './commands/all.js';
import { registerCompare } from './commands/compare.js';
import { registerMerge } from './commands/merge.js';
import { registerRun } from './commands/run.js';
import { registerSimulate } from './commands/simulate.js';
import { registerSweep } from './commands/sweep.js';
import { EXIT } from './exit.js';
import { failureOf } from './failureOf.js';
import { unknownOption } from './unknownOption.js';

const program = new Command('claimsim')
  .description('Simulation and workflow test harness for the claim-withdrawal policy')
  // A bad option is one line, like every other input error.
  .configureOutput({ outputError: (text, write) => write(`${text.trimEnd()} (see --help)\n`) })
  .addHelpText('after', '\nExit status: 0 ok · 1 a check failed (scenario, invariant, impact) · 2 bad input · 3 internal error · 130 interrupted (SIGINT) · 143 terminated (SIGTERM); an interrupted simulate writes its summary so far, marked partial.\nEach command has --help with its options and examples: claimsim run --help.')
  .exitOverride();

registerRun(program);
registerSimulate(program);
registerCompare(program);
registerSweep(program);
registerMerge(program);
registerAll(program);

// A reader that stops early (`claimsim run --help | head`) closes the pipe: the output is not
// wanted any more, which is no fault of claimsim.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok);
    throw err;
  });
}

const unknown = unknownOption(program, process.argv.slice(2));
if (unknown !== null) {
  process.stderr.write(`${unknown}\n`);
  process.exitCode = EXIT.input;
} else {
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
}
