/** The seeds of K replications: the base seed and the K − 1 after it (replication r uses seed + r). */
export function replicationSeeds(seed: number, replications: number): number[] {
  return Array.from({ length: replications }, (_, r) => seed + r);
}

/**
 * The seeds of a comparison's two arms. Common random numbers (the default): both arms run
 * replication r on seed + r. Independent streams (`--aa`): the baseline runs seed + r, the
 * variant seed + K + r, so no seed is shared between the arms and no claim draws the same
 * numbers in both.
 */
export function armSeeds(seed: number, replications: number, independent: boolean): { readonly baseline: number[]; readonly variant: number[] } {
  const baseline = replicationSeeds(seed, replications);
  return { baseline, variant: independent ? replicationSeeds(seed + replications, replications) : baseline };
}
