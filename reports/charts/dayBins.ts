import type { Distribution } from '../../generators/Summary.js';

/**
 * A histogram regrouped into bins of whole days (or wider, so that there are at most
 * `maxBars` bars): fine 3-hour bins are too many bars to read.
 */
export function dayBins(d: Distribution, maxBars = 40): { from: number; to: number; claims: number }[] {
  const width = d.edges.length > 1 ? d.edges[1]! - d.edges[0]! : 1;
  const span = d.edges[d.edges.length - 1] ?? 0;
  const days = Math.max(1, Math.ceil(span / maxBars));
  const size = width >= days ? width : days;
  const out = new Map<number, number>();
  d.counts.forEach((c, i) => {
    if (c === 0) return;
    const from = Math.floor(d.edges[i]! / size) * size;
    out.set(from, (out.get(from) ?? 0) + c);
  });
  return [...out].sort((a, b) => a[0] - b[0]).map(([from, claims]) => ({ from, to: from + size, claims }));
}
