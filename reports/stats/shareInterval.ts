import type { Interval } from './Interval.js';
import { meanInterval } from './meanInterval.js';
import { wilsonInterval } from './wilsonInterval.js';

/**
 * A share across replications: with K ≥ 2 the t-interval of the K per-replication shares,
 * never narrower than the Wilson interval of the pooled count (K alike shares would
 * otherwise give a zero-width t-interval); with K = 1 the Wilson interval of that
 * replication's count. Clipped to [0, 1].
 */
export function shareInterval(counts: readonly number[], totals: readonly number[]): Interval {
  if (counts.length !== totals.length || counts.length === 0) throw new RangeError('shareInterval needs one count per replication');
  if (counts.length === 1) return wilsonInterval(counts[0]!, totals[0]!);
  const t = meanInterval(counts.map((c, k) => (totals[k]! > 0 ? c / totals[k]! : 0)));
  const w = wilsonInterval(counts.reduce((a, b) => a + b, 0), totals.reduce((a, b) => a + b, 0));
  const low = t.method === 'none' ? w.low : Math.min(t.low, w.low);
  const high = t.method === 'none' ? w.high : Math.max(t.high, w.high);
  // A share lies in [0, 1]: a t-interval over few replications may reach past either end.
  return { estimate: t.estimate, low: Math.max(0, low), high: Math.min(1, high), method: t.method === 'none' ? 'wilson' : 't' };
}
