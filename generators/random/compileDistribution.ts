import type { DistributionSpec, EmpiricalRow, Sampler } from './DistributionSpec.js';
import { inverseNormal } from './inverseNormal.js';

/** A sampler for the distribution: the inverse of its CDF, so every value costs one draw. */
export function compileDistribution(spec: DistributionSpec): Sampler {
  if ('constant' in spec) {
    const v = spec.constant;
    return () => v;
  }
  if ('uniform' in spec) {
    const [a, b] = spec.uniform;
    return (u) => a + u * (b - a);
  }
  if ('exponential' in spec) {
    const mean = spec.exponential.mean;
    return (u) => -mean * Math.log(1 - u);
  }
  if ('logNormal' in spec) {
    const { median, sigma } = spec.logNormal;
    return (u) => median * Math.exp(sigma * inverseNormal(u));
  }
  return empirical(spec.empirical);
}

function empirical(rows: readonly EmpiricalRow[]): Sampler {
  const total = rows.reduce((s, r) => s + r.weight, 0);
  const cumulative = new Float64Array(rows.length);
  let acc = 0;
  rows.forEach((r, i) => {
    acc += r.weight / total;
    cumulative[i] = acc;
  });
  cumulative[rows.length - 1] = 1;
  return (u) => {
    let i = 0;
    while (u >= cumulative[i]!) i++;
    const row = rows[i]!;
    if ('value' in row) return row.value;
    // Reuse the draw's position inside the row for the value in the range.
    const lo = i === 0 ? 0 : cumulative[i - 1]!;
    const within = (u - lo) / (cumulative[i]! - lo);
    return row.from + within * (row.to - row.from);
  };
}

/** The distribution's mean (exact for every kind), for tests and for population summaries. */
export function meanOf(spec: DistributionSpec): number {
  if ('constant' in spec) return spec.constant;
  if ('uniform' in spec) return (spec.uniform[0] + spec.uniform[1]) / 2;
  if ('exponential' in spec) return spec.exponential.mean;
  if ('logNormal' in spec) return spec.logNormal.median * Math.exp((spec.logNormal.sigma * spec.logNormal.sigma) / 2);
  const total = spec.empirical.reduce((s, r) => s + r.weight, 0);
  return spec.empirical.reduce((s, r) => s + (r.weight / total) * ('value' in r ? r.value : (r.from + r.to) / 2), 0);
}
