/**
 * The shard (1 … count) a claim's records go to in a sharded audit: FNV-1a (32 bits) of the
 * claim id, modulo the count. Stable across runs, machines and versions, so every record of a
 * claim, wherever it stands in the logs, lands in the same shard.
 */
export function claimShard(claim: string, count: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < claim.length; i++) h = Math.imul(h ^ claim.charCodeAt(i), 0x01000193);
  return ((h >>> 0) % count) + 1;
}
