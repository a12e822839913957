import type { ClaimOutcomes } from './ClaimOutcomes.js';
import type { PairedCell } from './PairedCell.js';

/** A claim the run did not hold (another shard's, or cut by a stop). */
const NOT_RUN = 255;

/**
 * The paired cells of every outcome: `cells[o]` has, per cluster (the baseline's seller ×
 * seed), the claims both arms ran and the discordant ones for outcome o. `baseline[r]` and
 * `variant[r]` are the two arms of one replication, run with the same seed, claim i of one
 * paired with claim i of the other.
 */
export function pairedCells(baseline: readonly ClaimOutcomes[], variant: readonly ClaimOutcomes[], outcomes: number): PairedCell[][] {
  if (baseline.length !== variant.length) throw new RangeError(`${baseline.length} baseline runs but ${variant.length} variant runs: pair each replication`);
  const cells: PairedCell[][] = Array.from({ length: outcomes }, () => []);
  baseline.forEach((a, r) => {
    const b = variant[r]!;
    if (a.seed !== b.seed || a.outcomes.length !== b.outcomes.length) throw new RangeError(`replication ${r + 1}: paired arms need the same seed and claims`);
    const bySeller = new Map<number, number>();
    for (let i = 0; i < a.outcomes.length; i++) {
      const x = a.outcomes[i]!, y = b.outcomes[i]!;
      if (x === NOT_RUN || y === NOT_RUN) continue;
      const seller = a.sellers[i]!;
      let k = bySeller.get(seller);
      if (k === undefined) {
        k = cells[0]!.length;
        bySeller.set(seller, k);
        for (const list of cells) list.push({ n: 0, up: 0, down: 0 });
      }
      for (const list of cells) list[k]!.n++;
      if (x !== y) {
        cells[y]![k]!.up++;
        cells[x]![k]!.down++;
      }
    }
  });
  return cells;
}
