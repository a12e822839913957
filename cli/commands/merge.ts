import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';
import type { Summary } from '../../generators/index.js';
import { EXIT } from '../exit.js';
import { helpText } from './helpText.js';

/** A folder or summary file that cannot be merged: one line, exit 2. */
class MergeInputError extends Error {}

/** `claimsim merge DIR… --out DIR`: shard outputs of `claimsim simulate` into the unsharded summary. */
export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('merge the outputs of claimsim simulate --shard i/n (every shard once) into the summary of the whole run')
    .argument('<dirs...>', 'output folders of the shards (or their summary.json files)')
    .requiredOption('-o, --out <dir>', 'folder for the merged summary.json')
    .addHelpText(
      'after',
      helpText({
        exit: '0 merged · 1 the merged run violated an invariant · 2 a folder has no valid summary, the summaries come from different runs, or a shard is missing or repeated.',
        notes: [
          'The merged summary.json is byte for byte the one the unsharded run writes.',
        ],
        examples: [
          'for i in 1 2 3; do claimsim simulate --population generators/populations/large.yaml --shard $i/3 --out out/shard$i; done',
          'claimsim merge out/shard1 out/shard2 out/shard3 --out out/merged',
        ],
      }),
    )
    .action(async (dirs: string[], flags: { out: string }) => {
      // Loaded here, not at startup: --help and the other commands do not pay for it.
      const { mergeSummaries, summaryJson } = await import('../../generators/index.js');
      try {
        const merged = mergeSummaries(dirs.map(readSummary));
        mkdirSync(flags.out, { recursive: true });
        const path = join(flags.out, 'summary.json');
        writeFileSync(path, summaryJson(merged));
        process.stdout.write(`merged ${dirs.length} summaries (${merged.claims} claims${merged.shard ? `, shard ${merged.shard.index}/${merged.shard.count}` : ''}) into ${path}\n`);
        process.exitCode = merged.invariantViolations.total > 0 ? EXIT.failed : EXIT.ok;
      } catch (err) {
        if (!(err instanceof Error)) throw err;
        process.stderr.write(`${err instanceof MergeInputError ? '' : 'claimsim merge: '}${err.message}\n`);
        process.exitCode = EXIT.input;
      }
    });
}

function readSummary(dirOrFile: string): Summary {
  const file = existsSync(dirOrFile) && statSync(dirOrFile).isDirectory() ? join(dirOrFile, 'summary.json') : dirOrFile;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new MergeInputError(`${file}:1:1: no such file (give the --out folder of a claimsim simulate run)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new MergeInputError(`${file}:1:1: not JSON (${(err as Error).message}); give the summary.json that claimsim simulate wrote`);
  }
  const s = data as Partial<Summary> | null;
  if (!s || typeof s !== 'object' || s.version !== 1 || typeof s.claims !== 'number' || !s.outcomes || !s.invariantViolations) {
    throw new MergeInputError(`${file}:1:1: not a claimsim summary (version 1) (give the summary.json that claimsim simulate wrote)`);
  }
  return s as Summary;
}
