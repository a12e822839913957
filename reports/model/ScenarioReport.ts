import type { ScenarioResult } from '../../scenarios/index.js';
import type { RuleCoverage, RuleId } from './ruleCoverage.js';

/**
 * One scenario file's result as a report reads it: the runner's ScenarioResult
 * (scenarios/run/ScenarioResult.ts), whose counts and log may be absent (a report read back
 * from `--reporter json`), plus the rules its checks read.
 */
export type ScenarioReportEntry = Pick<ScenarioResult, 'file' | 'name' | 'status' | 'failures' | 'policy'> &
  Partial<Pick<ScenarioResult, 'events' | 'refusals' | 'log'>> & {
    /** Rules the scenario's checks read (board, search, delays …: see checkCoverage). */
    readonly checked?: Partial<Record<RuleId, number>>;
  };

/** The scenario runner's report (`runScenarioPaths`). */
export interface ScenarioRunInput {
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  readonly scenarios: readonly ScenarioReportEntry[];
}

/** The report model of a scenario run: pass / fail per file with its mismatches, and rule coverage. */
export interface ScenarioReport {
  readonly kind: 'scenarios';
  readonly total: number;
  readonly passed: number;
  readonly failed: number;
  readonly errors: number;
  /** Failed and erroneous files first (what a reader needs), then the rest, each group by file name. */
  readonly files: readonly ScenarioReportEntry[];
  readonly coverage: RuleCoverage;
}
