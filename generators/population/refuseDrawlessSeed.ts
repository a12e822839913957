import { Purpose } from '../random/Purpose.js';
import { compileDistribution } from '../random/compileDistribution.js';
import { drawUniform, streamKey } from '../random/hash32.js';
import type { Population } from './Population.js';
import { populationErrorAt } from './populationPlaces.js';

/**
 * Refuses, as an input error at the population's `claimsPerSeller`, a seed under which every
 * seller's draw rounds to no claim (CompiledPopulation's shares, drawn the same way): a run
 * would have no claim at all. Stops at the first seller with a claim, so it costs a draw or
 * two; a command calls it before it hands the population to other threads.
 */
export function refuseDrawlessSeed(population: Population, seed: number): void {
  if (!population.claimsPerSeller) return;
  const perSeller = compileDistribution(population.claimsPerSeller);
  for (let k = 0; k < population.sellers; k++) {
    if (Math.round(perSeller(drawUniform(streamKey(seed >>> 0, k, Purpose.sellerWeight), 0))) > 0) return;
  }
  throw populationErrorAt(
    population,
    ['claimsPerSeller'],
    `claimsPerSeller draws no claim for any of the ${population.sellers} sellers with seed ${seed >>> 0} (each draw is rounded to a whole number of claims: raise its values, add sellers, or give claims: N)`,
  );
}
