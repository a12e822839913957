import type { Policy } from '../../engine/index.js';
import type { Population } from '../population/Population.js';
import { CompiledPopulation } from '../population/CompiledPopulation.js';

/**
 * Per claim index, the seller of the claim in a run of `population` with `seed`: the
 * clusters of the reports' cluster-robust intervals (a seller's claims share its profile,
 * so they are not independent). A pure function of (population, seed, claims), like the
 * claim's other fixed traits.
 */
export function claimSellers(population: Population, policy: Policy, seed: number, claims?: number): Uint32Array {
  const pop = new CompiledPopulation(population, policy, seed, claims);
  const out = new Uint32Array(pop.claims);
  for (let i = 0; i < pop.claims; i++) out[i] = pop.sellerOf(i);
  return out;
}
