import { addCoverageCounts, ruleCoverage } from './ruleCoverage.js';
import type { ScenarioReport, ScenarioResult, ScenarioRunInput } from './ScenarioReport.js';

const ORDER: Record<ScenarioResult['status'], number> = { error: 0, failed: 1, passed: 2 };

/** The report model of a scenario run, with the rule coverage of every file's events and refusals. */
export function buildScenarioReport(run: ScenarioRunInput): ScenarioReport {
  const files = [...run.scenarios]
    .sort((a, b) => ORDER[a.status] - ORDER[b.status] || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0))
    .map((s) => ({ file: s.file, name: s.name, status: s.status, failures: s.failures.map((f) => ({ step: f.step, message: f.message })) }));
  return {
    kind: 'scenarios',
    total: run.scenarios.length,
    passed: run.passed,
    failed: run.failed,
    errors: run.errors,
    files,
    coverage: ruleCoverage(addCoverageCounts(run.scenarios.map((s) => ({ events: s.events, refusals: s.refusals })))),
  };
}
