import type { DistributionSpec } from '../random/DistributionSpec.js';

/** One thing wrong with a claimsPerSeller distribution: where in it, and the message. */
export interface CountProblem {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/**
 * What is wrong with `claimsPerSeller` that its ranges alone do not say. Each seller's draw is
 * rounded to a whole number of claims, so a value the draw returns as is (`constant`, an
 * empirical `value`) must be whole; and a distribution whose every draw is below one half
 * gives every seller no claim, so the run would have none.
 */
export function claimsPerSellerProblems(d: DistributionSpec): CountProblem[] {
  if ('constant' in d) {
    if (!Number.isInteger(d.constant)) return [{ path: ['constant'], message: `a seller has a whole number of claims, got ${d.constant} (write ${Math.floor(d.constant)} or ${Math.ceil(d.constant)}; a uniform or logNormal may give fractions, each draw is rounded)` }];
  }
  if ('empirical' in d) {
    const i = d.empirical.findIndex((r) => 'value' in r && !Number.isInteger(r.value));
    if (i >= 0) {
      const v = (d.empirical[i] as { value: number }).value;
      return [{ path: ['empirical', i, 'value'], message: `a seller has a whole number of claims, got ${v} (write ${Math.floor(v)} or ${Math.ceil(v)}, or a range from: A, to: B, whose draws are rounded)` }];
    }
  }
  const most = largestDraw(d);
  if (most !== null && most <= 0.5) {
    return [{ path: [], message: `every draw is ${most === 0 ? '0' : `at most ${most}`}, which rounds to no claim for any seller (give it values of 1 or more, or give claims: N)` }];
  }
  return [];
}

/** The largest value a distribution can draw; null when it has no bound (exponential, logNormal). */
function largestDraw(d: DistributionSpec): number | null {
  if ('constant' in d) return d.constant;
  if ('uniform' in d) return d.uniform[1];
  if ('empirical' in d) return Math.max(...d.empirical.map((r) => ('value' in r ? r.value : r.to)));
  return null;
}
