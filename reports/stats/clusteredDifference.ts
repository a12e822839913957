import type { ClusterCell } from './ClusterCell.js';
import type { ClusteredEstimate } from './ClusteredEstimate.js';
import { effectiveClaims } from './effectiveClaims.js';
import { tCritical } from './tCritical.js';
import { tPower80 } from './tPower80.js';
import { zeroSpreadBound } from './zeroSpreadBound.js';

// A variance this small is rounding, not spread: one claim in ten million differing gives 1e-14.
const NO_SPREAD = 1e-20;

/**
 * The difference of means variant (b) − baseline (a) of per-claim values, with a 95%
 * interval whose variance is robust to clustering (Cameron & Miller 2015, §II–III): the
 * CR1 sandwich Σ_g S_g² × G/(G−1) × (N−1)/(N−2), S_g the cluster's share of the
 * estimator's residuals, and t with G − 1 degrees of freedom (§VI.C). A cluster holding
 * both arms (common random numbers) pairs them, so the claims' own noise cancels; clusters
 * holding one arm each (independent seeds) give the unpaired difference. Values without
 * spread get the `bound` interval of zeroSpreadBound (over the effective claims of
 * effectiveClaims: the values are 0/1 outcome indicators) instead of a zero width.
 */
export function clusteredDifference(cells: readonly ClusterCell[]): ClusteredEstimate {
  let nA = 0, sumA = 0, nB = 0, sumB = 0, g = 0;
  for (const c of cells) {
    nA += c.nA;
    sumA += c.sumA;
    nB += c.nB;
    sumB += c.sumB;
    if (c.nA + c.nB > 0) g++;
  }
  if (nA === 0 || nB === 0 || g < 2) {
    const estimate = nA > 0 && nB > 0 ? sumB / nB - sumA / nA : 0;
    return { interval: { estimate, low: estimate, high: estimate, method: 'none' }, se: 0, clusters: g, detectable: 1 };
  }
  const meanA = sumA / nA, meanB = sumB / nB;
  const estimate = meanB - meanA;
  let ss = 0;
  for (const c of cells) {
    const s = (c.sumB - c.nB * meanB) / nB - (c.sumA - c.nA * meanA) / nA;
    ss += s * s;
  }
  const n = nA + nB;
  const variance = ss * (g / (g - 1)) * (n > 2 ? (n - 1) / (n - 2) : 1);
  if (variance < NO_SPREAD) {
    const b = zeroSpreadBound(effectiveClaims(cells));
    return { interval: { estimate, low: Math.max(-1, estimate - b), high: Math.min(1, estimate + b), method: 'bound' }, se: 0, clusters: g, detectable: b };
  }
  const se = Math.sqrt(variance);
  const half = tCritical(g - 1) * se;
  return {
    interval: { estimate, low: estimate - half, high: estimate + half, method: 'cluster' },
    se,
    clusters: g,
    detectable: (tCritical(g - 1) + tPower80(g - 1)) * se,
  };
}
