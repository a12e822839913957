import type { FittedDistribution } from './FittedDistribution.js';
import { logLikelihood } from './logLikelihood.js';
import type { Observation } from './Observation.js';

/**
 * The uniform [a, b] by censored maximum likelihood: a is the least exact value, b the best of
 * a search from the greatest exact value up (censored values above it pull b up). Within
 * `[floor, ceiling]` (fractions: 0 … 1). The ends' 95% intervals are the order statistics'
 * exact ones: a ≥ min − (b − a)(1 − 0.025^(1/n)), b ≤ max + (b − a)(1 − 0.025^(1/n)).
 */
export function fitUniform(obs: readonly Observation[], floor = 0, ceiling = Number.POSITIVE_INFINITY): FittedDistribution | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  let n = 0;
  let reach = Number.NEGATIVE_INFINITY;
  for (const o of obs) {
    if (o.w <= 0) continue;
    if (o.lo === o.hi) {
      lo = Math.min(lo, o.lo);
      hi = Math.max(hi, o.lo);
      n += o.w;
    } else reach = Math.max(reach, o.lo);
  }
  if (!(n >= 2) || !(hi > lo)) return null;
  const a = Math.max(floor, lo);
  const top = Math.min(ceiling, Math.max(hi, reach) + (hi - a));
  const ll = (b: number): number => logLikelihood(uniform(a, b), obs);
  // A grid, then golden section around its best point: the likelihood in b is unimodal.
  let best = hi;
  let bestValue = ll(hi);
  const steps = 16;
  for (let k = 1; k <= steps; k++) {
    const b = hi + ((top - hi) * k) / steps;
    const v = ll(b);
    if (v > bestValue) [best, bestValue] = [b, v];
  }
  let [x0, x1] = [Math.max(hi, best - (top - hi) / steps), Math.min(top, best + (top - hi) / steps)];
  for (let it = 0; it < 30 && x1 - x0 > 1e-9 * (1 + x1); it++) {
    const m1 = x1 - 0.618 * (x1 - x0);
    const m2 = x0 + 0.618 * (x1 - x0);
    if (ll(m1) >= ll(m2)) x1 = m2;
    else x0 = m1;
  }
  const b = ll((x0 + x1) / 2) > bestValue ? (x0 + x1) / 2 : best;
  const slack = (b - a) * (1 - 0.025 ** (1 / n));
  return {
    ...uniform(a, b),
    parameters: [
      { key: '0', estimate: a, low: Math.max(floor, a - slack), high: a, kind: 'value' },
      { key: '1', estimate: b, low: b, high: Math.min(ceiling, b + slack), kind: 'value' },
    ],
  };
}

/** The uniform on [a, b] (no intervals). */
export function uniform(a: number, b: number): FittedDistribution {
  const w = b - a;
  return {
    family: 'uniform',
    spec: { uniform: [a, b] },
    logPdf: (x) => (x < a || x > b ? Number.NEGATIVE_INFINITY : -Math.log(w)),
    cdf: (x) => (x <= a ? 0 : x >= b ? 1 : (x - a) / w),
    parameters: [],
    mean: (a + b) / 2,
  };
}
