import type { Shard } from '../../input/Shard.js';

/**
 * The parts of one sharded run, checked and sorted by shard: each of the kind expected
 * (of `version`), all of the same run (`sameRun` gives what must agree), each shard 1/n … n/n
 * exactly once. Returns what is wrong otherwise, in one line.
 */
export function mergeShardParts<P extends { readonly kind: string; readonly version: number; readonly shard: Shard }>(
  parts: readonly P[],
  kind: P['kind'],
  version: P['version'],
  sameRun: (part: P) => unknown,
): P[] | { readonly error: string } {
  const first = parts[0];
  if (!first) return { error: `nothing to merge: give the ${kind} files of every shard` };
  const key = (p: P): string => JSON.stringify(sameRun(p));
  for (const p of parts) {
    if (p.kind !== kind || p.version !== version) return { error: `not a ${kind} of this version (expected a file written with --shard by this claimsim; rerun the shards)` };
    if (key(p) !== key(first)) return { error: `shard ${p.shard.index}/${p.shard.count} is from another run (the population, claims, policies or seeds differ)` };
    if (p.shard.count !== first.shard.count) return { error: `shard ${p.shard.index}/${p.shard.count} does not belong with shards of ${first.shard.count}` };
  }
  const sorted = [...parts].sort((a, b) => a.shard.index - b.shard.index);
  for (let i = 1; i <= first.shard.count; i++) {
    const at = sorted.filter((p) => p.shard.index === i).length;
    if (at === 0) return { error: `shard ${i}/${first.shard.count} is missing (merge every shard of the run)` };
    if (at > 1) return { error: `shard ${i}/${first.shard.count} is given twice` };
  }
  return sorted;
}
