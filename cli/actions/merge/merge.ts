import { join, isAbsolute, relative } from 'node:path';
import { type Summary, type ViolationRecord, mergeSummaries, summaryJson } from '../../../generators/index.js';
import { LIMITS } from '../../../input/limits.js';
import { count as formatCount } from '../../../reports/index.js';
import { EXIT, InputError } from '../../exit.js';
import { RUN_IDENTITY_FILE, runIdentityJson } from '../../io/RunIdentity.js';
import { claimOutputFolder } from '../../io/claimOutputFolder.js';
import { firstDifference, lineColumn } from '../../io/jsonPosition.js';
import { type ShardOutput, WROTE, readShardOutput } from '../../io/readShardOutput.js';
import { readShardFile } from '../../io/readShardFile.js';
import { refuseOutAsInput } from '../../io/refuseOutAsInput.js';
import { writeOutputFile } from '../../io/writeOutputFile.js';
import { checkOneWholeRun } from './checkOneWholeRun.js';

export interface MergeFlags {
  readonly out: string;
}

/** A regression scenario a shard's summary names: the file it was read from, and its bytes. */
interface ScenarioFile {
  readonly file: string;
  readonly text: string;
}

/**
 * `claimsim merge` (registered in cli/commands/merge.ts): the shards' summaries merged into
 * the unsharded run's summary.json (and run.json), and the regression scenarios it names
 * copied beside it at the same relative paths, so that OUT holds what the unsharded run
 * writes. Nothing is trusted: each summary is validated and checked to add up, the shards must
 * be every shard of one run, no file is read through a link or from outside its shard's
 * folder, and OUT may not be an input. Every input is checked before anything is written.
 */
export function merge(dirs: readonly string[], flags: MergeFlags): number {
  const shards = dirs.map((d) => readShardOutput(d));
  refuseOutAsInput(flags.out, shards.map((s) => s.folder), 'claimsim merge', 'a folder apart from the shards', 'merging');
  checkOneWholeRun(shards, { command: 'claimsim merge', fix: 'merge the shards i/n of one run' });
  let merged: Summary;
  try {
    merged = mergeSummaries(shards.map((s) => s.summary));
  } catch (err) {
    if (!(err instanceof Error)) throw err;
    throw new InputError(`claimsim merge: ${err.message} (in ${shards.map((s) => s.summaryFile).join(', ')})`);
  }
  const scenarios = shardScenarios(shards);
  // The merged summary keeps the first examples of each invariant over all shards, as the
  // unsharded run does: only their scenarios are copied, the same files that run writes.
  const kept = [...new Set(merged.invariantViolations.examples.flatMap((v) => (v.scenario !== undefined ? [v.scenario] : [])))];

  const release = claimOutputFolder(flags.out, ['summary.json', RUN_IDENTITY_FILE, 'regressions']);
  try {
    for (const path of kept) {
      const scenario = scenarios.get(path);
      if (!scenario) throw new Error(`the merged summary names ${path}, which no shard names`);
      writeOutputFile(join(flags.out, path), scenario.text);
    }
    const summaryPath = join(flags.out, 'summary.json');
    writeOutputFile(summaryPath, summaryJson(merged));
    writeOutputFile(join(flags.out, RUN_IDENTITY_FILE), runIdentityJson({ ...shards[0]!.identity, shard: merged.shard }));
    const shard = merged.shard ? `, shard ${merged.shard.index}/${merged.shard.count}` : '';
    const of = scenarios.size > kept.length ? ` of the shards' ${scenarios.size}` : '';
    process.stdout.write(
      `merged ${dirs.length} summaries (${formatCount(merged.claims)} claims${shard}) into ${summaryPath}; copied ${kept.length}${of} regression scenario${kept.length === 1 ? '' : 's'} into ${flags.out}\n`,
    );
  } finally {
    release();
  }
  return merged.invariantViolations.total > 0 ? EXIT.failed : EXIT.ok;
}

/**
 * Every regression scenario the shards' summaries name, by its path relative to the shard's
 * folder: each read once (no link, nothing outside the folder), and checked to have the same
 * bytes wherever two shards name the same path.
 */
function shardScenarios(shards: readonly ShardOutput[]): Map<string, ScenarioFile> {
  const found = new Map<string, ScenarioFile>();
  for (const shard of shards) {
    for (const v of shard.summary.invariantViolations.examples) {
      if (v.scenario === undefined) continue;
      const path = v.scenario;
      if (isAbsolute(path) || path.split(/[\\/]/).includes('..') || relative('.', path) === '') {
        const { line, column } = lineColumn(shard.summaryText, shard.summaryText.indexOf(JSON.stringify(path)));
        throw new InputError(`${shard.summaryFile}:${line}:${column}: the scenario "${path}" of ${v.invariant} on ${v.claim} is not inside the shard's folder (${WROTE})`);
      }
      const file = join(shard.folder, path);
      const previous = found.get(path);
      if (previous?.file === file) continue;
      const text = readScenario(shard, path, v);
      if (!previous) {
        found.set(path, { file, text });
      } else if (previous.text !== text) {
        const { line, column } = lineColumn(text, firstDifference(previous.text, text));
        throw new InputError(`${file}:${line}:${column}: differs from ${previous.file}, though both shards name it ${path} (merge the untouched --out folders of one run's shards)`);
      }
    }
  }
  return found;
}

function readScenario(shard: ShardOutput, path: string, v: ViolationRecord): string {
  return readShardFile(shard.folder, path, LIMITS.maxBytes, `, though ${shard.summaryFile} names it as the scenario of ${v.invariant} on ${v.claim} (give the shard's whole --out folder, regressions/ included)`).text;
}
