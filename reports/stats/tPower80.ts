// Student's t 80% quantiles for 1..30 degrees of freedom (one-sided: 80% power).
const TABLE = [
  1.3764, 1.0607, 0.9785, 0.941, 0.9195, 0.9057, 0.896, 0.8889, 0.8834, 0.8791, 0.8755, 0.8726, 0.8702, 0.8681, 0.8662,
  0.8647, 0.8633, 0.862, 0.861, 0.86, 0.8591, 0.8583, 0.8575, 0.8569, 0.8562, 0.8557, 0.8551, 0.8546, 0.8542, 0.8538,
];

/** z for 80% power (the 80% normal quantile). */
export const Z80 = 0.8416212335729143;

/**
 * The 80% quantile of Student's t with `df` degrees of freedom (what a detectable effect
 * adds to the critical value for 80% power): a table up to 30, the Cornish-Fisher
 * expansion beyond (error below 1e-4 there).
 */
export function tPower80(df: number): number {
  if (!(df >= 1)) throw new RangeError(`t needs at least one degree of freedom, got ${df}`);
  const n = Math.floor(df);
  if (n <= TABLE.length) return TABLE[n - 1]!;
  const z = Z80;
  const g1 = (z ** 3 + z) / 4;
  const g2 = (5 * z ** 5 + 16 * z ** 3 + 3 * z) / 96;
  const g3 = (3 * z ** 7 + 19 * z ** 5 + 17 * z ** 3 - 15 * z) / 384;
  return z + g1 / n + g2 / n ** 2 + g3 / n ** 3;
}
