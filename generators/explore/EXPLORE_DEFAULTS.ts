/**
 * `claimsim explore`'s default budget and seed. Fixed, so that a run with no options prints
 * the same bytes every time; give another --seed to search elsewhere. Every fault mutant
 * (engine/faults.ts) is found within these defaults (test/generators/explore).
 */
export const EXPLORE_DEFAULTS = { seed: 1, runs: 1000 } as const;

/** The most cases one run tries (`--runs`), and the longest time budget (`--seconds`). */
export const EXPLORE_LIMITS = { runs: 1_000_000, seconds: 86_400 } as const;
