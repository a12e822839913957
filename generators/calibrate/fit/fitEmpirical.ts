import { wilson } from '../stats/wilson.js';
import type { FittedDistribution } from './FittedDistribution.js';
import type { Observation } from './Observation.js';

export interface EmpiricalOptions {
  /** Fixed bin edges (fractions: 0, 0.1, … 1); otherwise quantiles of the exact values. */
  readonly edges?: readonly number[];
  /** At most this many bins from quantiles. */
  readonly bins?: number;
  /** A last bin from the greatest exact value to the greatest censored one, for mass the exact values never reach. */
  readonly tail?: boolean;
  /** A table fitted before on the same values (an EM step): its weights start this fit, when its edges are these. */
  readonly previous?: FittedDistribution | null;
  /** A pseudo-count added to every bin (a value in a bin no training value reached keeps a density). */
  readonly smooth?: number;
}

/**
 * An empirical table (ranges with weights, uniform within each) by censored maximum
 * likelihood: EM over the bins' weights, a censored value spreading its weight over the bins
 * beyond it. Each weight's 95% interval is Wilson's on the weighted count.
 */
export function fitEmpirical(obs: readonly Observation[], options: EmpiricalOptions = {}): FittedDistribution | null {
  const xs = obs.filter((o) => o.w > 0 && o.lo === o.hi).map((o) => o.lo).sort((p, q) => p - q);
  if (xs.length < 10) return null;
  let edges: number[];
  if (options.edges) edges = options.edges.slice();
  else {
    const k = Math.max(1, Math.min(options.bins ?? 10, Math.floor(xs.length / 20)));
    edges = [xs[0]!];
    for (let i = 1; i < k; i++) edges.push(xs[Math.floor((i * xs.length) / k)]!);
    edges.push(xs[xs.length - 1]! + 1);
    edges = edges.filter((e, i) => i === 0 || e > edges[i - 1]!);
    if (options.tail) {
      const reach = Math.max(...obs.filter((o) => o.w > 0 && o.lo !== o.hi).map((o) => (o.hi === Number.POSITIVE_INFINITY ? o.lo : o.hi)), 0);
      if (reach >= edges[edges.length - 1]!) edges.push(reach + 1);
    }
  }
  if (edges.length < 2) return null;
  const K = edges.length - 1;
  let weights = new Array<number>(K).fill(1 / K);
  const before = options.previous && 'empirical' in options.previous.spec ? options.previous.spec.empirical : null;
  if (before !== null && before.length === K && before.every((r, k) => 'from' in r && r.from === edges[k] && r.to === edges[k + 1])) weights = before.map((r) => r.weight);
  const total = obs.reduce((s, o) => s + Math.max(0, o.w), 0);
  for (let it = 0; it < 60; it++) {
    const next = new Array<number>(K).fill(0);
    for (const o of obs) {
      if (o.w <= 0) continue;
      if (o.lo === o.hi) {
        const k = binOf(edges, o.lo);
        if (k >= 0) next[k]! += o.w;
        continue;
      }
      const mass = weights.map((p, k) => p * overlap(edges[k]!, edges[k + 1]!, o.lo, o.hi));
      const sum = mass.reduce((a, b) => a + b, 0);
      if (sum > 0) for (let k = 0; k < K; k++) next[k]! += (o.w * mass[k]!) / sum;
    }
    if (options.smooth !== undefined) for (let k = 0; k < K; k++) next[k]! += options.smooth;
    const s = next.reduce((a, b) => a + b, 0);
    if (!(s > 0)) return null;
    const moved = next.reduce((m, v, k) => Math.max(m, Math.abs(v / s - weights[k]!)), 0);
    weights = next.map((v) => v / s);
    if (moved < 1e-7) break;
  }
  const dist = empirical(edges, weights);
  return {
    ...dist,
    parameters: weights
      .filter((p) => p > 0)
      .map((p, row) => {
        const ci = wilson(p * total, total);
        return { key: `row${row}`, estimate: p, low: ci.low, high: ci.high, kind: 'weight' as const };
      }),
  };
}

/** The fraction of bin [a, b) above lo and below hi. */
function overlap(a: number, b: number, lo: number, hi: number): number {
  const from = Math.max(a, lo);
  const to = Math.min(b, hi);
  return to > from ? (to - from) / (b - a) : 0;
}

function binOf(edges: readonly number[], x: number): number {
  if (x < edges[0]! || x > edges[edges.length - 1]!) return -1;
  let lo = 0;
  let hi = edges.length - 2;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (edges[mid]! <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The table with these edges and weights (bins of weight 0 are left out of the file form). */
export function empirical(edges: readonly number[], weights: readonly number[]): FittedDistribution {
  const cum = [0];
  for (const w of weights) cum.push(cum[cum.length - 1]! + w);
  const last = edges[edges.length - 1]!;
  return {
    family: 'empirical',
    spec: { empirical: weights.flatMap((w, k) => (w > 0 ? [{ from: edges[k]!, to: edges[k + 1]!, weight: w }] : [])) },
    logPdf: (x) => {
      const k = binOf(edges, x);
      return k < 0 || !(weights[k]! > 0) ? Number.NEGATIVE_INFINITY : Math.log(weights[k]! / (edges[k + 1]! - edges[k]!));
    },
    cdf: (x) => {
      if (x <= edges[0]!) return 0;
      if (x >= last) return 1;
      const k = binOf(edges, x);
      return cum[k]! + (weights[k]! * (x - edges[k]!)) / (edges[k + 1]! - edges[k]!);
    },
    parameters: [],
    mean: weights.reduce((s, w, k) => s + (w * (edges[k]! + edges[k + 1]!)) / 2, 0),
  };
}
