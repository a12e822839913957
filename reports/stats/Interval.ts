/**
 * A 95% confidence interval around an estimate. `method` says how it was computed:
 * `score` by a score interval on counts over their design effect (pairedScoreDifference,
 * unpairedScoreDifference: compare's differences of shares), `cluster` from per-claim values with a variance robust to clustering by seller
 * (clusteredDifference), `bound` when those values show no spread at all (the interval is
 * then the largest difference that seeing none of would still be likely: zeroSpreadBound),
 * `t` over replications, `wilson` on one replication's share, `none` when there was nothing
 * to estimate from (a single value, or values without spread).
 */
export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly method: 'score' | 'cluster' | 'bound' | 't' | 'wilson' | 'none';
}

/** True when the interval lies wholly on one side of zero. */
export function excludesZero(i: Interval): boolean {
  return i.low > 0 || i.high < 0;
}
