import { type Shard, shardSetProblem } from '../../../input/Shard.js';

/** How the parts of one sharded run are told apart from others' (the messages name the run and what differs). */
export interface ShardRun<P> {
  /** What must agree between the parts of one run. */
  readonly sameRun: (part: P) => unknown;
  /** The run, as the messages name it: `run` unless said (`sweep`). */
  readonly run?: string;
  /** What differs in a part of another run: `the population, claims, policies or seeds` unless said. */
  readonly differ?: string;
}

/**
 * The one check of a sharded run's parts (compare, sweep, run and audit alike), once each part
 * has gone through the reader and its schema (readPartFiles): each of the kind expected (of
 * `version`), all of the same run, each shard 1/n … n/n exactly once. Returns them sorted by
 * shard, or what is wrong, in one line.
 */
export function mergeShardParts<P extends { readonly kind: string; readonly version: number; readonly shard: Shard }>(
  parts: readonly P[],
  kind: P['kind'],
  version: P['version'],
  same: ShardRun<P> | ((part: P) => unknown),
): P[] | { readonly error: string } {
  const { sameRun, run = 'run', differ = 'the population, claims, policies or seeds' } = typeof same === 'function' ? { sameRun: same } : same;
  const first = parts[0];
  if (!first) return { error: `nothing to merge: give the ${kind} files of every shard` };
  const key = (p: P): string => JSON.stringify(sameRun(p));
  for (const p of parts) {
    if (p.kind !== kind || p.version !== version) return { error: `not a ${kind} of this version (expected a file written with --shard by this claimsim; rerun the shards)` };
    if (key(p) !== key(first)) return { error: `shard ${p.shard.index}/${p.shard.count} is from another ${run} (${differ} differ)` };
  }
  const problem = shardSetProblem(parts.map((p) => p.shard), run);
  return problem !== null ? { error: problem } : [...parts].sort((a, b) => a.shard.index - b.shard.index);
}
