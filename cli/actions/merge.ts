import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { type Summary, type ViolationRecord, mergeSummaries, summaryJson } from '../../generators/index.js';
import { EXIT, InputError } from '../exit.js';

export interface MergeFlags {
  readonly out: string;
}

/** One shard's output: its summary, the file it came from, and the folder its scenario paths are relative to. */
interface ShardOutput {
  readonly summaryFile: string;
  readonly summaryText: string;
  readonly folder: string;
  readonly summary: Summary;
}

/** A regression scenario a shard's summary names: the file it was read from, and its bytes. */
interface ScenarioFile {
  readonly file: string;
  readonly text: string;
}

/**
 * `claimsim merge` (registered in cli/commands/merge.ts): the shards' summaries merged into
 * the unsharded run's summary.json, and the regression scenarios it names copied beside it
 * at the same relative paths, so that OUT holds what the unsharded run writes. Every input is
 * checked before anything is written. Its exit status.
 */
export function merge(dirs: readonly string[], flags: MergeFlags): number {
  const shards = dirs.map(readShardOutput);
  let merged: Summary;
  try {
    merged = mergeSummaries(shards.map((s) => s.summary));
  } catch (err) {
    if (!(err instanceof Error)) throw err;
    throw new InputError(`claimsim merge: ${err.message}`);
  }
  const scenarios = shardScenarios(shards);
  // The merged summary keeps the first examples of each invariant over all shards, as the
  // unsharded run does: only their scenarios are copied, the same files that run writes.
  const kept = [...new Set(merged.invariantViolations.examples.flatMap((v) => (v.scenario !== undefined ? [v.scenario] : [])))];

  mkdirSync(flags.out, { recursive: true });
  for (const path of kept) {
    const scenario = scenarios.get(path);
    if (!scenario) throw new Error(`the merged summary names ${path}, which no shard names`);
    const target = join(flags.out, path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, scenario.text);
  }
  const summaryPath = join(flags.out, 'summary.json');
  writeFileSync(summaryPath, summaryJson(merged));
  const shard = merged.shard ? `, shard ${merged.shard.index}/${merged.shard.count}` : '';
  const of = scenarios.size > kept.length ? ` of the shards' ${scenarios.size}` : '';
  process.stdout.write(
    `merged ${dirs.length} summaries (${merged.claims} claims${shard}) into ${summaryPath}; copied ${kept.length}${of} regression scenario${kept.length === 1 ? '' : 's'} into ${flags.out}\n`,
  );
  return merged.invariantViolations.total > 0 ? EXIT.failed : EXIT.ok;
}

/** A shard's folder (or its summary.json file): the summary, checked to be one claimsim simulate wrote. */
function readShardOutput(dirOrFile: string): ShardOutput {
  const isFolder = existsSync(dirOrFile) && statSync(dirOrFile).isDirectory();
  const summaryFile = isFolder ? join(dirOrFile, 'summary.json') : dirOrFile;
  let summaryText: string;
  try {
    summaryText = readFileSync(summaryFile, 'utf8');
  } catch {
    throw new InputError(`${summaryFile}:1:1: no such file (give the --out folder of a claimsim simulate run)`);
  }
  let data: unknown;
  try {
    data = JSON.parse(summaryText);
  } catch (err) {
    throw new InputError(`${summaryFile}:1:1: not JSON (${(err as Error).message}); give the summary.json that claimsim simulate wrote`);
  }
  const s = data as Partial<Summary> | null;
  if (!s || typeof s !== 'object' || s.version !== 1 || typeof s.claims !== 'number' || !s.outcomes || !s.invariantViolations) {
    throw new InputError(`${summaryFile}:1:1: not a claimsim summary (version 1) (give the summary.json that claimsim simulate wrote)`);
  }
  return { summaryFile, summaryText, folder: isFolder ? dirOrFile : dirname(summaryFile), summary: s as Summary };
}

/**
 * Every regression scenario the shards' summaries name, by its path relative to the shard's
 * folder: each read once, and checked to exist, to stay inside its folder, and to have the
 * same bytes wherever two shards name the same path.
 */
function shardScenarios(shards: readonly ShardOutput[]): Map<string, ScenarioFile> {
  const found = new Map<string, ScenarioFile>();
  for (const shard of shards) {
    for (const v of shard.summary.invariantViolations.examples) {
      if (v.scenario === undefined) continue;
      const path = v.scenario;
      if (isAbsolute(path) || path.split(/[\\/]/).includes('..')) {
        const { line, column } = lineColumn(shard.summaryText, shard.summaryText.indexOf(JSON.stringify(path)));
        throw new InputError(`${shard.summaryFile}:${line}:${column}: the scenario "${path}" of ${v.invariant} on ${v.claim} is not inside the shard's folder (give the summary.json that claimsim simulate wrote)`);
      }
      const file = join(shard.folder, path);
      const previous = found.get(path);
      if (previous?.file === file) continue;
      const text = readScenario(file, shard, v);
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

function readScenario(file: string, shard: ShardOutput, v: ViolationRecord): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    throw new InputError(`${file}:1:1: no such file, though ${shard.summaryFile} names it as the scenario of ${v.invariant} on ${v.claim} (give the shard's whole --out folder, regressions/ included)`);
  }
}

/** The offset of the first character where two texts differ (the shorter one's length if one starts the other). */
function firstDifference(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** 1-based line and column of an offset (1:1 when the offset is not in the text). */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  if (offset < 0) return { line: 1, column: 1 };
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: offset - lineStart + 1 };
}
