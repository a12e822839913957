import type { Distribution } from '../Summary.js';

/** Bin width of every duration histogram, in days: 3 hours, exact in binary. */
export const BIN_DAYS = 0.125;
const MS_PER_BIN = BIN_DAYS * 86_400_000;

/** Durations folded into fixed bins, with an exact total in whole seconds: merging adds integers. */
export interface Histogram {
  counts: number[];
  count: number;
  sumSeconds: number;
  maxSeconds: number;
}

export function emptyHistogram(): Histogram {
  return { counts: [], count: 0, sumSeconds: 0, maxSeconds: 0 };
}

/** Adds one duration (ms, ≥ 0). */
export function addDuration(h: Histogram, ms: number): void {
  const bin = Math.floor(ms / MS_PER_BIN);
  while (h.counts.length <= bin) h.counts.push(0);
  h.counts[bin]!++;
  const seconds = Math.round(ms / 1000);
  h.count++;
  h.sumSeconds += seconds;
  if (seconds > h.maxSeconds) h.maxSeconds = seconds;
}

/** The histogram of a summary's distribution (to merge it with another). */
export function histogramOf(d: Distribution): Histogram {
  return { counts: [...d.counts], count: d.count, sumSeconds: d.sumSeconds, maxSeconds: Math.round(d.max * 86_400) };
}

/** a += b. */
export function mergeHistogram(a: Histogram, b: Histogram): void {
  while (a.counts.length < b.counts.length) a.counts.push(0);
  b.counts.forEach((c, i) => (a.counts[i]! += c));
  a.count += b.count;
  a.sumSeconds += b.sumSeconds;
  if (b.maxSeconds > a.maxSeconds) a.maxSeconds = b.maxSeconds;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The summary's view: mean from the exact total, percentiles linear within their bin. */
export function toDistribution(h: Histogram): Distribution {
  const edges = h.counts.map((_, i) => i * BIN_DAYS);
  edges.push(h.counts.length * BIN_DAYS);
  const max = h.maxSeconds / 86_400;
  return {
    count: h.count,
    mean: h.count ? round6(h.sumSeconds / h.count / 86_400) : 0,
    p50: round6(quantile(h, 0.5, max)),
    p90: round6(quantile(h, 0.9, max)),
    p99: round6(quantile(h, 0.99, max)),
    max: round6(max),
    edges,
    counts: [...h.counts],
    sumSeconds: h.sumSeconds,
  };
}

function quantile(h: Histogram, q: number, max: number): number {
  if (h.count === 0) return 0;
  const rank = q * h.count;
  let before = 0;
  for (let i = 0; i < h.counts.length; i++) {
    const c = h.counts[i]!;
    if (c > 0 && before + c >= rank) return Math.min(max, (i + (rank - before) / c) * BIN_DAYS);
    before += c;
  }
  return max;
}
