import { heldOutDifference, isIdentified } from './modelEvidence.js';

/** One number of profiles tried by `--profiles auto`: its fit, its held-out log-likelihood and that figure per held-out unit (buyer or seller). */
export interface ProfilesTried<F> {
  readonly k: number;
  readonly fit: F;
  readonly heldOut: number;
  readonly perUnit: readonly number[];
}

/**
 * `--profiles auto`'s choice among the numbers of profiles fitted: the fewest that the best (by
 * held-out log-likelihood, then fewer profiles) does not lead by IDENTIFIED_SE standard errors
 * over the held-out units, since a spare profile can win a few units by chance. Also the best
 * and the runner-up (the best-ranked other than the one kept), and every one ranked.
 */
export function fewestProfiles<F>(tried: readonly ProfilesTried<F>[]): { best: ProfilesTried<F>; top: ProfilesTried<F>; runnerUp: ProfilesTried<F> | undefined; ranked: ProfilesTried<F>[] } {
  const ranked = [...tried].sort((a, b) => b.heldOut - a.heldOut || a.k - b.k);
  const top = ranked[0]!;
  const best = [...tried].sort((a, b) => a.k - b.k).find((t) => !isIdentified(heldOutDifference(top.perUnit, t.perUnit)))!;
  return { best, top, runnerUp: ranked.find((t) => t !== best), ranked };
}
