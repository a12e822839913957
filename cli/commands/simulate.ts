import type { Command } from 'commander';
import type { SimulateFlags } from '../actions/simulate/simulate.js';
import { reportInputError } from './shared/reportInputError.js';
import { shardOptions } from './shared/shardOptions.js';
import { SET_HELP } from './shared/populationOptions.js';
import { WORKERS_HELP } from './shared/workersHelp.js';
import { helpText } from './helpText.js';

/** `claimsim simulate`: a population through the rules with the invariant checker on. */
export function registerSimulate(program: Command): void {
  const command = program
    .command('simulate')
    .description('run a population of sellers and buyers through the rules, with the invariant checker on')
    .requiredOption('-p, --population <file>', 'population file (YAML), such as generators/populations/default.yaml')
    .option('--policy <policy>', 'policy: a policy YAML file (rules.md parameters; absent keys keep the defaults) or key=value overrides such as responseWindowDays=10')
    .option('--seed <n>', "seed, 0 to 4294967295 (default: the population's)")
    .option('--claims <n>', "number of claims, 1 to 10000000 (default: the population's)")
    .option('--set <path=value>', SET_HELP, (v: string, all: string[]) => [...all, v], [])
    .option('--workers <n|auto>', WORKERS_HELP, 'auto');
  shardOptions(command, 'the claims (claim j goes to shard j mod n + 1; merge the outputs with claimsim merge)');
  command
    .option('-o, --out <dir>', 'output folder for summary.json and regressions/', 'out/simulate')
    .option('--events <file>', 'stream every event to FILE as NDJSON (one worker)')
    .option('--log <file>', 'write the run as a claim log (docs/claim-log.md; gzip when FILE ends in .gz; one worker), for claimsim audit')
    .option('--ocel <file>', 'write the run as an OCEL 2.0 JSON document (docs/claim-log.md, OCEL 2.0; one worker), for process-mining tools and claimsim audit')
    .option('-q, --quiet', 'no progress bar and no report; errors and the reproduce line only')
    .option('--inject-fault <name>', 'test seam: run a named rule mutant, to see the checker catch it')
    .option('--target <command|url>', "send the population's commands through a target of the protocol (docs/target-protocol.md), the reference engine alongside and the invariant checker on its events; the first divergence stops the run (exit 1). For conformance, not scale: at most 10000 claims, one worker")
    .option('--target-timeout <time>', 'the wait for each reply of the target, 10ms to 10m (such as 500ms, 5s, 2m; default 5s); no reply in time is an unknown answer, never a pass')
    .addHelpText(
      'after',
      helpText({
        exit: '0 no invariant violated · 1 some invariant violated (regression scenarios in <out>/regressions/) · 2 bad input · 3 internal error · 130 interrupted (SIGINT), 143 terminated (SIGTERM): the summary so far is written, marked "partial": true.',
        notes: [
          'The output folder is claimed for the run: a second run into it is refused while this one writes (the lock file .claimsim.lock), and the summary.json and regressions/ of a previous run are removed first.',
          'A run is refused up front when it would not fit: more than 10000000 claims, or about 400 B per claim (per worker) over three quarters of the heap.',
        ],
        examples: [
          'claimsim simulate --population generators/populations/default.yaml',
          'claimsim simulate --population generators/populations/large.yaml --workers 2 --quiet',
          'claimsim simulate --population generators/populations/default.yaml --shard 1/3 --out out/shard1',
          'CLAIMSIM_SHARD=2/3 claimsim simulate -p generators/populations/default.yaml --shard auto --out out/shard2',
        ],
      }),
    )
    .action(async (flags: SimulateFlags) => {
      // Loaded here, not at startup: --help and the other commands do not pay for it.
      const { simulate } = await import('../actions/simulate/simulate.js');
      await reportInputError(() => simulate(flags));
    });
}
