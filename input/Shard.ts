/**
 * The i-th of n shares of a run's work (1 ≤ index ≤ count): what `--shard i/n` names. The one
 * shard type of the project: simulate's claims, run's scenario files, compare's replications,
 * a sweep's runs and an audit's claims are all split by it, and every part, summary and report
 * records it this way.
 */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/** `--shard i/n` read from text (spaces around the numbers allowed), or null when it is not i/n with 1 ≤ i ≤ n. */
export function shardFromText(text: string): Shard | null {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) return null;
  const index = Number(m[1]);
  const count = Number(m[2]);
  return count >= 1 && index >= 1 && index <= count ? { index, count } : null;
}

/** A shard as a plain `{ index, count }` (what the JSON outputs record, whatever object it came in). */
export function shardJsonOf(shard: Shard): Shard {
  return { index: shard.index, count: shard.count };
}

/**
 * The shard arithmetic of an ordered list of work: item j (0-based) belongs to shard
 * j mod n + 1, so the shards interleave and differ in size by one at most.
 */
export function inShard(j: number, shard: Shard): boolean {
  return j % shard.count === shard.index - 1;
}

/** The items of `shard` (inShard), in their order; without a shard, every item. */
export function takeShard<T>(items: readonly T[], shard: Shard | undefined): T[] {
  return shard ? items.filter((_, j) => inShard(j, shard)) : [...items];
}

/** How many of `n` items shard `shard` takes (takeShard's length, without the items). */
export function shardLength(n: number, shard: Shard | undefined | null): number {
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

/**
 * What keeps `shards` from being every shard of one run exactly once (1/n … n/n), in one line,
 * or null: a count that differs, a shard missing, a shard given twice. `run` names the run.
 */
export function shardSetProblem(shards: readonly Shard[], run = 'run'): string | null {
  const first = shards[0];
  if (!first) return `no shard (merge every shard of the ${run})`;
  const other = shards.find((s) => s.count !== first.count);
  if (other) return `shard ${other.index}/${other.count} does not belong with shards of ${first.count}`;
  const times = new Array<number>(first.count + 1).fill(0);
  for (const s of shards) times[s.index]!++;
  for (let i = 1; i <= first.count; i++) {
    if (times[i] === 0) return `shard ${i}/${first.count} is missing (merge every shard of the ${run})`;
    if (times[i]! > 1) return `shard ${i}/${first.count} is given twice`;
  }
  return null;
}

/** unshard for shards of which some stopped early: their items in the unsharded order, the missing ones left out. */
export function unshardShort<T>(parts: readonly (readonly T[])[]): T[] {
  const longest = Math.max(0, ...parts.map((p) => p.length));
  const out: T[] = [];
  for (let k = 0; k < longest; k++) for (const p of parts) if (k < p.length) out.push(p[k]!);
  return out;
}

/**
 * The shard (1 … count) of an item known by a key rather than a place, such as a claim of a
 * log read in pieces: FNV-1a (32 bits) of the key, modulo the count. Stable across runs,
 * machines and versions, so every record of a claim, wherever it stands in the logs, lands in
 * the same shard.
 */
export function shardOfKey(key: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % count) + 1;
}
