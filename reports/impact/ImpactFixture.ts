import type { FinalOutcome } from '../../engine/finalOutcomes.js';
import type { ChangeRange } from './ChangeRange.js';

/** A policy in a fixture: inline overrides, or a policy file (relative to the fixture). */
export type FixturePolicy = { readonly overrides: unknown } | { readonly file: string };

/** One expected impact on an outcome: its change in points of share and/or its relative change. */
export interface ExpectedImpact {
  readonly outcome: FinalOutcome;
  readonly change?: ChangeRange;
  readonly relative?: ChangeRange;
}

/**
 * An impact fixture (docs/reports.md): the variant (and optionally the baseline,
 * population, replications, seed and claims) of a comparison, and the impacts expected of it.
 */
export interface ImpactFixture {
  readonly file: string;
  readonly population?: string;
  readonly baseline?: FixturePolicy;
  readonly variant?: FixturePolicy;
  readonly replications?: number;
  readonly seed?: number;
  /** Claims per replication (default: the population's). */
  readonly claims?: number;
  readonly expect: readonly ExpectedImpact[];
}
