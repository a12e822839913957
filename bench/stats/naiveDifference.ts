import type { Interval } from '../../reports/stats/Interval.js';
import { Z95 } from '../../reports/stats/tCritical.js';

/**
 * The interval the cluster-robust one replaces, for contrast: the difference of two shares
 * with every claim taken as independent (unpaired normal). On clustered data it is too
 * narrow; the checks show by how much.
 */
export function naiveDifference(a: Uint8Array, b: Uint8Array, outcome: number): Interval {
  const share = (x: Uint8Array) => x.reduce((n, o) => n + (o === outcome ? 1 : 0), 0) / x.length;
  const pa = share(a), pb = share(b);
  const half = Z95 * Math.sqrt((pa * (1 - pa)) / a.length + (pb * (1 - pb)) / b.length);
  return { estimate: pb - pa, low: pb - pa - half, high: pb - pa + half, method: 't' };
}
