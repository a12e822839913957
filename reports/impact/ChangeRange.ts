/**
 * An expected range of an impact, in percent: for `change` percentage points of share
 * (variant share − baseline share), for `relative` percent of the baseline share
 * ((variant − baseline) / baseline). Written "+2%..+6%"; both ends included.
 */
export interface ChangeRange {
  /** As fractions: "+2%" is 0.02. */
  readonly low: number;
  readonly high: number;
}

const END = String.raw`([+-]?(?:\d+(?:\.\d*)?|\.\d+))\s*%`;
const RANGE = new RegExp(`^\\s*${END}\\s*\\.\\.\\s*${END}\\s*$`);

/** Parses "+2%..+6%" (null when the text is not a range, or its ends are in the wrong order). */
export function parseChangeRange(text: string): ChangeRange | null {
  const m = RANGE.exec(text);
  if (!m) return null;
  // Percent to a fraction without binary noise: "5.9%" is 0.059, not 0.059000000000000004.
  const low = Number((Number(m[1]) / 100).toPrecision(12)), high = Number((Number(m[2]) / 100).toPrecision(12));
  return low <= high ? { low, high } : null;
}

/** Writes a range back as "+2.1%..+5.9%" (one decimal). */
export function formatChangeRange(r: ChangeRange): string {
  const end = (x: number) => {
    const v = (x * 100).toFixed(1);
    return `${x > 0 && Number(v) !== 0 ? '+' : ''}${Number(v) === 0 ? '0.0' : v}%`;
  };
  return `${end(r.low)}..${end(r.high)}`;
}
