/**
 * One cluster's per-claim values under the two arms of a comparison: `n` claims summing to
 * `sum` under the baseline (a) and under the variant (b). A cluster is one seller in one
 * replication (one seed): under common random numbers both arms hold the same claims of
 * the same seller, so the cluster carries both; with independent seeds a cluster has
 * claims under one arm only.
 */
export interface ClusterCell {
  nA: number;
  sumA: number;
  nB: number;
  sumB: number;
}
