import type { ClusterCell } from './ClusterCell.js';
import type { Interval } from './Interval.js';
import { tCritical } from './tCritical.js';
import { wilsonInterval } from './wilsonInterval.js';

/**
 * One arm's share of claims with an outcome (`arm` a: the baseline's cells, b: the
 * variant's), with a 95% interval robust to clustering by seller: the CR1 variance of the
 * mean and t with G − 1 degrees of freedom, as clusteredDifference. Never narrower than the
 * Wilson interval of the count (which also keeps a share of 0 or 1 from a zero width);
 * clipped to [0, 1].
 */
export function clusteredShare(cells: readonly ClusterCell[], arm: 'a' | 'b'): Interval {
  let n = 0, sum = 0, g = 0;
  for (const c of cells) {
    const [cn, cs] = arm === 'a' ? [c.nA, c.sumA] : [c.nB, c.sumB];
    n += cn;
    sum += cs;
    if (cn > 0) g++;
  }
  const w = wilsonInterval(sum, n);
  if (g < 2) return w;
  const p = sum / n;
  let ss = 0;
  for (const c of cells) {
    const [cn, cs] = arm === 'a' ? [c.nA, c.sumA] : [c.nB, c.sumB];
    ss += ((cs - cn * p) / n) ** 2;
  }
  const half = tCritical(g - 1) * Math.sqrt((ss * g) / (g - 1));
  return { estimate: p, low: Math.max(0, Math.min(p - half, w.low)), high: Math.min(1, Math.max(p + half, w.high)), method: 'cluster' };
}
