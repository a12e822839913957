import type { ClaimEvent, EventKind, Policy, RefusalCode, Violation } from '../../engine/index.js';

/** One mismatch, refused action or input error, with the 1-based step it belongs to (0: none). */
export interface Failure {
  readonly step: number;
  readonly message: string;
}

export type ScenarioStatus = 'passed' | 'failed' | 'error';

/** One scenario's run, as `claimsim run --reporter json` shows it, plus in-memory extras. */
export interface ScenarioResult {
  readonly file: string;
  readonly name: string;
  readonly status: ScenarioStatus;
  readonly failures: readonly Failure[];
  /** Accepted events per kind over the run (rule coverage in reports). */
  readonly events: Partial<Record<EventKind, number>>;
  /** Refusals per code over the run, expected or not. */
  readonly refusals: Partial<Record<RefusalCode, number>>;
  /** The tags of the scenario (rule ids, refusal codes). */
  readonly tags: readonly string[];
  /** The policy the scenario ran under (absent for an invalid file). */
  readonly policy?: Policy;
  /** The engine's event log (empty for an invalid file). */
  readonly log: readonly ClaimEvent[];
  /** Invariant violations the checker found during the run (reported only where a check asks). */
  readonly violations: readonly Violation[];
}

/** A scenario a run did not run, and why: through a target, the capability the target lacks. */
export interface SkippedScenario {
  readonly file: string;
  readonly name: string;
  readonly reason: string;
}

/**
 * The spec's JSON report shape: `{ passed, failed, errors, scenarios }`. A run through a
 * target adds `skipped`: the scenarios the target could not run, counted apart (an in-process
 * run never skips, and its report has no `skipped`).
 */
export interface RunReport {
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly scenarios: readonly ScenarioResult[];
  readonly skipped?: readonly SkippedScenario[];
}
