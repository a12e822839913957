import { describe, expect, it } from 'vitest';
import { buildScenarioReport } from '../../../reports/model/buildScenarioReport.js';
import { coverageCountsOf } from '../../../reports/model/buildSimulationReport.js';
import { loadScenarioFile, runScenario } from '../../../scenarios/index.js';
import type { Summary } from '../../../generators/index.js';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';

/** R13's hits in the coverage of one library scenario. */
function r13Of(file: string): number {
  const result = runScenario(loadScenarioFile(file));
  const report = buildScenarioReport({ passed: 1, failed: 0, errors: 0, scenarios: [result] });
  return report.coverage.rules.find((r) => r.rule === 'R13')!.hits;
}

describe('R13 coverage counts only a request at the limit or a refusal there', () => {
  it('unlimited re-requests (the default) do not exercise the limit, however many there are', () => {
    expect(r13Of('scenarios/library/manual/s5-unlimited-re-requests.yaml')).toBe(0);
  });

  it('a re-request that reaches the limit, and the refusal after it, do', () => {
    expect(r13Of('scenarios/library/rerequest/R13-re-request-limit.yaml')).toBeGreaterThanOrEqual(2);
  });

  it('in a simulation: the claims whose re-requests reached the limit, none when unlimited', () => {
    const summary = (maxReRequests: number | null) =>
      ({ policy: makePolicy({ maxReRequests }), reRequests: { '0': 5, '1': 3, '2': 2 }, eventCounts: {}, refusalCounts: {}, delayedClaims: 0, piiWarnings: 0 }) as unknown as Summary;
    expect(coverageCountsOf(summary(null)).extra?.R13).toBe(0);
    expect(coverageCountsOf(summary(1)).extra?.R13).toBe(5);
    expect(coverageCountsOf(summary(2)).extra?.R13).toBe(2);
    expect(coverageCountsOf({ ...summary(null), policy: DEFAULT_POLICY } as Summary).extra?.R11).toBe(7);
  });
});
