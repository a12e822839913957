import type { Interval } from './Interval.js';

/** x rounded to `digits` decimals (reports keep six: far below any interval's width). */
export function round(x: number, digits = 6): number {
  const f = 10 ** digits;
  const r = Math.round(x * f) / f;
  return Object.is(r, -0) ? 0 : r;
}

/** The interval with its three numbers rounded. */
export function rounded(i: Interval, digits = 6): Interval {
  return { estimate: round(i.estimate, digits), low: round(i.low, digits), high: round(i.high, digits), method: i.method };
}
