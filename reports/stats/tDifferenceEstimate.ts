import type { DifferenceEstimate } from './DifferenceEstimate.js';
import type { Interval } from './Interval.js';
import { tDistributionTail } from './tDistributionTail.js';
import { tCritical } from './tCritical.js';
import { tPower80 } from './tPower80.js';

/**
 * A score interval over G clusters as a DifferenceEstimate: its standard error read back
 * from its width (half-width over t₀.₉₇₅ with G − 1 degrees of freedom), the effect it
 * detects with 80% power ((t₀.₉₇₅ + t₀.₈₀) × se) and the p-value of the score statistic at
 * 0 (`zeroStatistic`, |T(0)|). `df`: G − 1 unless given.
 */
export function tDifferenceEstimate(interval: Interval, clusters: number, zeroStatistic: number, df = clusters - 1): DifferenceEstimate {
  const se = (interval.high - interval.low) / (2 * tCritical(df));
  return { interval, se, clusters, detectable: (tCritical(df) + tPower80(df)) * se, pValue: tDistributionTail(zeroStatistic, df), df };
}
