import type { Interval } from './Interval.js';
import { Z95 } from './tCritical.js';

/** The share `successes / n` with its 95% Wilson score interval (good near 0 and 1 too). */
export function wilsonInterval(successes: number, n: number): Interval {
  if (n <= 0) return { estimate: 0, low: 0, high: 0, method: 'none' };
  const p = successes / n;
  const z2 = Z95 * Z95;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
  return { estimate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half), method: 'wilson' };
}
