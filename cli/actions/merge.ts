import { realpathSync, statSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import type { z } from 'zod';
import { type Summary, type ViolationRecord, mergeSummaries, summaryJson } from '../../generators/index.js';
import { mergeSummaryParts } from '../../generators/summary/mergeSummaryParts.js';
import { summaryPathText, summarySchema } from '../../generators/summary/summarySchema.js';
import { LIMITS } from '../../scenarios/load/limits.js';
import { count as formatCount } from '../../reports/index.js';
import { EXIT, InputError } from '../exit.js';
import { RUN_IDENTITY_FILE, type RunIdentity, claimsOfShard, runIdentityJson, runIdentitySchema } from '../io/RunIdentity.js';
import { claimOutputFolder } from '../io/claimOutputFolder.js';
import { firstDifference, jsonErrorOffset, jsonOffsetOf, lineColumn } from '../io/jsonPosition.js';
import { readShardFile } from '../io/readShardFile.js';
import { writeOutputFile } from '../io/writeOutputFile.js';

export interface MergeFlags {
  readonly out: string;
}

/** One shard's output: its summary and run identity, the files they came from, and its folder. */
interface ShardOutput {
  readonly summaryFile: string;
  readonly summaryText: string;
  readonly identityFile: string;
  readonly identityText: string;
  readonly folder: string;
  readonly summary: Summary;
  readonly identity: RunIdentity;
}

/** A regression scenario a shard's summary names: the file it was read from, and its bytes. */
interface ScenarioFile {
  readonly file: string;
  readonly text: string;
}

const WROTE = 'give the untouched --out folder of a claimsim simulate run';

/**
 * `claimsim merge` (registered in cli/commands/merge.ts): the shards' summaries merged into
 * the unsharded run's summary.json (and run.json), and the regression scenarios it names
 * copied beside it at the same relative paths, so that OUT holds what the unsharded run
 * writes. Nothing is trusted: each summary is validated and checked to add up, the shards must
 * be every shard of one run, no file is read through a link or from outside its shard's
 * folder, and OUT may not be an input. Every input is checked before anything is written.
 */
export function merge(dirs: readonly string[], flags: MergeFlags): number {
  const shards = dirs.map(readShardOutput);
  refuseOutAsInput(flags.out, shards);
  checkOneWholeRun(shards);
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

/** `file:line:column: what` at the value at `path` of a JSON file. */
function jsonError(file: string, text: string, offset: number, what: string): InputError {
  const { line, column } = lineColumn(text, offset);
  return new InputError(`${file}:${line}:${column}: ${what}`);
}

/** The first schema issue of a JSON file as its one line. */
function issueError(file: string, text: string, issue: z.core.$ZodIssue): InputError {
  const where = summaryPathText(issue.path);
  return jsonError(file, text, jsonOffsetOf(text, issue.path), `${where}: ${issue.message} (${WROTE})`);
}

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    const message = (err as Error).message.replace(/\s+/g, ' ');
    throw jsonError(file, text, jsonErrorOffset(message), `not JSON (${message}); ${WROTE}`);
  }
}

/** A shard's folder (or its summary.json file): the summary and run identity, each checked to be what claimsim simulate wrote. */
function readShardOutput(dirOrFile: string): ShardOutput {
  const isFolder = statSync(dirOrFile, { throwIfNoEntry: false })?.isDirectory() === true;
  const folder = isFolder ? dirOrFile : dirname(dirOrFile);
  const summaryName = isFolder ? 'summary.json' : basename(dirOrFile);
  const { path: summaryFile, text: summaryText } = readShardFile(folder, summaryName, LIMITS.maxSummaryBytes, ` (${WROTE})`);
  const parsed = summarySchema.safeParse(parseJson(summaryFile, summaryText));
  if (!parsed.success) throw issueError(summaryFile, summaryText, parsed.error.issues[0]!);
  const summary = parsed.data as unknown as Summary;
  // The figures derived from the counts (means, percentiles, edges) must be the ones the counts give.
  const rewritten = summaryJson(mergeSummaryParts([summary], summary.shard));
  if (rewritten !== summaryText) {
    const at = firstDifference(summaryText, rewritten);
    throw jsonError(summaryFile, summaryText, at, `the summary's figures do not follow from its counts here (a figure was changed, or the file was reformatted); ${WROTE}`);
  }
  const { path: identityFile, text: identityText } = readShardFile(folder, RUN_IDENTITY_FILE, LIMITS.maxBytes, ` (${WROTE}: run.json records which run the summary is of)`);
  const id = runIdentitySchema.safeParse(parseJson(identityFile, identityText));
  if (!id.success) throw issueError(identityFile, identityText, id.error.issues[0]!);
  const identity = id.data as unknown as RunIdentity;
  const agree: [keyof RunIdentity & keyof Summary, unknown, unknown][] = [
    ['population', identity.population, summary.population],
    ['seed', identity.seed, summary.seed],
    ['policy', identity.policy, summary.policy],
    ['shard', identity.shard, summary.shard],
  ];
  for (const [key, a, b] of agree) {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      throw jsonError(identityFile, identityText, jsonOffsetOf(identityText, [key]), `${key} is not the summary's (${summaryFile}): the two files are of different runs; ${WROTE}`);
    }
  }
  const expected = identity.shard ? claimsOfShard(identity.claims, identity.shard) : identity.claims;
  if (summary.claims !== expected && !summary.partial) {
    throw jsonError(summaryFile, summaryText, jsonOffsetOf(summaryText, ['claims']), `claims is ${summary.claims}, but ${identity.shard ? `shard ${identity.shard.index}/${identity.shard.count} of` : ''} a run of ${identity.claims} claims has ${expected} (${WROTE})`);
  }
  return { summaryFile, summaryText, identityFile, identityText, folder, summary, identity };
}

