/**
 * The half-width of an interval around per-claim values that show no spread at all (every
 * cluster exactly at the mean, e.g. no claim changed its outcome): 1 − 0.025^(1/G), the
 * largest share of clusters that could differ while none of G clusters seen does, at
 * 97.5% (the exact binomial bound; about 3.7 / G). A claim-level share could be larger
 * only if the differing claims crowded into a few clusters, which the clusters seen rule
 * out just as well: so the interval never has zero width on random data.
 */
export function zeroSpreadBound(clusters: number): number {
  if (clusters < 1) return 1;
  return 1 - 0.025 ** (1 / clusters);
}
