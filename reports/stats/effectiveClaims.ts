import type { ClusterCell } from './ClusterCell.js';

/**
 * The baseline arm's effective number of independent claims: its claims over the design
 * effect of its 0/1 values, the cluster-robust variance of their mean over the binomial
 * one (Kish; Cameron & Miller 2015, §II.B), clamped to [clusters, claims]. Values that
 * never vary have no design effect to measure: all the claims count.
 */
export function effectiveClaims(cells: readonly ClusterCell[]): number {
  let n = 0, sum = 0, g = 0;
  for (const c of cells) {
    n += c.nA;
    sum += c.sumA;
    if (c.nA > 0) g++;
  }
  if (n === 0) return 0;
  const p = sum / n;
  const binomial = (p * (1 - p)) / n;
  if (binomial <= 0 || g < 2) return n;
  let ss = 0;
  for (const c of cells) ss += ((c.sumA - c.nA * p) / n) ** 2;
  const clustered = (ss * g) / (g - 1);
  const designEffect = Math.max(1, clustered / binomial);
  return Math.min(n, Math.max(g, n / designEffect));
}
