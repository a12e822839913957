import type { Interval } from './Interval.js';
import { meanInterval } from './meanInterval.js';
import { wilsonInterval } from './wilsonInterval.js';

/**
 * A share across replications: with K ≥ 2 the t-interval of the K per-replication shares,
 * with K = 1 the Wilson interval of that replication's count. Clipped to [0, 1].
 */
export function shareInterval(counts: readonly number[], totals: readonly number[]): Interval {
  if (counts.length !== totals.length || counts.length === 0) throw new RangeError('shareInterval needs one count per replication');
  if (counts.length === 1) return wilsonInterval(counts[0]!, totals[0]!);
  const i = meanInterval(counts.map((c, k) => (totals[k]! > 0 ? c / totals[k]! : 0)));
  // A share lies in [0, 1]: a t-interval over few replications may reach past either end.
  return { ...i, low: Math.max(0, i.low), high: Math.min(1, i.high) };
}
