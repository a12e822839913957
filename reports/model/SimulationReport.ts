import type { FinalOutcome } from '../../engine/finalOutcomes.js';
import type { Distribution, ViolationRecord } from '../../generators/Summary.js';
import type { Policy } from '../../engine/index.js';
import type { Interval } from '../stats/Interval.js';
import type { RuleCoverage } from './ruleCoverage.js';
import type { CalibrationCard } from '../../generators/population/calibrationSchema.js';

/** An outcome's share of the claims across replications, with its 95% interval. */
export interface OutcomeShare {
  readonly outcome: FinalOutcome;
  /** Claims with this outcome, over all replications. */
  readonly claims: number;
  readonly share: Interval;
}

/** A counter of the run: its total over replications, the mean per replication and per claim. */
export interface Counter {
  readonly name: CounterName;
  readonly total: number;
  readonly perReplication: Interval;
  readonly perClaim: number;
}

export const COUNTER_NAMES = [
  'requests',
  'reRequests',
  'cooldownRefusals',
  'delayedClaims',
  'piiWarnings',
  'escalatedToSupport',
  'memos',
  'events',
] as const;
export type CounterName = (typeof COUNTER_NAMES)[number];

/** Under a policy with dated changes: the claims whose first request fell in one period, by final outcome, over all replications. */
export interface PeriodOutcomes {
  /** The change that opened the period and the one that closed it, local time (null: the run's start or end). */
  readonly from: string | null;
  readonly until: string | null;
  readonly requested: number;
  readonly outcomes: Readonly<Record<FinalOutcome, number>>;
}

/** The report model of a population run (one or more replications of the same population and policy). */
export interface SimulationReport {
  readonly kind: 'simulation';
  readonly population: string;
  readonly policy: Policy;
  /** The seed of each replication, in order. */
  readonly seeds: readonly number[];
  /** Claims in each replication (a population with drawn claims per seller varies by seed). */
  readonly claims: readonly number[];
  readonly horizon: { readonly start: string; readonly end: string };
  readonly outcomes: readonly OutcomeShare[];
  /** Days from receipt to resolution per outcome (percentiles: mean over replications; histogram: summed). */
  readonly timeToResolution: readonly { readonly outcome: FinalOutcome; readonly days: Distribution }[];
  /** Claims by the number of re-requests they had, over all replications. */
  readonly reRequests: readonly { readonly reRequests: number; readonly claims: number }[];
  readonly counters: readonly Counter[];
  /** Only under a policy with dated changes (docs/reports.md, periods). */
  readonly periods?: readonly PeriodOutcomes[];
  readonly invariantViolations: {
    readonly total: number;
    readonly byInvariant: readonly { readonly invariant: string; readonly count: number }[];
    /** The first examples, with a link to the regression scenario written for each when there is one. */
    readonly examples: readonly ViolationRecord[];
  };
  readonly coverage: RuleCoverage;
  /** Only for a calibrated population: its `calibration:` card, as written (docs/reports.md, the calibration card). */
  readonly calibration?: CalibrationCard;
}
