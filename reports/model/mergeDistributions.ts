import type { Distribution } from '../../generators/Summary.js';
import { round } from '../stats/rounded.js';

/**
 * Distributions of several replications pooled into one. When their bins lie on one grid
 * (each one's edges a prefix of the longest's, as the population runner's fixed bins are)
 * the histograms add up exactly, the mean comes from the exact totals and the percentiles
 * are read off the pooled bins (linear within a bin). Otherwise the first replication's bins
 * are kept and the percentiles are the mean of the replications'.
 */
export function mergeDistributions(parts: readonly Distribution[]): Distribution | null {
  const nonEmpty = parts.filter((d) => d.count > 0);
  if (nonEmpty.length === 0) return null;
  const longest = nonEmpty.reduce((a, b) => (b.edges.length > a.edges.length ? b : a));
  const count = nonEmpty.reduce((s, d) => s + d.count, 0);
  const max = Math.max(...nonEmpty.map((d) => d.max));
  const sumSeconds = nonEmpty.reduce((s, d) => s + (d.sumSeconds ?? Math.round(d.mean * d.count * 86_400)), 0);
  const mean = round(sumSeconds / count / 86_400);
  const onOneGrid = nonEmpty.every((d) => d.edges.every((e, i) => e === longest.edges[i]));
  if (!onOneGrid) {
    const avg = (f: (d: Distribution) => number) => round(nonEmpty.reduce((s, d) => s + f(d), 0) / nonEmpty.length);
    const first = nonEmpty[0]!;
    return { count, mean, p50: avg((d) => d.p50), p90: avg((d) => d.p90), p99: avg((d) => d.p99), max, edges: [...first.edges], counts: [...first.counts], sumSeconds };
  }
  const counts = longest.counts.map((_, i) => nonEmpty.reduce((s, d) => s + (d.counts[i] ?? 0), 0));
  const q = (p: number) => round(quantileOfBins(longest.edges, counts, count, p, max));
  return { count, mean, p50: q(0.5), p90: q(0.9), p99: q(0.99), max, edges: [...longest.edges], counts, sumSeconds };
}

/** The p-quantile of a histogram, linear within the bin that holds it, never beyond the max. */
export function quantileOfBins(edges: readonly number[], counts: readonly number[], total: number, p: number, max: number): number {
  const rank = p * total;
  let before = 0;
  for (let i = 0; i < counts.length; i++) {
    const c = counts[i]!;
    if (c > 0 && before + c >= rank) return Math.min(max, edges[i]! + ((rank - before) / c) * (edges[i + 1]! - edges[i]!));
    before += c;
  }
  return max;
}
