import { fileURLToPath } from 'node:url';
import { Command, CommanderError } from 'commander';
import { z } from 'zod';
import { registerAll } from './commands/all.js';
import { registerAudit } from './commands/audit.js';
import { registerCalibrate } from './commands/calibrate.js';
import { registerCompare } from './commands/compare.js';
import { registerExplain } from './commands/explain.js';
import { registerExplore } from './commands/explore.js';
import { registerMerge } from './commands/merge.js';
import { registerMutate } from './commands/mutate.js';
import { registerReport } from './commands/report.js';
import { registerRun } from './commands/run.js';
import { registerSchema } from './commands/schema.js';
import { registerServe } from './commands/serve.js';
import { registerSimulate } from './commands/simulate.js';
import { registerSweep } from './commands/sweep.js';
import { EXIT } from './exit.js';
import { failureOf } from './failureOf.js';
import { PACKAGE_ROOT } from './packageRoot.js';
import { unknownOption } from './unknownOption.js';
import { readJsonInput, validateJson } from './io/readJsonInput.js';

const PACKAGE_HOW = 'reinstall claimsim: its package.json is read for the version';

/** claimsim's version, from its package.json through the one reader (a broken file is one line at its place). */
const { version } = validateJson(readJsonInput(fileURLToPath(new URL('package.json', PACKAGE_ROOT)), PACKAGE_HOW), z.looseObject({ version: z.string().min(1) }), PACKAGE_HOW);

/** The command line with every command registered (a fresh one per run: commander keeps parsed state). */
function program(): Command {
  const p = new Command('claimsim')
    .version(version, '-V, --version', 'print the version of claimsim')
    .description('Simulation and workflow test harness for the claim-withdrawal policy')
    // A bad option is one line, like every other input error.
    .configureOutput({ outputError: (text, write) => write(`${text.trimEnd()} (see --help)\n`) })
    .addHelpText(
      'after',
      '\nExit status: 0 ok · 1 a check failed (scenario, invariant, impact) · 2 bad input · 3 internal error · 130 interrupted (SIGINT) · 143 terminated (SIGTERM); an interrupted simulate, compare, sweep or all writes its work so far, marked partial.\nEach command has --help with its options and examples: claimsim run --help.',
    )
    .exitOverride();
  registerRun(p);
  registerSimulate(p);
  registerCompare(p);
  registerSweep(p);
  registerExplore(p);
  registerMutate(p);
  registerMerge(p);
  registerReport(p);
  registerAll(p);
  registerSchema(p);
  registerExplain(p);
  registerAudit(p);
  registerCalibrate(p);
  registerServe(p);
  return p;
}

/**
 * Runs `claimsim ARGS…` (the arguments after the program name) in this process and returns its
 * exit status: what the binary does, callable from tests. Output goes to process.stdout/stderr.
 */
export async function runClaimsim(args: readonly string[], debug = false): Promise<number> {
  const p = program();
  const unknown = unknownOption(p, args);
  if (unknown !== null) {
    process.stderr.write(`${unknown}\n`);
    return EXIT.input;
  }
  const before = process.exitCode;
  process.exitCode = undefined;
  try {
    await p.parseAsync([...args], { from: 'user' });
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT.ok;
  } catch (err) {
    if (err instanceof CommanderError) return err.exitCode === 0 ? EXIT.ok : EXIT.input;
    const failure = failureOf(err, debug);
    process.stderr.write(`${failure.message}\n`);
    return failure.status;
  } finally {
    process.exitCode = before;
  }
}
