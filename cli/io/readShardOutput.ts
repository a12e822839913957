import { lstatSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { z } from 'zod';
import { type Summary, summaryJson } from '../../generators/index.js';
import { mergeSummaryParts } from '../../generators/summary/mergeSummaryParts.js';
import { summarySchema } from '../../generators/summary/summarySchema.js';
import { LIMITS } from '../../input/limits.js';
import { firstDifference, jsonOffsetOf } from './jsonPosition.js';
import { jsonInputError, jsonPathError, parseJsonText } from './readJsonInput.js';
import { type FolderReader, MERGE_READER, readShardFile } from './readShardFile.js';
import { RUN_IDENTITY_FILE, type RunIdentity, runIdentitySchema } from './RunIdentity.js';
import { shardLength } from '../../input/Shard.js';

/** One run's output (a shard's or a whole run's): its summary and run identity, the files they came from, and its folder. */
export interface ShardOutput {
  readonly summaryFile: string;
  readonly summaryText: string;
  readonly identityFile: string;
  readonly identityText: string;
  readonly folder: string;
  readonly summary: Summary;
  readonly identity: RunIdentity;
}

/** A summary read without its run.json (a whole run's summary.json that `all` or `report` wrote). */
export type SummaryOutput = Omit<ShardOutput, 'identity'> & { readonly identity: RunIdentity | null };

export const WROTE = 'give the untouched --out folder of a claimsim simulate run';

/** A run's folder (or its summary.json file): the summary and run identity, each checked to be what claimsim simulate wrote. */
export function readShardOutput(dirOrFile: string, reader: FolderReader = MERGE_READER): ShardOutput {
  return readSummaryOutput(dirOrFile, reader, true) as ShardOutput;
}

/**
 * A run's folder (or its summary.json file), trusting nothing: the summary through the one reader
 * and summarySchema, its figures those its counts give (a summary is written byte for byte from
 * its counts), and its run.json (required when `identityRequired`, or when the summary is of a
 * shard) agreeing with it. Every problem is one input error line at its place in the file.
 */
export function readSummaryOutput(dirOrFile: string, reader: FolderReader, identityRequired: boolean): SummaryOutput {
  const isFolder = statSync(dirOrFile, { throwIfNoEntry: false })?.isDirectory() === true;
  const folder = isFolder ? dirOrFile : dirname(dirOrFile);
  const summaryName = isFolder ? 'summary.json' : basename(dirOrFile);
  const { path: summaryFile, text: summaryText } = readShardFile(folder, summaryName, LIMITS.maxSummaryBytes, ` (${WROTE})`, reader);
  const summary = checked({ file: summaryFile, text: summaryText }, summarySchema) as unknown as Summary;
  // The figures derived from the counts (means, percentiles, edges) must be the ones the counts give.
  const rewritten = summaryJson(mergeSummaryParts([summary], summary.shard));
  if (rewritten !== summaryText) {
    const at = firstDifference(summaryText, rewritten);
    throw jsonInputError({ file: summaryFile, text: summaryText }, at, `the summary's figures do not follow from its counts here (a figure was changed, or the file was reformatted); ${WROTE}`);
  }
  const identityFile = join(folder, RUN_IDENTITY_FILE);
  if (!identityRequired && summary.shard === null && !lstatSync(identityFile, { throwIfNoEntry: false })) {
    return { summaryFile, summaryText, identityFile, identityText: '', folder, summary, identity: null };
  }
  const { text: identityText } = readShardFile(folder, RUN_IDENTITY_FILE, LIMITS.maxBytes, ` (${WROTE}: run.json records which run the summary is of)`, reader);
  const identity = checked({ file: identityFile, text: identityText }, runIdentitySchema) as unknown as RunIdentity;
  const agree: [keyof RunIdentity & keyof Summary, unknown, unknown][] = [
    ['population', identity.population, summary.population],
    ['seed', identity.seed, summary.seed],
    ['policy', identity.policy, summary.policy],
    ['shard', identity.shard, summary.shard],
  ];
  for (const [key, a, b] of agree) {
    if (JSON.stringify(a) !== JSON.stringify(b)) {
      throw jsonInputError({ file: identityFile, text: identityText }, jsonOffsetOf(identityText, [key]), `${key} is not the summary's (${summaryFile}): the two files are of different runs; ${WROTE}`);
    }
  }
  const expected = shardLength(identity.claims, identity.shard);
  if (summary.claims !== expected && !summary.partial) {
    throw jsonInputError(
      { file: summaryFile, text: summaryText },
      jsonOffsetOf(summaryText, ['claims']),
      `claims is ${summary.claims}, but ${identity.shard ? `shard ${identity.shard.index}/${identity.shard.count} of` : ''} a run of ${identity.claims} claims has ${expected} (${WROTE})`,
    );
  }
  return { summaryFile, summaryText, identityFile, identityText, folder, summary, identity };
}

/** A JSON file's value checked by `schema`; its first problem as the one line, at its place. */
function checked<S extends z.ZodType>(input: { file: string; text: string }, schema: S): z.output<S> {
  const parsed = schema.safeParse(parseJsonText(input.file, input.text, WROTE));
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw jsonPathError(input, issue.path, issue.message, WROTE, 'the summary');
}
