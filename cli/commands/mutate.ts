import type { Command } from 'commander';
import type { MutateFlags } from '../actions/mutate/mutate.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/** `claimsim mutate PATH…`: how strong a scenario suite is against the catalogue of rule mutants. */
export function registerMutate(program: Command): void {
  program
    .command('mutate')
    .description('run scenario files and folders against every rule mutant of the catalogue (docs/mutation.md) and print the kill matrix and score')
    .argument('<paths...>', 'scenario files and folders (every .yaml/.yml under a folder, recursively, in sorted order)')
    .option('-r, --reporter <name>', 'report format: pretty (one line per mutant), json or markdown', 'pretty')
    .option('-o, --out <file>', 'write the report to FILE instead of standard output (folders are created; never one of the scenario files it runs)')
    .option('--threshold <percent>', 'the lowest mutation score that passes, 0 to 100', '100')
    .option('--mutants <names>', 'only these rule mutants, comma-separated (default: the whole catalogue)')
    .option('--target <template>', "measure every mutant through a target of the protocol (docs/target-protocol.md): the command or URL with {} for the mutant's name, one target per mutant, such as 'claimsim serve --mutant {}'")
    .option('--target-timeout <time>', "with --target, each message's wait: 10ms to 10m (500ms, 5s, 2m)", '5s')
    .addHelpText(
      'after',
      helpText({
        exit: '0 the score reaches --threshold · 1 below it · 2 bad input (a file that is not a valid scenario, an option) · 130 / 143 interrupted (the matrix so far is written, marked partial).',
        notes: [
          'A mutant is killed when a scenario that passes on the real rules fails or errors on it. Scenarios that fail on the real rules are listed as excluded and do not count.',
          'The score is killed / total mutants in percent, rounded down to one decimal.',
        ],
        examples: ['claimsim mutate scenarios/library', 'claimsim mutate scenarios/library/cancel --threshold 50', 'claimsim mutate scenarios/library --reporter markdown --out out/mutation.md', "claimsim mutate scenarios/library/manual --target 'claimsim serve --mutant {}'"],
      }),
    )
    // The work is loaded here, not at startup: --help and the other commands do not pay for it.
    .action(async (paths: string[], flags: MutateFlags) => {
      const { mutate } = await import('../actions/mutate/mutate.js');
      await reportInputError(() => mutate(paths, flags));
    });
}
