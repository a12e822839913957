import { type ReplicationPair, base64ToOutcomes, base64ToSellers } from '../../reports/index.js';
import type { ComparePart } from './ComparePart.js';
import { mergeShardParts } from './mergeShardParts.js';
import { unshard } from './takeShard.js';

/**
 * The replication pairs of the whole comparison from its parts (every part of the same
 * comparison, each shard once), in replication order: what the unsharded run compares.
 */
export function mergeCompareParts(parts: readonly ComparePart[]): ReplicationPair[] | { readonly error: string } {
  const checked = mergeShardParts(parts, 'compare-part', 2, (p) => [p.population, p.claims, p.baseline, p.variant, p.seeds]);
  if ('error' in checked) return checked;
  const replications = unshard(checked.map((p) => p.replications));
  if (replications.some((r, i) => r.index !== i) || replications.length !== checked[0]!.seeds.length) {
    return { error: 'the parts do not hold every replication of the comparison (were they written by the same version?)' };
  }
  return replications.map((r) => ({
    baseline: r.baseline,
    variant: r.variant,
    baselineOutcomes: base64ToOutcomes(r.baselineOutcomes),
    variantOutcomes: base64ToOutcomes(r.variantOutcomes),
    sellers: base64ToSellers(r.sellers),
  }));
}
