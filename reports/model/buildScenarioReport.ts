import type { ClaimEvent, Policy } from '../../engine/index.js';
import { addCoverageCounts, ruleCoverage, type CoverageCounts } from './ruleCoverage.js';
import type { ScenarioReport, ScenarioReportEntry, ScenarioRunInput } from './ScenarioReport.js';

const ORDER: Record<ScenarioReportEntry['status'], number> = { error: 0, failed: 1, passed: 2 };

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
    coverage: ruleCoverage(
      addCoverageCounts(run.scenarios.flatMap((s) => [{ events: s.events, refusals: s.refusals, extra: extraFromLog(s.log ?? [], s.policy) }, { extra: s.checked }])),
    ),
  };
}

/**
 * What only the log tells: re-requests (R11), the re-requests that reach the policy's limit
 * (R13: only a request at the limit exercises it, beside a RE_REQUEST_LIMIT refusal) and
 * messages that carried personal data (R21).
 */
function extraFromLog(log: readonly ClaimEvent[], policy: Policy | undefined): CoverageCounts['extra'] {
  const limit = policy?.maxReRequests ?? null;
  const perClaim = new Map<string, number>();
  let reRequests = 0, atLimit = 0, pii = 0;
  for (const e of log) {
    if (e.kind === 'WithdrawalRequested' && e.reRequest) {
      reRequests++;
      const n = (perClaim.get(e.claim) ?? 0) + 1;
      perClaim.set(e.claim, n);
      if (n === limit) atLimit++;
    }
    if ((e.kind === 'WithdrawalRequested' || e.kind === 'WithdrawalRejected' || e.kind === 'MemoSent') && e.pii.length > 0) pii++;
  }
  return { R11: reRequests, R13: atLimit, R21: pii };
}
