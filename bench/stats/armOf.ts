import { DEFAULT_POLICY } from '../../engine/index.js';
import { type Population, runPopulation } from '../../generators/index.js';
import { claimSellers } from '../../generators/summary/claimSellers.js';
import type { ClaimOutcomes } from '../../reports/stats/ClaimOutcomes.js';

/** One run of the population under the default policy: each claim's outcome and seller. */
export function armOf(population: Population, seed: number, claims: number): ClaimOutcomes {
  const r = runPopulation(population, { policy: DEFAULT_POLICY, seed, claims });
  return { seed, outcomes: r.finalOutcomes, sellers: claimSellers(population, DEFAULT_POLICY, seed, claims) };
}
