import type { ClusterCell } from '../../reports/stats/ClusterCell.js';
import type { PairedCell } from '../../reports/stats/PairedCell.js';

/** A synthetic paired comparison where only a few claims change, its truth known exactly. */
export interface PairedShape {
  /** Clusters (seller × replication). */
  readonly clusters: number;
  /** Claims per cluster: uniform on [1, 2 × mean − 1]. */
  readonly meanSize: number;
  /** Expected discordant claims in the whole trial (both ways). */
  readonly discordant: number;
  /** How the change falls on the clusters: `spread` (every cluster's rates uniform on [0, 2 × mean]) or `concentrated` (a fifth of the clusters carry all of it). */
  readonly shape: 'spread' | 'concentrated';
}

/** Of the discordant claims, this share moves into the outcome (the rest out of it). */
const UP_SHARE = 0.8;

/**
 * One trial: per cluster, each claim moves into the outcome under the variant with the
 * cluster's up rate, out of it with its down rate (claims of a cluster move together, as a
 * policy's effect on a seller's claims does). The true difference is exactly
 * (UP_SHARE − (1 − UP_SHARE)) × discordant / (clusters × meanSize): rates and sizes are
 * drawn independently. Returns the paired cells and, for the old interval, the same claims
 * as cluster cells.
 */
export function syntheticPairedTrial(s: PairedShape, u: () => number): { readonly paired: PairedCell[]; readonly cells: ClusterCell[]; readonly truth: number } {
  const rate = s.discordant / (s.clusters * s.meanSize);
  const affected = s.shape === 'spread' ? 1 : 0.2;
  const paired: PairedCell[] = [];
  const cells: ClusterCell[] = [];
  for (let g = 0; g < s.clusters; g++) {
    const n = 1 + Math.floor(u() * (2 * s.meanSize - 1));
    const hit = u() < affected;
    const r = hit ? (u() * 2 * rate) / affected : 0;
    const [ru, rd] = [r * UP_SHARE, r * (1 - UP_SHARE)];
    let up = 0, down = 0;
    for (let i = 0; i < n; i++) {
      const x = u();
      if (x < ru) up++;
      else if (x < ru + rd) down++;
    }
    paired.push({ n, up, down });
    cells.push({ nA: n, sumA: down, nB: n, sumB: up });
  }
  return { paired, cells, truth: (2 * UP_SHARE - 1) * rate };
}
