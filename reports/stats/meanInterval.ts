import { mean, sampleStandardDeviation } from 'simple-statistics';
import type { Interval } from './Interval.js';
import { tCritical } from './tCritical.js';

/**
 * The mean of replicated values with its 95% t-interval (K-1 degrees of freedom). One
 * value, or values without spread (K equal values say nothing of the noise, however
 * alike), give a zero-width interval marked `none`: there is no spread to estimate from.
 */
export function meanInterval(values: readonly number[]): Interval {
  if (values.length === 0) throw new RangeError('meanInterval needs at least one value');
  const m = mean(values as number[]);
  const sd = values.length === 1 ? 0 : sampleStandardDeviation(values as number[]);
  if (sd === 0) return { estimate: m, low: m, high: m, method: 'none' };
  const half = (tCritical(values.length - 1) * sd) / Math.sqrt(values.length);
  return { estimate: m, low: m - half, high: m + half, method: 't' };
}
