import type { Shard } from './Shard.js';

/**
 * The one shard arithmetic of the command line: item j (0-based) of a run's ordered work
 * belongs to shard j mod n + 1, so the shards interleave and differ in size by one at most.
 * Without a shard, every item. The claims of `simulate`, the scenario files of `run`, the
 * replications of `compare` and the runs of a `sweep` grid are all split this way.
 */
export function takeShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  return shard ? items.filter((_, j) => j % shard.count === shard.index - 1) : [...items];
}

/** How many of `n` items shard `shard` takes (takeShard's length, without the items). */
export function shardLength(n: number, shard: Shard | undefined): number {
  return shard ? Math.ceil(Math.max(0, n - shard.index + 1) / shard.count) : n;
}

/**
 * Puts the shards' items back in the unsharded order: `parts[i]` is what shard i + 1 of
 * `parts.length` took. The inverse of takeShard.
 */
export function unshard<T>(parts: readonly (readonly T[])[]): T[] {
  const count = parts.length;
  const total = parts.reduce((s, p) => s + p.length, 0);
  return Array.from({ length: total }, (_, j) => parts[j % count]![Math.floor(j / count)]!);
}
