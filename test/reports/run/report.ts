import type { RunReport, ScenarioResult } from '../../../scenarios/index.js';

const base = { events: {}, refusals: {}, tags: [], log: [], violations: [] };

/** A run report with a passed, a failed and an invalid scenario, with awkward characters. */
export function sampleReport(): RunReport {
  const scenarios: ScenarioResult[] = [
    { ...base, file: 'lib/a.yaml', name: 'Silence <withdraws> & "times out"', status: 'passed', failures: [], events: { WithdrawalTimedOut: 1 } },
    {
      ...base,
      file: 'lib/sub/b.yaml',
      name: "Buyer's reject",
      status: 'failed',
      failures: [
        { step: 3, message: 'claims.C1.status: expected withdrawn, got return_requested' },
        { step: 5, message: 'memo: expected "a\u0001b", got ]]> <x/>' },
      ],
    },
    { ...base, file: 'bad.yaml', name: 'bad', status: 'error', failures: [{ step: 0, message: 'bad.yaml:3:5: unknown key "x" in the scenario (remove it)' }] },
  ];
  return { passed: 1, failed: 1, errors: 1, scenarios };
}
