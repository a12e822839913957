import type { ClaimEvent, EventKind, Policy, RefusalCode } from '../../engine/index.js';
import type { RuleCoverage, RuleId } from './ruleCoverage.js';

/** One scenario file's result, as the scenario runner reports it (scenarios.md, `--reporter json`). */
export interface ScenarioResult {
  readonly file: string;
  readonly name: string;
  readonly status: 'passed' | 'failed' | 'error';
  readonly failures: readonly { readonly step: number; readonly message: string }[];
  readonly events?: Partial<Record<EventKind, number>>;
  readonly refusals?: Partial<Record<RefusalCode, number>>;
  /** The policy it ran under: R13's limit. */
  readonly policy?: Policy;
  /** The run's event log: re-requests (R11, R13) and PII warnings (R21) are read from it. */
  readonly log?: readonly ClaimEvent[];
  /** Rules the scenario's checks read (board, search, delays …: see checkCoverage). */
  readonly checked?: Partial<Record<RuleId, number>>;
}

/** The scenario runner's report (`runScenarioPaths`). */
export interface ScenarioRunInput {
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly scenarios: readonly ScenarioResult[];
}

/** The report model of a scenario run: pass / fail per file with its mismatches, and rule coverage. */
export interface ScenarioReport {
  readonly kind: 'scenarios';
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  /** Failed and erroneous files first (what a reader needs), then the rest, each group by file name. */
  readonly files: readonly ScenarioResult[];
  readonly coverage: RuleCoverage;
}
