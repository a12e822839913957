import type { Command } from 'commander';
import type { ExplainFlags } from '../actions/explain/explain.js';
import { MAX_REPLICATIONS, countOption, seedOption } from './shared/checkedOption.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/** `claimsim explain`: why one claim of a scenario or of a simulation ended as it did. */
export function registerExplain(program: Command): void {
  program
    .command('explain')
    .description('print one claim\'s timeline: each command and event, the rule behind it, each refusal, the deadlines and cooldown ends in the policy\'s zone')
    .argument('[scenario]', 'a scenario file (give --claim one of its claim ids)')
    .requiredOption('--claim <id|index>', 'the claim: an id of the scenario (C1), or of the simulation (C12, or its index 12, 0 ≤ index < --claims)')
    .option('-p, --population <file>', 'explain a claim of this population\'s simulation instead, re-run alone from its seed')
    .option('--policy <policy>', 'with --population: a policy YAML file or key=value overrides such as responseWindowDays=10')
    .option('--seed <n>', 'with --population: the seed, 0 to 4294967295 (default: the population\'s)', seedOption)
    .option(
      '--replication <k>',
      'with --population: replication K of a run of several, 1 to 10,000 (default 1); its seed is --seed + K − 1, as claimsim all, compare and sweep seed replication K',
      countOption('--replication', MAX_REPLICATIONS),
    )
    .option('--claims <n>', 'with --population: the run\'s number of claims, 1 to 10000000 (default: the population\'s)', countOption('--claims', 10_000_000))
    .option('--html <file>', 'also write the timeline as a self-contained HTML page to FILE (folders are created)')
    .addHelpText(
      'after',
      helpText({
        exit: '0 explained · 2 bad input (a file, an option, a claim the scenario or run does not hold) · 3 internal error.',
        notes: [
          'A simulated claim is re-run alone from its seed, as regression scenarios are: its agents draw the same numbers as in the full run, so its timeline is the one the full run had.',
          'Times are wall time in the policy\'s zone with the offset in force then, such as 2021-08-05 00:00:00.000 +09:00.',
          'Claim ids restart in every replication: C17 of claims.xlsx is its Replication column\'s claim. Replication K of a run seeded S (--seed, default the population\'s) has seed S + K − 1; without --replication explain takes replication 1 and says so on standard error.',
        ],
        examples: [
          'claimsim explain scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml --claim C1',
          'claimsim explain --population generators/populations/default.yaml --seed 42 --claim 17',
          'claimsim explain --population generators/populations/default.yaml --replication 3 --claim C17',
          'claimsim explain --population generators/populations/default.yaml --claim C17 --policy responseWindowDays=10 --html out/C17.html',
        ],
      }),
    )
    .action(async (scenario: string | undefined, flags: ExplainFlags) => {
      // Loaded here, not at startup: --help and the other commands do not pay for it.
      const { explain } = await import('../actions/explain/explain.js');
      await reportInputError(() => explain(scenario, flags));
    });
}
