import { excludesZero, type Interval } from './Interval.js';

/**
 * The one significance rule of compare, sweep and impact fixtures: a difference is beyond
 * noise when its 95% interval was estimated from spread and lies wholly on one side of 0.
 * A `none` interval (no spread to estimate from) is never significant.
 */
export function isSignificant(i: Interval): boolean {
  return i.method !== 'none' && excludesZero(i);
}
