import type { Interval } from './Interval.js';
import { meanInterval } from './meanInterval.js';
import { Z95 } from './tCritical.js';

/**
 * The paired difference variant − baseline of a share, with its 95% interval.
 *
 * With K ≥ 2 replications (each run under both policies with the same seed: common random
 * numbers) it is the t-interval of the K per-replication differences. With one replication
 * it is the normal interval of the per-claim paired differences d = [variant = o] − [baseline = o]
 * read from the two final-outcome arrays, so the pairing still removes the claims' own noise.
 */
export function pairedDifference(
  baselineShares: readonly number[],
  variantShares: readonly number[],
  perClaim?: { readonly baseline: Uint8Array; readonly variant: Uint8Array; readonly outcome: number },
): Interval {
  if (baselineShares.length !== variantShares.length || baselineShares.length === 0) {
    throw new RangeError('pairedDifference needs the same replications under both policies');
  }
  const diffs = baselineShares.map((b, i) => variantShares[i]! - b);
  if (diffs.length >= 2 || !perClaim) return meanInterval(diffs);
  return perClaimDifference(perClaim.baseline, perClaim.variant, perClaim.outcome);
}

/** Normal interval of the mean of per-claim differences in {−1, 0, 1} (McNemar's pairing). */
export function perClaimDifference(baseline: Uint8Array, variant: Uint8Array, outcome: number): Interval {
  const n = Math.min(baseline.length, variant.length);
  if (n === 0) return { estimate: 0, low: 0, high: 0, method: 'none' };
  let gained = 0; // claims with outcome o under the variant only
  let lost = 0; // under the baseline only
  for (let i = 0; i < n; i++) {
    const b = baseline[i] === outcome, v = variant[i] === outcome;
    if (v && !b) gained++;
    else if (b && !v) lost++;
  }
  const d = (gained - lost) / n;
  if (n === 1) return { estimate: d, low: d, high: d, method: 'none' };
  // Sample variance of d_i: the d_i are ±1 on gained + lost claims, 0 elsewhere.
  const variance = ((gained + lost) - n * d * d) / (n - 1);
  const half = Z95 * Math.sqrt(Math.max(0, variance) / n);
  return { estimate: d, low: d - half, high: d + half, method: 'paired' };
}
