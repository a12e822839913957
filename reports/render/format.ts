import type { Interval } from '../stats/Interval.js';

/** A share as a percentage with one decimal: 0.1234 → "12.3%". */
export function percent(x: number, digits = 1): string {
  return `${(x * 100).toFixed(digits)}%`;
}

/**
 * A difference of shares in percentage points, signed: 0.0123 → "+1.23 pp". A value that
 * rounds to zero keeps its side ("+0.00 pp" for 0.00001, so an interval end just above 0
 * does not read as touching it); only an exact 0 is "±0.00 pp".
 */
export function points(x: number, digits = 2): string {
  if (x === 0) return `±${(0).toFixed(digits)} pp`;
  const v = (Math.abs(x) * 100).toFixed(digits);
  return `${x > 0 ? '+' : '-'}${v} pp`;
}

/** A signed percentage with one decimal: 0.123 → "+12.3%" (a relative change). */
export function signedPercent(x: number, digits = 1): string {
  return `${x > 0 ? '+' : ''}${(x * 100).toFixed(digits)}%`;
}

/** A size in percentage points, unsigned: 0.0048 → "0.48 pp" (a detectable effect). */
export function pointsSize(x: number, digits = 2): string {
  return `${(Math.abs(x) * 100).toFixed(digits)} pp`;
}

/** A share with its interval: "12.3% (11.8–12.9%)". */
export function shareText(i: Interval): string {
  if (i.method === 'none' || (i.low === i.high && i.low === i.estimate)) return percent(i.estimate);
  return `${percent(i.estimate)} (${percent(i.low)}–${percent(i.high)})`;
}

/** A difference with its interval: "+1.23 pp [+0.81, +1.65]". */
export function differenceText(i: Interval): string {
  if (i.method === 'none') return `${points(i.estimate)} (no interval)`;
  return `${points(i.estimate)} [${points(i.low).replace(' pp', '')}, ${points(i.high).replace(' pp', '')}]`;
}

/** A whole number with thousands separators: 12345 → "12,345". */
export function count(n: number): string {
  const s = String(Math.round(Math.abs(n)));
  return `${n < 0 ? '-' : ''}${s.replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}

/** A decimal with a fixed number of digits (counters per claim). */
export function decimal(x: number, digits = 3): string {
  const v = x.toFixed(digits);
  return Number(v) === 0 ? (0).toFixed(digits) : v;
}
