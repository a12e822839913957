/**
 * A quantile of Student's t with `df` degrees of freedom: `table[df − 1]` up to the table's
 * length, the Cornish-Fisher expansion around the normal quantile `z` beyond (error below
 * 1e-4 past 30 degrees of freedom).
 */
export function tQuantile(table: readonly number[], z: number, df: number): number {
  if (!(df >= 1)) throw new RangeError(`t needs at least one degree of freedom, got ${df}`);
  const n = Math.floor(df);
  if (n <= table.length) return table[n - 1]!;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / n + g2 / n ** 2 + g3 / n ** 3;
}
