import type { Policy } from '../../engine/index.js';
import type { FinalOutcome } from '../../generators/Summary.js';
import type { Interval } from '../stats/Interval.js';
import type { CounterName, SimulationReport } from './SimulationReport.js';
import type { TransitionTable } from './TransitionTable.js';

/** One outcome under both policies: shares, the paired difference variant − baseline, and whether it is significant. */
export interface OutcomeComparison {
  readonly outcome: FinalOutcome;
  readonly baseline: Interval;
  readonly variant: Interval;
  readonly difference: Interval;
  /** The 95% interval of the difference excludes 0. */
  readonly significant: boolean;
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

/** The report model of `claimsim compare`: one population under two policies, common random numbers. */
export interface CompareReport {
  readonly kind: 'compare';
  readonly population: string;
  readonly seeds: readonly number[];
  /** Claims in each replication (the same under both policies). */
  readonly claims: readonly number[];
  readonly changes: readonly PolicyChange[];
  readonly outcomes: readonly OutcomeComparison[];
  readonly counters: readonly CounterComparison[];
  readonly transitions: TransitionTable;
  readonly baseline: SimulationReport;
  readonly variant: SimulationReport;
}
