import type { RunReport } from '../../scenarios/index.js';

/**
 * `claimsim run --reporter json`: exactly the shape of docs/scenarios.md,
 * `{ passed, failed, errors, scenarios: [{ file, name, status, failures: [{ step, message }] }] }`.
 */
export function renderJson(report: RunReport): string {
  const shaped = {
    passed: report.passed,
    failed: report.failed,
    errors: report.errors,
    scenarios: report.scenarios.map((s) => ({
      file: s.file,
      name: s.name,
      status: s.status,
      failures: s.failures.map((f) => ({ step: f.step, message: f.message })),
    })),
  };
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
