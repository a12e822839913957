/**
 * A distribution as a population file writes it, values already in their unit (ms for
 * durations, plain numbers for counts): constant, uniform, exponential, log-normal, or an
 * empirical table of values or ranges with weights.
 */
export type DistributionSpec =
  | { readonly constant: number }
  | { readonly uniform: readonly [number, number] }
  | { readonly exponential: { readonly mean: number } }
  | { readonly logNormal: { readonly median: number; readonly sigma: number } }
  | { readonly empirical: readonly EmpiricalRow[] };

/** One row of an empirical table: a value, or a range [from, to) drawn uniformly, with its weight. */
export type EmpiricalRow =
  | { readonly value: number; readonly weight: number }
  | { readonly from: number; readonly to: number; readonly weight: number };

/** Turns one uniform draw in [0, 1) into a value (inverse transform: one draw per value). */
export type Sampler = (u: number) => number;
