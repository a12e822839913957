import type { Policy } from '../../engine/index.js';
import type { Summary } from '../../generators/index.js';
import type { Shard } from './Shard.js';

/**
 * What `claimsim compare --shard i/n` writes: its share of the replications (replication r
 * belongs to shard r mod n + 1), each under both policies, with the per-claim final outcomes
 * the transition table needs (base64 of one byte per claim, an index into FINAL_OUTCOMES) and
 * each claim's seller, the clusters of the intervals (base64 of a little-endian uint32 per claim).
 * `claimsim compare --merge` and `claimsim report` put the n parts back together.
 */
export interface ComparePart {
  readonly kind: 'compare-part';
  readonly version: 2;
  readonly population: string;
  readonly claims: number | null;
  readonly baseline: Policy;
  readonly variant: Policy;
  readonly seeds: readonly number[];
  readonly shard: Shard;
  readonly replications: readonly {
    readonly index: number;
    readonly seed: number;
    readonly baseline: Summary;
    readonly variant: Summary;
    readonly baselineOutcomes: string;
    readonly variantOutcomes: string;
    readonly sellers: string;
  }[];
}
