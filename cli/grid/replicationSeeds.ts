/** The seeds of K replications: the base seed and the K − 1 after it (replication r uses seed + r). */
export function replicationSeeds(seed: number, replications: number): number[] {
  return Array.from({ length: replications }, (_, r) => seed + r);
}
