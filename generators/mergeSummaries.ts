import type { Summary } from './Summary.js';
import { mergeSummaryParts } from './summary/mergeSummaryParts.js';

/**
 * The summary of a whole run from the summaries of its shards 1/n … n/n (each once, any
 * order): exactly the summary the unsharded run writes. One summary merges to itself.
 * Summaries of different runs (population, seed, policy, horizon) are refused.
 */
export function mergeSummaries(parts: readonly Summary[]): Summary {
  if (parts.length === 1) return mergeSummaryParts(parts, parts[0]!.shard);
  const key = (s: Summary['shard']): string => (s ? `${s.index}/${s.count}` : 'the whole run');
  const count = parts[0]?.shard?.count;
  const seen = new Set<number>();
  for (const { shard } of parts) {
    if (!shard || shard.count !== count) throw new Error(`cannot merge ${key(shard)} with shards of ${count ?? 'no run'} (merge the shards i/n of one run)`);
    if (seen.has(shard.index)) throw new Error(`shard ${key(shard)} is given twice`);
    seen.add(shard.index);
  }
  for (let i = 1; i <= count!; i++) if (!seen.has(i)) throw new Error(`shard ${i}/${count} is missing (merge every shard of the run)`);
  return mergeSummaryParts(parts, null);
}
