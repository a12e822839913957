import type { Command } from 'commander';
import type { ExploreFlags } from '../actions/explore/explore.js';
import { EXPLORE_DEFAULTS, EXPLORE_LIMITS } from '../../generators/explore/EXPLORE_DEFAULTS.js';
import { MAX_PATH_NUMBERS } from '../../generators/explore/explorePath.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/** `claimsim explore`: search a policy's edge cases for invariant violations. */
export function registerExplore(program: Command): void {
  program
    .command('explore')
    .description("search a policy's edge cases for invariant violations: claim cases drawn on its own boundaries, shrunk to a scenario")
    .option('--policy <policy>', 'policy: a policy YAML file (rules.md parameters; absent keys keep the defaults) or key=value overrides such as responseWindowDays=10')
    .option('--seed <n>', 'seed, 0 to 4294967295', String(EXPLORE_DEFAULTS.seed))
    .option('--runs <n>', 'most cases to try, 1 to 1000000', String(EXPLORE_DEFAULTS.runs))
    .option('--seconds <s>', 'stop after S seconds of searching, 1 to 86400 (the cases tried do not depend on it; replay with the printed --runs)')
    .option(
      '--path <path>',
      `replay the counterexample at this fast-check path, as printed by an earlier run with the same seed: numbers joined by colons, each 0 to ${EXPLORE_LIMITS.runs - 1}, at most ${MAX_PATH_NUMBERS}`,
    )
    .option('-o, --out <dir>', 'output folder for the scenario written on a violation', 'out/explore')
    .option('--inject-fault <name>', 'test seam: run a named rule mutant, to see the search find it')
    .option('--target <command|url>', "run each case through a target of the protocol (docs/target-protocol.md), the reference engine alongside and the invariant checker on its events; the first divergence is shrunk and written as a scenario")
    .option('--target-timeout <time>', 'the wait for each reply of the target, 10ms to 10m (such as 500ms, 5s, 2m; default 5s); no reply in time is an unknown answer, never a pass')
    .addHelpText(
      'after',
      helpText({
        exit: '0 no invariant violated · 1 an invariant violated (a v1 scenario written to <out>) · 2 bad input · 130 interrupted, 143 terminated (the cases that passed are printed, marked partial).',
        notes: [
          '',
          "Cases start near the policy's daylight-saving transitions (2024–2026) or an ordinary day and wait for",
          'each window, cooldown and delay threshold end, and midnight, at −1 ms, exactly and +1 ms.',
          'The same seed and --runs print the same bytes; a run stopped by --seconds prints the --runs that reproduce it.',
          `A --path's first number is the case's index (below the most --runs, ${EXPLORE_LIMITS.runs}), each next one a shrink step's choice; a path that leads nowhere for this seed and policy is bad input (2).`,
        ],
        examples: [
          'claimsim explore',
          'claimsim explore --policy timezone=America/New_York,responseWindowDays=3 --runs 5000',
          'claimsim explore --inject-fault timer-fires-early --out out/explore',
          'claimsim explore --seed 7 --seconds 30',
        ],
      }),
    )
    .action(async (flags: ExploreFlags) => {
      // Loaded here, not at startup: --help and the other commands do not pay for it.
      const { explore } = await import('../actions/explore/explore.js');
      await reportInputError(() => explore(flags));
    });
}
