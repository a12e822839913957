/**
 * A 95% confidence interval around an estimate. `method` says how it was computed:
 * `t` over replications, `wilson` on one replication's share, `paired` over per-claim
 * paired differences (one replication, common random numbers), `normal` for an unpaired
 * difference of two shares, `none` when there was nothing to estimate from (a single value).
 */
export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
  readonly method: 't' | 'wilson' | 'paired' | 'normal' | 'none';
}

/** True when the interval lies wholly on one side of zero (the difference is significant). */
export function excludesZero(i: Interval): boolean {
  return i.low > 0 || i.high < 0;
}
