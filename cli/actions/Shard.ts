/** The i-th of n shares of a run's work (1 ≤ index ≤ count): what `--shard i/n` names. */
export interface Shard {
  readonly index: number;
  readonly count: number;
}
