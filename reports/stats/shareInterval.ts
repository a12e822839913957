import type { Interval } from './Interval.js';
import { meanInterval } from './meanInterval.js';
import { wilsonInterval } from './wilsonInterval.js';

/**
 * A share across replications: with K ≥ 2 the t-interval of the K per-replication shares,
 * with K = 1 the Wilson interval of that replication's count.
 */
export function shareInterval(counts: readonly number[], totals: readonly number[]): Interval {
  if (counts.length !== totals.length || counts.length === 0) throw new RangeError('shareInterval needs one count per replication');
  if (counts.length === 1) return wilsonInterval(counts[0]!, totals[0]!);
  return meanInterval(counts.map((c, i) => (totals[i]! > 0 ? c / totals[i]! : 0)));
}
