import type { Interval } from './Interval.js';

/** A difference estimated from per-claim values clustered by seller, with what it can detect. */
export interface ClusteredEstimate {
  readonly interval: Interval;
  /** Its standard error (0 for a `bound` or `none` interval). */
  readonly se: number;
  /** Clusters (seller × replication) the variance was estimated from; degrees of freedom G − 1. */
  readonly clusters: number;
  /**
   * The smallest true difference the run would find significant 4 times in 5 (80% power at
   * the 5% level): (t₀.₉₇₅ + t₀.₈₀) × se with G − 1 degrees of freedom; differences under
   * it cannot be told from noise.
   */
  readonly detectable: number;
}
