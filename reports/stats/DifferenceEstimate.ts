import type { ClusteredEstimate } from './ClusteredEstimate.js';

/** A difference of shares with its 95% score interval, the two-sided p-value of "no difference", and its degrees of freedom. */
export interface DifferenceEstimate extends ClusteredEstimate {
  /** P of a difference at least this far from 0 were there none (1 when nothing could be estimated). */
  readonly pValue: number;
  /** G − 1: the t the interval and the p-value are read from. */
  readonly df: number;
}
