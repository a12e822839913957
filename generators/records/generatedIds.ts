/**
 * The ids a population run makes (C12 for claim 12, S3 for seller 3, B40 for buyer 40) and the
 * numbers behind them.
 */

/** A generated claim's id: C followed by its index in the population. */
export function claimId(i: number): string {
  return `C${i}`;
}

/**
 * The index behind a claim id that `claimId` made, read digit by digit (no string is made: it
 * runs per event). Exact for every index a run can hold (they index typed arrays, < 2^32).
 */
export function claimIndexOf(id: string): number {
  let n = 0;
  for (let k = 1; k < id.length; k++) n = n * 10 + id.charCodeAt(k) - 48;
  return n;
}

/** The number behind any id, generated or not (C123, S12, B4); an id without one gets MAX_SAFE_INTEGER, to sort last. */
export function idNumberOf(id: string): number {
  const n = Number(id.slice(1));
  return id.length > 1 && Number.isInteger(n) ? n : Number.MAX_SAFE_INTEGER;
}
