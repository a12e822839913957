import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Interval } from './Interval.js';
import { tCritical } from './tCritical.js';

/**
 * The mean of replicated values with its 95% t-interval (K-1 degrees of freedom).
 * One value gives a zero-width interval marked `none`: there is no spread to estimate.
 */
export function meanInterval(values: readonly number[]): Interval {
  if (values.length === 0) throw new RangeError('meanInterval needs at least one value');
  const m = mean(values as number[]);
  if (values.length === 1) return { estimate: m, low: m, high: m, method: 'none' };
  const half = (tCritical(values.length - 1) * sampleStandardDeviation(values as number[])) / Math.sqrt(values.length);
  return { estimate: m, low: m - half, high: m + half, method: 't' };
}
