import type { Policy } from '../../engine/index.js';
import { type Population, runPopulation } from '../../generators/index.js';
import { claimSellers } from '../../generators/summary/claimSellers.js';
import type { ReplicationPair } from '../../reports/model/buildCompareReport.js';

/**
 * One replication of a comparison as `claimsim compare` runs it (cli/actions/compare/compare.ts): the
 * baseline arm on `seed`, the variant arm on `variantSeed` (the same seed: common random numbers;
 * another: independent streams, as --aa), each claim with its seller.
 */
export function replicationPair(
  arms: { readonly baseline: readonly [Population, Policy]; readonly variant: readonly [Population, Policy] },
  seed: number,
  variantSeed: number,
  claims?: number,
): ReplicationPair {
  const [bp, bpolicy] = arms.baseline, [vp, vpolicy] = arms.variant;
  const n = claims !== undefined ? { claims } : {};
  const b = runPopulation(bp, { policy: bpolicy, seed, ...n });
  const v = runPopulation(vp, { policy: vpolicy, seed: variantSeed, ...n });
  const sellers = claimSellers(bp, bpolicy, seed, claims);
  const unpaired = variantSeed !== seed || vp !== bp;
  return {
    baseline: b.summary,
    variant: v.summary,
    baselineOutcomes: b.finalOutcomes,
    variantOutcomes: v.finalOutcomes,
    sellers,
    ...(unpaired ? { variantSellers: claimSellers(vp, vpolicy, variantSeed, claims) } : {}),
  };
}
