/**
 * One run's per-claim results, as the cluster-robust intervals read them: the seed it ran
 * with, and per claim index its final outcome (an index into FINAL_OUTCOMES; 255 for a
 * claim the run did not hold) and its seller. Claims of the same seller in the same seed
 * form a cluster.
 */
export interface ClaimOutcomes {
  readonly seed: number;
  readonly outcomes: Uint8Array;
  readonly sellers: Uint32Array;
}
