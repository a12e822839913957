import { drawUniform, streamKey } from '../random/hash32.js';

/**
 * How much more a held-out lead varies from log to log than its standard error within one log
 * says: the recovery (bench/calibration/recover.ts, 200 logs of default.yaml at 10⁴ claims)
 * measured the timing lead's spread across logs at 7.2 against a mean within-log standard
 * error of 5.5 (deadline-aware.yaml: 8.7 against 7.9). The held-out claims are one split of
 * one log; the fit itself moves with the log too, which the within-log figure does not see.
 */
export const LEAD_SPREAD = 1.32;

/**
 * A choice is identified when the best option's held-out log-likelihood leads by at least this
 * many (within-log) standard errors: 2 standard errors of the lead's spread across logs
 * (2 × LEAD_SPREAD, to one decimal).
 */
export const IDENTIFIED_SE = Math.round(20 * LEAD_SPREAD) / 10;

/** Bayesian-bootstrap draws behind the model weights. */
const BOOTSTRAP_DRAWS = 1000;
/** The weights' random stream's purpose (hash32's `purpose` word), apart from every simulation stream. */
const WEIGHTS_PURPOSE = 0x77e1;

/** How far one option's held-out log-likelihood leads another's, and how sure that lead is. */
export interface HeldOutDifference {
  /** Σ over the held-out units of (log-likelihood under a − under b). */
  readonly difference: number;
  /** Its standard error: √(n · the variance of the per-unit differences). */
  readonly se: number;
  readonly n: number;
}

/**
 * The held-out log-likelihood difference between two models and its standard error, over
 * independent held-out units (claims: a claim's requests are summed first, so re-requests of one
 * claim count as one unit). The normal approximation of a sum of n independent terms.
 */
export function heldOutDifference(a: readonly number[], b: readonly number[]): HeldOutDifference {
  const n = a.length;
  let s = 0;
  let s2 = 0;
  for (let i = 0; i < n; i++) {
    const d = a[i]! - b[i]!;
    s += d;
    s2 += d * d;
  }
  const mean = n > 0 ? s / n : 0;
  const variance = n > 1 ? (s2 - n * mean * mean) / (n - 1) : 0;
  return { difference: s, se: Math.sqrt(Math.max(0, n * variance)), n };
}

/** The lead is at least IDENTIFIED_SE standard errors (and positive). */
export const isIdentified = (d: HeldOutDifference): boolean => d.difference > 0 && d.difference >= IDENTIFIED_SE * d.se;

/**
 * Weights of competing models from their held-out log-likelihoods per unit (`perUnit[m][i]`),
 * pseudo-BMA+ (Yao, Vehtari, Simpson and Gelman 2018): the mean, over Bayesian-bootstrap
 * resamples of the held-out units (Dirichlet(1, …, 1) weights), of each model's softmax weight
 * exp(n · Σ αᵢ ℓₘᵢ). Each resample's departure from the whole held-out sum is stretched by
 * `spread` (LEAD_SPREAD by default: the lead varies that much more across logs than within
 * one), so a runner-up keeps the weight the lead's real spread leaves it; 1 gives plain
 * pseudo-BMA+. A lead of many standard errors gives its model ~1; a lead within noise leaves
 * the others their share, so a choice the log does not make keeps its alternatives.
 * Deterministic in `seed`.
 */
export function modelWeights(perUnit: readonly (readonly number[])[], seed: number, spread = LEAD_SPREAD): number[] {
  const m = perUnit.length;
  const n = perUnit[0]?.length ?? 0;
  if (m === 0) return [];
  if (n === 0) return perUnit.map(() => 1 / m);
  const sums = new Array<number>(m).fill(0);
  const whole = perUnit.map((row) => row.reduce((x, y) => x + y, 0));
  const alpha = new Array<number>(n);
  for (let b = 0; b < BOOTSTRAP_DRAWS; b++) {
    const key = streamKey(seed, b, WEIGHTS_PURPOSE);
    let total = 0;
    for (let i = 0; i < n; i++) {
      alpha[i] = -Math.log(1 - drawUniform(key, i));
      total += alpha[i]!;
    }
    const ll = perUnit.map((row, k) => {
      let s = 0;
      for (let i = 0; i < n; i++) s += alpha[i]! * row[i]!;
      return whole[k]! + spread * ((n * s) / total - whole[k]!);
    });
    const top = Math.max(...ll);
    const e = ll.map((x) => Math.exp(x - top));
    const z = e.reduce((x, y) => x + y, 0);
    for (let k = 0; k < m; k++) sums[k] = sums[k]! + e[k]! / z;
  }
  return sums.map((s) => s / BOOTSTRAP_DRAWS);
}
