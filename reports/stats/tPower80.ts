import { tQuantile } from './tQuantile.js';

// Student's t 80% quantiles for 1..30 degrees of freedom (one-sided: 80% power).
const TABLE = [
  1.3764, 1.0607, 0.9785, 0.941, 0.9195, 0.9057, 0.896, 0.8889, 0.8834, 0.8791, 0.8755, 0.8726, 0.8702, 0.8681, 0.8662,
  0.8647, 0.8633, 0.862, 0.861, 0.86, 0.8591, 0.8583, 0.8575, 0.8569, 0.8562, 0.8557, 0.8551, 0.8546, 0.8542, 0.8538,
];

/** z for 80% power (the 80% normal quantile). */
export const Z80 = 0.8416212335729143;

/** The 80% quantile of Student's t with `df` degrees of freedom (what a detectable effect adds to the critical value for 80% power). */
export function tPower80(df: number): number {
  return tQuantile(TABLE, Z80, df);
}
