/**
 * The half-width of an interval around per-claim 0/1 values that show no spread at all
 * (e.g. no claim changed its outcome between the two policies): 1 − 0.025^(1/n), the
 * largest share of claims that could differ while none of n independent claims seen does,
 * at 97.5% (the exact binomial bound; about 3.7 / n). Claims of a seller are not
 * independent, so n is the effective number of claims: the claims over the design effect
 * the baseline outcome itself shows across the seller clusters, never fewer than the
 * clusters. So the interval never has zero width on random data.
 */
export function zeroSpreadBound(effectiveClaims: number): number {
  if (effectiveClaims < 1) return 1;
  return 1 - 0.025 ** (1 / effectiveClaims);
}
