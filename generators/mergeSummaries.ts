import { shardSetProblem } from '../input/Shard.js';
import type { Summary } from './Summary.js';
import { mergeSummaryParts } from './summary/mergeSummaryParts.js';

/**
 * The summary of a whole run from the summaries of its shards 1/n … n/n (each once, any
 * order): exactly the summary the unsharded run writes. One summary merges to itself.
 * Summaries of different runs (population, seed, policy, horizon) are refused.
 */
export function mergeSummaries(parts: readonly Summary[]): Summary {
  if (parts.length === 1) return mergeSummaryParts(parts, parts[0]!.shard);
  const whole = parts.find((p) => !p.shard);
  if (whole) throw new Error(`cannot merge the whole run with shards (merge the shards i/n of one run)`);
  const problem = shardSetProblem(parts.map((p) => p.shard!));
  if (problem) throw new Error(problem);
  return mergeSummaryParts(parts, null);
}
