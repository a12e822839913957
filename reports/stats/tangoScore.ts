/**
 * Tango's score statistic for a paired difference of proportions (Tango 1998, Statistics in
 * Medicine 17:891–908): with n pairs, b discordant one way (variant only) and c the other
 * (baseline only), the test of "the difference is d" is
 *
 *   T(d) = (b − c − n·d) / √(n · (2·q + d·(1 − d)))
 *
 * where q is the maximum-likelihood share of (baseline only) pairs under that null. The
 * variance is the null's, not the estimate's: a run that by chance saw few discordant pairs
 * does not get a narrow interval for it, which is what made the Wald interval miss small
 * effects. b, c and n may be fractional (counts over a design effect).
 */
export function tangoScore(n: number, b: number, c: number, d: number): number {
  const w = b + c - d * (2 * n - b + c);
  const q = (w + Math.sqrt(Math.max(0, w * w + 8 * n * c * d * (1 - d)))) / (4 * n);
  const variance = n * (2 * q + d * (1 - d));
  const numerator = b - c - n * d;
  if (!(variance > 0)) return numerator === 0 ? 0 : numerator > 0 ? Infinity : -Infinity;
  return numerator / Math.sqrt(variance);
}

/** The d where the decreasing T(d) crosses `level`, by bisection on (−1, 1). */
export function tangoRoot(n: number, b: number, c: number, level: number): number {
  let lo = -1, hi = 1;
  for (let i = 0; i < 80; i++) {
    const mid = (lo + hi) / 2;
    if (tangoScore(n, b, c, mid) > level) lo = mid;
    else hi = mid;
  }
  return (lo + hi) / 2;
}