/** The identity without the shard: what every shard of one run shares. */
function runKey(id: RunIdentity): string {
  return JSON.stringify({ ...id, shard: null });
}

/** Refuses shards of different runs (claims, fault, seed, policy, population), and an incomplete or repeated set. */
function checkOneWholeRun(shards: readonly ShardOutput[]): void {
  const first = shards[0]!;
  for (const s of shards.slice(1)) {
    if (runKey(s.identity) !== runKey(first.identity)) {
      const key = (Object.keys(s.identity) as (keyof RunIdentity)[]).find((k) => k !== 'shard' && JSON.stringify(s.identity[k]) !== JSON.stringify(first.identity[k]))!;
      throw jsonError(s.identityFile, s.identityText, jsonOffsetOf(s.identityText, [key]), `is of another run than ${first.identityFile}: ${key} ${JSON.stringify(s.identity[key])} vs ${JSON.stringify(first.identity[key])} (merge the shards i/n of one run)`);
    }
  }
  if (shards.length === 1 && first.identity.shard === null) return;
  const count = first.identity.shard?.count;
  const seen = new Map<number, string>();
  for (const s of shards) {
    if (!s.identity.shard || s.identity.shard.count !== count) {
      throw new InputError(`${s.identityFile}:1:1: is ${s.identity.shard ? `shard ${s.identity.shard.index}/${s.identity.shard.count}` : 'a whole run'}, not a shard of ${count ?? 'a set'} like ${first.identityFile} (merge the shards i/n of one run)`);
    }
    const twice = seen.get(s.identity.shard.index);
    if (twice) throw new InputError(`${s.identityFile}:1:1: shard ${s.identity.shard.index}/${count} is given twice (also ${twice}); give each shard once`);
    seen.set(s.identity.shard.index, s.identityFile);
  }
  const missing = Array.from({ length: count! }, (_, i) => i + 1).filter((i) => !seen.has(i));
  if (missing.length) {
    throw new InputError(`claimsim merge: shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${count}`).join(', ')} of the run in ${first.folder} ${missing.length > 1 ? 'are' : 'is'} missing (merge every shard of the run; a part of a set is not the whole run)`);
  }
  const total = shards.reduce((n, s) => n + s.summary.claims, 0);
  if (total !== first.identity.claims && !shards.some((s) => s.summary.partial)) {
    throw new InputError(`claimsim merge: the shards hold ${formatCount(total)} claims, not the run's ${formatCount(first.identity.claims)} (${first.identityFile})`);
  }
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realOrResolved(p: string): string {
  const abs = resolve(p);
  try {
    return realpathSync(abs);
  } catch {
    const parent = dirname(abs);
    return parent === abs ? abs : join(realOrResolved(parent), basename(abs));
  }
}

/** Refuses an --out that is one of the inputs, holds one, or lies inside one: writing there would overwrite or mix with it. */
function refuseOutAsInput(out: string, shards: readonly ShardOutput[]): void {
  const target = realOrResolved(out);
  for (const s of shards) {
    const input = realOrResolved(s.folder);
    const inside = (a: string, b: string): boolean => a === b || a.startsWith(b + sep);
    if (inside(target, input) || inside(input, target)) {
      throw new InputError(`claimsim merge: --out ${out} ${target === input ? 'is' : inside(target, input) ? 'is inside' : 'holds'} the input ${s.folder}; give --out a folder apart from the shards (merging there would overwrite an input)`);
    }
  }
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
