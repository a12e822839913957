/**
 * The range of every number in a population file and of the run options that size a run
 * (generators/populations/README.md, limits): what the engine can compute and the machine hold.
 */
export const POPULATION_LIMITS = {
  sellers: 1_000_000,
  buyers: 10_000_000,
  /** Claims in one run, from the file (`claims:`, or claimsPerSeller over the sellers) or --claims. */
  claims: 10_000_000,
  /** The longest horizon, and so the longest duration anywhere in the file, in days. */
  horizonDays: 3650,
  /** The largest weight (claimMix, next, initialStatus, profiles, empirical rows). */
  weight: 1_000_000,
  /** The largest value of a count distribution (claimsPerSeller). */
  count: 1_000_000,
  /** The largest logNormal sigma. */
  sigma: 10,
} as const;

/**
 * Heap a run needs per claim, in bytes: about 930 B per claim held (docs/performance.md) with
 * at most a third of the claims open at once in the shipped populations, plus 17 B of arrays
 * per claim; rounded up, since a population whose claims stay open holds more.
 */
export const HEAP_BYTES_PER_CLAIM = 400;

/**
 * Why a run of `claims` claims shared by `workers` threads is refused: over the claims limit, or
 * a worker's share not fitting in three quarters of a heap of `heapLimit` bytes; null when it fits.
 */
export function runSizeProblem(claims: number, heapLimit: number, workers = 1): string | null {
  if (claims > POPULATION_LIMITS.claims) {
    return `the run has ${claims} claims, over the limit of ${POPULATION_LIMITS.claims} (lower claims: or claimsPerSeller, or use --claims; split a larger run with --shard i/n)`;
  }
  const share = Math.ceil(claims / workers);
  const need = share * HEAP_BYTES_PER_CLAIM;
  const room = Math.floor(heapLimit * 0.75);
  if (need > room) {
    const mib = (n: number): string => `${Math.ceil(n / 1024 / 1024)} MiB`;
    return `the run needs about ${mib(need)} of memory for ${share} claims${workers > 1 ? ' per worker' : ''} (${HEAP_BYTES_PER_CLAIM} B each), over the ${mib(room)} this process may use (three quarters of its ${mib(heapLimit)} heap): use fewer claims, split the run with --shard i/n, or give node more with NODE_OPTIONS=--max-old-space-size=MiB`;
  }
  return null;
}
