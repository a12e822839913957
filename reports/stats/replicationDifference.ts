import type { Interval } from './Interval.js';
import { meanInterval } from './meanInterval.js';

/**
 * The paired difference variant − baseline of a per-replication figure (a counter per
 * claim), with the 95% t-interval of the K per-replication differences (each replication
 * ran both policies with the same seed). One replication, or differences without spread,
 * give a `none` interval: there is no spread to estimate from, and it is never significant.
 */
export function replicationDifference(baseline: readonly number[], variant: readonly number[]): Interval {
  if (baseline.length !== variant.length || baseline.length === 0) {
    throw new RangeError('replicationDifference needs the same replications under both policies');
  }
  return meanInterval(baseline.map((b, i) => variant[i]! - b));
}
