import type { Policy } from '../../engine/index.js';
import type { PopulationChange } from '../../generators/population/populationDifferences.js';
import type { FinalOutcome } from '../../engine/finalOutcomes.js';
import type { Interval } from '../stats/Interval.js';
import type { CounterName, SimulationReport } from './SimulationReport.js';
import type { TransitionTable } from './TransitionTable.js';

/** One outcome under both policies: shares, the paired difference variant − baseline, and whether it is significant. */
export interface OutcomeComparison {
  readonly outcome: FinalOutcome;
  /** The share under each policy over every claim of every replication, cluster-robust by seller (clusteredShare). */
  readonly baseline: Interval;
  readonly variant: Interval;
  /** Over the per-claim paired differences, cluster-robust by seller (clusteredDifference). */
  readonly difference: Interval;
  /** isSignificant: the 95% interval of the difference was estimated from spread and excludes 0. */
  readonly significant: boolean;
  /** The smallest true difference this run would find significant with 80% power (a share of all claims). */
  readonly detectable: number;
}

/** A counter per claim under both policies, with the paired difference. */
export interface CounterComparison {
  readonly name: CounterName;
  readonly baseline: number;
  readonly variant: number;
  readonly difference: Interval;
  readonly significant: boolean;
}

/** A policy parameter that differs between baseline and variant. */
export interface PolicyChange {
  readonly key: keyof Policy;
  readonly baseline: unknown;
  readonly variant: unknown;
}

/**
 * The report model of `claimsim compare`: a baseline and a variant arm (a policy, a population or
 * both differ), claims paired by index with common random numbers.
 */
export interface CompareReport {
  readonly kind: 'compare';
  readonly population: string;
  /** The variant arm's population, when it is not the baseline's. */
  readonly variantPopulation: string | null;
  readonly seeds: readonly number[];
  /** Claims in each replication (the same under both policies). */
  readonly claims: readonly number[];
  /** Seller × replication clusters the outcome intervals rest on (G − 1 degrees of freedom). */
  readonly clusters: number;
  /** The run's detectable effect: the largest of the outcomes' (differences under it cannot be told from noise). */
  readonly detectable: number;
  readonly changes: readonly PolicyChange[];
  /** The population values that differ between the arms (paths as --set takes them). */
  readonly populationChanges: readonly PopulationChange[];
  readonly outcomes: readonly OutcomeComparison[];
  readonly counters: readonly CounterComparison[];
  readonly transitions: TransitionTable;
  readonly baseline: SimulationReport;
  readonly variant: SimulationReport;
}
