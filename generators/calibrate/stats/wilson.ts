import { Z95 } from './normal.js';

/** The Wilson score 95% interval of a proportion: `k` successes (may be fractional, an EM's expected count) of `n`. */
export function wilson(k: number, n: number): { readonly low: number; readonly high: number } {
  if (!(n > 0)) return { low: 0, high: 1 };
  const p = Math.min(1, Math.max(0, k / n));
  const z2 = Z95 * Z95;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (Z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return { low: Math.max(0, Math.min(p, centre - half)), high: Math.min(1, Math.max(p, centre + half)) };
}
