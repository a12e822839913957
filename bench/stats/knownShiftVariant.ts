import type { ClaimOutcomes } from '../../reports/stats/ClaimOutcomes.js';
import { mulberry32 } from './mulberry32.js';

/**
 * A synthetic variant of a run whose true effect is known exactly: each seller gets a rate
 * uniform on [0, 2 × shift], and each of its claims ends with `outcome` instead with that
 * rate (so claims of a seller move together, as a policy's effect does). When the run has
 * no claim with `outcome` to begin with, the true difference in its share is exactly `shift`.
 */
export function knownShiftVariant(run: ClaimOutcomes, outcome: number, shift: number, seed: number): ClaimOutcomes {
  const u = mulberry32(seed);
  const rates = new Map<number, number>();
  const outcomes = run.outcomes.map((o, i) => {
    const s = run.sellers[i]!;
    let rate = rates.get(s);
    if (rate === undefined) rates.set(s, (rate = u() * 2 * shift));
    return u() < rate ? outcome : o;
  });
  return { seed: run.seed, outcomes, sellers: run.sellers };
}
