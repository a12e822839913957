import type { ClusterCell } from './ClusterCell.js';
import type { DifferenceEstimate } from './DifferenceEstimate.js';
import { tCritical } from './tCritical.js';
import { tDifferenceEstimate } from './tDifferenceEstimate.js';

/** One arm's claims and claims with the outcome, over its design effect; its clusters. */
interface EffectiveArm {
  readonly p: number;
  readonly n: number;
  readonly x: number;
  readonly clusters: number;
}

/**
 * The difference variant − baseline of the share of claims with an outcome when the arms'
 * claims are not paired (independent random streams: `--aa`, or populations whose claims
 * draw differently), clustered by seller × replication within each arm. The 95% interval is
 * Newcombe's hybrid score interval (Newcombe 1998, Statistics in Medicine 17:873–890, method
 * 10) from each arm's Wilson interval, each on its counts over its own design effect (the
 * CR1 variance of its share against the binomial one, never below 1) and with t on
 * min(G_a, G_b) − 1 degrees of freedom. The p-value is the level at which that interval
 * would touch 0.
 */
export function unpairedScoreDifference(cells: readonly ClusterCell[]): DifferenceEstimate {
  const a = effectiveArm(cells, 'a'), b = effectiveArm(cells, 'b');
  const estimate = a.n > 0 && b.n > 0 ? b.p - a.p : 0;
  const clusters = a.clusters + b.clusters;
  if (a.clusters < 2 || b.clusters < 2) return { interval: { estimate, low: estimate, high: estimate, method: 'none' }, se: 0, clusters, detectable: 1, pValue: 1, df: 1 };
  const df = Math.min(a.clusters, b.clusters) - 1;
  const [low, high] = newcombe(a, b, tCritical(df));
  // The critical value at which the interval's end nearest 0 reaches it: |T| of the p-value.
  let zero = 0;
  if (estimate !== 0) {
    let lo = 0, hi = 60;
    for (let i = 0; i < 60; i++) {
      const mid = (lo + hi) / 2;
      const [l, h] = newcombe(a, b, mid);
      if (estimate > 0 ? l > 0 : h < 0) lo = mid;
      else hi = mid;
    }
    zero = (lo + hi) / 2;
  }
  return tDifferenceEstimate({ estimate, low: Math.min(estimate, low), high: Math.max(estimate, high), method: 'score' }, clusters, zero, df);
}

function newcombe(a: EffectiveArm, b: EffectiveArm, crit: number): [number, number] {
  const [la, ua] = wilson(a, crit), [lb, ub] = wilson(b, crit);
  const d = b.p - a.p;
  return [Math.max(-1, d - Math.hypot(b.p - lb, ua - a.p)), Math.min(1, d + Math.hypot(ub - b.p, a.p - la))];
}

function wilson(arm: EffectiveArm, crit: number): [number, number] {
  const { n, x } = arm;
  const c2 = crit * crit;
  const centre = (x + c2 / 2) / (n + c2);
  const half = (crit * Math.sqrt((x * (n - x)) / n + c2 / 4)) / (n + c2);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}

function effectiveArm(cells: readonly ClusterCell[], arm: 'a' | 'b'): EffectiveArm {
  let n = 0, x = 0, g = 0;
  for (const c of cells) {
    const cn = arm === 'a' ? c.nA : c.nB;
    n += cn;
    x += arm === 'a' ? c.sumA : c.sumB;
    if (cn > 0) g++;
  }
  if (n === 0) return { p: 0, n: 0, x: 0, clusters: g };
  const p = x / n;
  let ss = 0;
  for (const c of cells) {
    const [cn, cs] = arm === 'a' ? [c.nA, c.sumA] : [c.nB, c.sumB];
    ss += (cs - cn * p) ** 2;
  }
  const binomial = n * p * (1 - p);
  const designEffect = binomial > 0 && g > 1 ? Math.max(1, (ss * g) / (g - 1) / binomial) : 1;
  return { p, n: n / designEffect, x: x / designEffect, clusters: g };
}
