import type { PopulationChange } from '../../../generators/index.js';
import { type ReplicationPair, base64ToOutcomes, base64ToSellers } from '../../../reports/index.js';
import type { ComparePart } from './ComparePart.js';
import { mergeShardParts } from '../shared/mergeShardParts.js';
import { unshard } from '../../../input/Shard.js';

/** A whole comparison put back together from its parts. */
export interface MergedComparison {
  /** The replication pairs, in replication order. */
  readonly pairs: ReplicationPair[];
  /** What differs between the arms' populations. */
  readonly populationChanges: readonly PopulationChange[];
}

/**
 * The replication pairs of the whole comparison from its parts (every part of the same
 * comparison, each shard once), in replication order: what the unsharded run compares.
 */
export function mergeCompareParts(parts: readonly ComparePart[]): MergedComparison | { readonly error: string } {
  const checked = mergeShardParts(parts, 'compare-part', 3, (p) => [p.population, p.populationHash, p.variantPopulation, p.populationChanges, p.claims, p.baseline, p.variant, p.seeds]);
  if ('error' in checked) return checked;
  const replications = unshard(checked.map((p) => p.replications));
  if (replications.some((r, i) => r.index !== i) || replications.length !== checked[0]!.seeds.length) {
    return { error: 'the parts do not hold every replication of the comparison (were they written by the same version?)' };
  }
  const pairs = replications.map((r) => ({
    baseline: r.baseline,
    variant: r.variant,
    baselineOutcomes: base64ToOutcomes(r.baselineOutcomes),
    variantOutcomes: base64ToOutcomes(r.variantOutcomes),
    sellers: base64ToSellers(r.sellers),
  }));
  return { pairs, populationChanges: checked[0]!.populationChanges };
}
