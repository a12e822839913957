import type { Interval } from '../stats/Interval.js';
import type { ChangeRange } from './ChangeRange.js';
import { formatChangeRange } from './ChangeRange.js';
import { decimal } from '../render/format.js';

/**
 * A warning when an expected range asks for more precision than the run has: the run's 95%
 * interval is wider than the range, so noise alone can move the estimate out of it (or keep
 * it in). The interval's width falls as one over the square root of the claims, so the run
 * needs about (interval width / range width)² times the claims × replications. Null when
 * the range is at least as wide as the interval.
 */
export function precisionWarning(expected: ChangeRange, interval: Interval | null, unit: string): string | null {
  if (!interval || interval.method === 'none') return null;
  const wanted = expected.high - expected.low;
  const have = interval.high - interval.low;
  if (have <= wanted) return null;
  const range = formatChangeRange(expected);
  const width = `${decimal(have * 100, 2)} ${unit}`;
  if (wanted <= 0) return `the range ${range} has no width, and the run's 95% interval is ${width} wide: no run size can check it (widen the range)`;
  const factor = Math.ceil((have / wanted) ** 2 * 10) / 10;
  return `the run's 95% interval (${width} wide) is wider than the range ${range}: checking it needs about ${factor}× the claims × replications (--claims, --replications)`;
}
