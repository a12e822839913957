import { POPULATION_LIMITS } from '../../generators/population/populationLimits.js';

/** The i-th of n shares of a run's work (1 ≤ index ≤ count ≤ MAX_SHARDS): what `--shard i/n` names. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}

/**
 * The most shares a run may be split into: one per item of the longest list of work a command
 * splits, the claims of the largest run (POPULATION_LIMITS.claims; a sweep's or a comparison's
 * runs and the scenario library are far fewer). More shards could only be empty, and a count
 * beyond it (a 20-digit CLAIMSIM_SHARD) is not even held exactly.
 */
export const MAX_SHARDS: number = POPULATION_LIMITS.claims;
