import type { ClaimOutcomes } from './ClaimOutcomes.js';
import type { ClusterCell } from './ClusterCell.js';

/** A claim the run did not hold (another shard's, or cut by a stop). */
const NOT_RUN = 255;

/**
 * The cluster cells of every outcome: `cells[o]` has, per cluster (seller × seed), the
 * claims and the claims ending with outcome o under the baseline and under the variant.
 * Runs with the same seed share their clusters (common random numbers pair them), unless
 * `shareSeeds` is false (the arms' claims are not paired: each arm's clusters are its own).
 */
export function outcomeCells(baseline: readonly ClaimOutcomes[], variant: readonly ClaimOutcomes[], outcomes: number, shareSeeds = true): ClusterCell[][] {
  const indexA = new Map<number, Map<number, number>>();
  const indexB = shareSeeds ? indexA : new Map<number, Map<number, number>>();
  const cells: ClusterCell[][] = Array.from({ length: outcomes }, () => []);
  const add = (runs: readonly ClaimOutcomes[], arm: 'A' | 'B') => {
    const index = arm === 'A' ? indexA : indexB;
    for (const run of runs) {
      if (run.sellers.length < run.outcomes.length) throw new RangeError(`seed ${run.seed}: ${run.outcomes.length} claims but ${run.sellers.length} sellers (give each claim its seller)`);
      let bySeller = index.get(run.seed);
      if (!bySeller) index.set(run.seed, (bySeller = new Map()));
      for (let i = 0; i < run.outcomes.length; i++) {
        const o = run.outcomes[i]!;
        if (o === NOT_RUN) continue;
        const seller = run.sellers[i]!;
        let k = bySeller.get(seller);
        if (k === undefined) {
          k = cells[0]!.length;
          bySeller.set(seller, k);
          for (const list of cells) list.push({ nA: 0, sumA: 0, nB: 0, sumB: 0 });
        }
        for (let x = 0; x < outcomes; x++) {
          const c = cells[x]![k]!;
          if (arm === 'A') c.nA++;
          else c.nB++;
        }
        const c = cells[o]![k]!;
        if (arm === 'A') c.sumA++;
        else c.sumB++;
      }
    }
  };
  add(baseline, 'A');
  add(variant, 'B');
  return cells;
}
