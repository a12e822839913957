/**
 * What `claimsim calibrate` hands to the validation report: the holdout part of a claim log
 * set beside a run of the fitted population (same engine, printed seed), check by check.
 * reports/calibration renders it as HTML and Markdown; nothing here is computed by a renderer.
 */
export interface ValidationModel {
  /** e.g. "Calibration of claims.ndjson" */
  readonly title: string;
  /** the seed of the simulated check run */
  readonly seed: number;
  /** outcome shares and other categorical mixes */
  readonly shares: readonly ShareCheck[];
  /** duration distributions */
  readonly delays: readonly DelayCheck[];
  /** claims opened per week */
  readonly weekly: WeeklyArrivals;
}

/** A categorical mix, observed against simulated; observed/simulated are counts per category. */
export interface ShareCheck {
  readonly what: string;
  readonly categories: readonly string[];
  readonly observed: readonly number[];
  readonly simulated: readonly number[];
  readonly test: 'chi-square';
  readonly statistic: number;
  readonly threshold: number;
  readonly pValue: number;
  readonly verdict: 'pass' | 'fail';
}

/** A duration distribution; observed/simulated are sorted samples (at most 2,000 each, evenly thinned). */
export interface DelayCheck {
  readonly what: string;
  readonly unit: 'ms';
  readonly observed: readonly number[];
  readonly simulated: readonly number[];
  readonly test: 'ks';
  readonly statistic: number;
  readonly threshold: number;
  readonly pValue: number;
  readonly verdict: 'pass' | 'fail';
}

/** Claims opened per week; weeks as YYYY-MM-DD (Monday) in the policy's zone. */
export interface WeeklyArrivals {
  readonly weeks: readonly string[];
  readonly observed: readonly number[];
  readonly simulated: readonly number[];
}
