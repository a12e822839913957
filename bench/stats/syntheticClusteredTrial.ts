import type { ClusterCell } from '../../reports/stats/ClusterCell.js';

/** The shape of a synthetic paired comparison whose true difference is known exactly. */
export interface SyntheticShape {
  /** Clusters (sellers). */
  readonly clusters: number;
  /** Claims per cluster: uniform on [1, 2 × mean − 1]. */
  readonly meanSize: number;
  /** The true difference: each cluster's switch rate is uniform on [0, 2 × shift], so its mean is `shift`. */
  readonly shift: number;
}

/**
 * One trial: per cluster, claims that switch into the outcome under the variant with the
 * cluster's own rate (claims of a cluster are alike: the clustering a naive interval
 * misses). The true mean difference is exactly `shift`, since rates and sizes are drawn
 * independently. Also returns the per-claim differences for a naive interval to compare.
 */
export function syntheticClusteredTrial(shape: SyntheticShape, u: () => number): { readonly cells: ClusterCell[]; readonly diffs: number[] } {
  const cells: ClusterCell[] = [];
  const diffs: number[] = [];
  for (let g = 0; g < shape.clusters; g++) {
    const size = 1 + Math.floor(u() * (2 * shape.meanSize - 1));
    const rate = u() * 2 * shape.shift;
    let switched = 0;
    for (let i = 0; i < size; i++) {
      const d = u() < rate ? 1 : 0;
      switched += d;
      diffs.push(d);
    }
    cells.push({ nA: size, sumA: 0, nB: size, sumB: switched });
  }
  return { cells, diffs };
}
