import type { DifferenceEstimate } from './DifferenceEstimate.js';
import type { PairedCell } from './PairedCell.js';
import { tCritical } from './tCritical.js';
import { tDifferenceEstimate } from './tDifferenceEstimate.js';
import { tangoRoot, tangoScore } from './tangoScore.js';

/**
 * The paired difference variant − baseline of the share of claims with an outcome, claims
 * run under both arms with the same random numbers, clustered by seller × replication. The
 * 95% interval is Tango's score interval (tangoScore) on the discordant counts taken over
 * their design effect: the cluster-robust (CR1) variance of the difference, Σ_g (D_g − n_g·Δ)²
 * × G/(G−1) over N², against the multinomial variance (b + c − N·Δ²)/N² the counts would have
 * were claims independent, never below 1 (Kish; the Rao–Scott correction). The critical value
 * is t with G − 1 degrees of freedom, fewer when the design effect rests on few clusters. Without discordant pairs the design effect is 1 and
 * the interval still has width (about ±t²/N): a run where nothing moved says how little
 * could have.
 */
export function pairedScoreDifference(cells: readonly PairedCell[]): DifferenceEstimate {
  let n = 0, b = 0, c = 0, g = 0;
  for (const x of cells) {
    n += x.n;
    b += x.up;
    c += x.down;
    if (x.n > 0) g++;
  }
  const estimate = n > 0 ? (b - c) / n : 0;
  if (n === 0 || g < 2) return { interval: { estimate, low: estimate, high: estimate, method: 'none' }, se: 0, clusters: g, detectable: 1, pValue: 1, df: Math.max(1, g - 1) };
  let ss = 0, ss2 = 0;
  for (const x of cells) {
    const e2 = (x.up - x.down - x.n * estimate) ** 2;
    ss += e2;
    ss2 += e2 * e2;
  }
  const clustered = (ss * g) / (g - 1);
  const multinomial = b + c - n * estimate * estimate;
  const designEffect = multinomial > 0 ? Math.max(1, clustered / multinomial) : 1;
  const [ne, be, ce] = [n / designEffect, b / designEffect, c / designEffect];
  // The excess of the clustered variance over the model's is estimated from the clusters'
  // residuals, with Satterthwaite's degrees of freedom (Σe²)²/Σe⁴ (few when few clusters
  // carry the change); the model's part is the null's and needs none. Welch's rule for the
  // sum: df = df_s × (deff / (deff − 1))², at most G − 1.
  const satterthwaite = ss2 > 0 ? Math.max(1, (ss * ss) / ss2) : g - 1;
  const df = designEffect > 1 ? Math.min(g - 1, satterthwaite * (designEffect / (designEffect - 1)) ** 2) : g - 1;
  const crit = tCritical(df);
  const low = Math.max(-1, Math.min(estimate, tangoRoot(ne, be, ce, crit)));
  const high = Math.min(1, Math.max(estimate, tangoRoot(ne, be, ce, -crit)));
  return tDifferenceEstimate({ estimate, low, high, method: 'score' }, g, Math.abs(tangoScore(ne, be, ce, 0)), df);
}
