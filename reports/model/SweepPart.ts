import type { Policy } from '../../engine/index.js';
import type { Summary } from '../../generators/Summary.js';
import type { SweepParameter } from './SweepReport.js';
import type { Shard } from '../../input/Shard.js';

/**
 * What `claimsim sweep --shard i/n` writes: the summaries of its share of the grid's runs
 * (run j of the grid, j = point × replications + replication, belongs to shard j mod n + 1).
 * `claimsim sweep --merge` puts the n parts back together. Each run carries its per-claim
 * final outcomes (base64 bytes, indices into FINAL_OUTCOMES), so the merged report's
 * intervals are those of one whole run. The command line reads a part through the one reader
 * and cli/actions/sweep/sweepPartSchema.ts, which checks its counts and consistency.
 */
export interface SweepPart {
  readonly kind: 'sweep-part';
  readonly version: 2;
  /** The population file's name as its runs report it. */
  readonly population: string;
  readonly claims: number | null;
  readonly basePolicy: Policy;
  readonly parameters: readonly SweepParameter[];
  readonly seeds: readonly number[];
  /** Per seed, each claim's seller (base64 of little-endian 32-bit integers): the intervals' clusters. */
  readonly sellers: readonly string[];
  readonly shard: Shard;
  readonly runs: readonly { readonly index: number; readonly params: Readonly<Record<string, number>>; readonly seed: number; readonly summary: Summary; readonly outcomes: string }[];
}
