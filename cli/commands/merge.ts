import type { Command } from 'commander';
import type { MergeFlags } from '../actions/merge/merge.js';
import { reportInputError } from './shared/reportInputError.js';
import { helpText } from './helpText.js';

/** `claimsim merge DIR… --out DIR`: shard outputs of `claimsim simulate` into the unsharded run's output. */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('merge the outputs of claimsim simulate --shard i/n (every shard once) into the summary and regression scenarios of the whole run')
    .argument('<dirs...>', 'output folders of the shards (or their summary.json files)')
    .requiredOption('-o, --out <dir>', 'folder for the merged summary.json and the regression scenarios it names')
    .addHelpText(
      'after',
      helpText({
        exit: '0 merged · 1 the merged run violated an invariant · 2 a folder has no valid summary.json or run.json, the shards are of different runs (population, seed, policy, claims, fault), a shard is missing or repeated, the counts do not add up, a file is a link or outside its shard\'s folder, <out> is an input, or a regression scenario a summary names is missing or differs between shards.',
        notes: [
          'The merged summary.json (and run.json) are byte for byte the ones the unsharded run writes; the regression scenarios it names are copied from the shards into <out> at the same paths.',
          'Nothing is trusted: each summary.json is validated (counts whole and non-negative, outcomes adding up to the claims, histograms well formed, a valid policy, figures that follow from the counts); at most 16 MiB is read per summary.',
        ],
        examples: [
          'for i in 1 2 3; do claimsim simulate --population generators/populations/large.yaml --shard $i/3 --out out/shard$i; done',
          'claimsim merge out/shard1 out/shard2 out/shard3 --out out/merged',
        ],
      }),
    )
    .action(async (dirs: string[], flags: MergeFlags) => {
      // Loaded here, not at startup: --help and the other commands do not pay for it.
      const { merge } = await import('../actions/merge/merge.js');
      await reportInputError(async () => merge(dirs, flags));
    });
}
