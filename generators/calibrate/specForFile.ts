import type { DistributionSpec } from '../random/DistributionSpec.js';
import { formatDuration } from './formatDuration.js';

const r6 = (x: number): number => +x.toPrecision(6);

/**
 * A fitted distribution as the population file writes it: durations as `1d2h…` text (whole
 * ms), fractions as plain numbers; an empirical table's weights as shares.
 */
export function specForFile(spec: DistributionSpec, scale: 'ms' | 'fraction'): Record<string, unknown> {
  const v = (x: number): string | number => (scale === 'ms' ? formatDuration(x) : Math.min(1, Math.max(0, r6(x))));
  if ('constant' in spec) return { constant: v(spec.constant) };
  if ('uniform' in spec) return { uniform: [v(spec.uniform[0]), v(Math.max(spec.uniform[0], spec.uniform[1]))] };
  if ('exponential' in spec) return { exponential: { mean: v(Math.max(1, spec.exponential.mean)) } };
  if ('logNormal' in spec) return { logNormal: { median: v(Math.max(1, spec.logNormal.median)), sigma: Math.min(10, r6(spec.logNormal.sigma)) } };
  return { empirical: spec.empirical.map((row) => ('value' in row ? { value: v(row.value), weight: r6(row.weight) } : { from: v(row.from), to: v(row.to), weight: r6(row.weight) })).filter((row) => row.weight > 0) };
}

/** The card's path and unit for each fitted parameter of a distribution written at `path`. */
export function parameterPath(path: string, family: string, key: string): string {
  if (family === 'uniform') return `${path}.uniform.${key}`;
  if (family === 'empirical') return `${path}.empirical.${key.replace('row', '')}.weight`;
  if (family === 'constant') return `${path}.constant`;
  return `${path}.${family}.${key}`;
}
