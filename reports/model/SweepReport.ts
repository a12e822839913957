import type { Policy } from '../../engine/index.js';
import type { FinalOutcome } from '../../engine/finalOutcomes.js';
import type { Interval } from '../stats/Interval.js';
import type { CalibrationCard } from '../../generators/population/calibrationSchema.js';

/** A swept policy parameter and the values it took. */
export interface SweepParameter {
  readonly key: keyof Policy;
  readonly values: readonly number[];
}

/** One grid point: the swept values there and each outcome's share with its 95% interval, cluster-robust by seller (clusteredShare). */
export interface SweepPoint {
  readonly params: Readonly<Record<string, number>>;
  readonly outcomes: readonly { readonly outcome: FinalOutcome; readonly share: Interval }[];
}

/** An outcome that moved beyond noise along a parameter: lowest and highest point, and the difference. */
export interface SweepChange {
  readonly outcome: FinalOutcome;
  /** The other parameters' values on the slice where it moved. */
  readonly at: Readonly<Record<string, number>>;
  readonly from: number;
  readonly to: number;
  /** share(to) − share(from) over the per-claim paired differences, cluster-robust by seller (clusteredDifference). */
  readonly difference: Interval;
  /** The smallest true difference between these two points the run would find significant with 80% power. */
  readonly detectable: number;
}

/** What a parameter does over its whole range: nothing beyond noise, or these changes. */
export interface KnobVerdict {
  readonly key: keyof Policy;
  /** No outcome changes beyond noise anywhere on the parameter's range ("this knob does nothing here"). */
  readonly doesNothing: boolean;
  readonly changes: readonly SweepChange[];
}

/** The report model of `claimsim sweep`: the grid, each outcome along each parameter, and the knobs that do nothing. */
export interface SweepReport {
  readonly kind: 'sweep';
  readonly population: string;
  readonly seeds: readonly number[];
  /** Claims in each replication (the same at every grid point). */
  readonly claims: readonly number[];
  /**
   * The run's detectable effect: the largest over the differences the verdicts compared
   * (differences under it cannot be told from noise); 1 when nothing was compared.
   */
  readonly detectable: number;
  /** The policy the swept values are applied to. */
  readonly basePolicy: Policy;
  readonly parameters: readonly SweepParameter[];
  readonly points: readonly SweepPoint[];
  readonly knobs: readonly KnobVerdict[];
  /** Only for a calibrated population: its `calibration:` card, as written (docs/reports.md, the calibration card). */
  readonly calibration?: CalibrationCard;
}
