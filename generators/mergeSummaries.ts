import type { Summary } from './Summary.js';
import { summaryOf, tallyOf } from './summary/summaryOf.js';

/**
 * One summary from the summaries of disjoint parts of the same run (worker slices, or the
 * shards 1/n … n/n): exactly the summary the whole run writes. Parts must share the
 * population, seed, policy and horizon start; shards must each appear once.
 */
export function mergeSummaries(parts: readonly Summary[]): Summary {
  if (parts.length === 0) throw new Error('nothing to merge: give at least one summary');
  const first = parts[0]!;
  for (const p of parts) {
    for (const key of ['population', 'seed', 'version'] as const) {
      if (p[key] !== first[key]) throw new Error(`cannot merge summaries of different runs: ${key} ${JSON.stringify(first[key])} vs ${JSON.stringify(p[key])}`);
    }
    if (JSON.stringify(p.policy) !== JSON.stringify(first.policy)) throw new Error('cannot merge summaries run under different policies');
    if (p.horizon.start !== first.horizon.start) throw new Error(`cannot merge summaries with different horizons (${first.horizon.start} vs ${p.horizon.start})`);
  }
  const tally = tallyOf(first);
  for (const p of parts.slice(1)) tally.merge(tallyOf(p));
  const partial = parts.some((p) => p.partial);
  return summaryOf(tally, {
    population: first.population,
    seed: first.seed,
    policy: first.policy,
    partial,
    shard: mergedShard(parts),
    // A partial part stopped early: the merged run ends where the earliest part stopped.
    horizon: { start: first.horizon.start, end: parts.map((p) => p.horizon.end).sort()[0]! },
  });
}

/** Parts of one shard keep it; the shards 1/n … n/n, each once, make the whole run (null). */
function mergedShard(parts: readonly Summary[]): Summary['shard'] {
  const shards = parts.map((p) => p.shard);
  const key = (s: Summary['shard']): string => (s ? `${s.index}/${s.count}` : 'whole');
  if (shards.every((s) => key(s) === key(shards[0]!))) return shards[0] ?? null;
  const count = shards[0]?.count;
  const seen = new Set<number>();
  for (const s of shards) {
    if (!s || s.count !== count) throw new Error(`cannot merge shard ${key(s)} with shards of ${count}`);
    if (seen.has(s.index)) throw new Error(`shard ${key(s)} is given twice`);
    seen.add(s.index);
  }
  for (let i = 1; i <= count!; i++) if (!seen.has(i)) throw new Error(`shard ${i}/${count} is missing (merge every shard of the run)`);
  return null;
}
