import type { Policy } from '../../../engine/index.js';
import type { PopulationChange, Summary } from '../../../generators/index.js';
import type { Shard } from '../../../input/Shard.js';

/**
 * What `claimsim compare --shard i/n` writes: its share of the replications (replication r
 * belongs to shard r mod n + 1), each under both policies, with the per-claim final outcomes
 * the transition table needs (base64 of one byte per claim, an index into FINAL_OUTCOMES) and
 * each claim's seller, the clusters of the intervals (base64 of a little-endian uint32 per claim).
 * `claimsim compare --merge` and `claimsim report` put the n parts back together, and only
 * parts that agree on every input: the populations' content (io/RunIdentity.ts' hash, with the
 * `--set` and `--variant-set` overrides applied), claims, policies and seeds. They read a part
 * through the one reader and comparePartSchema.ts, which checks its counts and consistency.
 */
export interface ComparePart {
  readonly kind: 'compare-part';
  readonly version: 3;
  readonly population: string;
  /** The baseline arm's population (populationHash). */
  readonly populationHash: string;
  /** The variant arm's population when it differs from the baseline's; null when both arms run the baseline's. */
  readonly variantPopulation: { readonly name: string; readonly hash: string } | null;
  /** What differs between the two arms' populations, for the report (empty when they share one). */
  readonly populationChanges: readonly PopulationChange[];
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
