import type { RunReport } from '../../scenarios/index.js';
import { type Shard, shardJsonOf } from '../../input/Shard.js';

/** Which share of a sharded `claimsim run` a report holds. */
export type RunShard = Shard;

/**
 * `claimsim run --reporter json`: exactly the shape of docs/scenarios.md,
 * `{ passed, failed, errors, scenarios: [{ file, name, status, failures: [{ step, message }] }] }`;
 * a shard's report adds `shard: { index, count }` at the end, so that the shards' reports
 * merge back in the unsharded order (`claimsim run --merge`); a run stopped by SIGINT or
 * SIGTERM adds `partial: true`: it holds the files that ran before the signal. A run through
 * a target adds `skipped` (their count) after `errors`, and each skipped scenario after the
 * ones that ran, as `{ file, name, status: "skipped", reason, failures: [] }`; an in-process
 * report has neither.
 */
export function renderRunJson(report: RunReport, shard?: RunShard, partial = false): string {
  const shaped = {
    passed: report.passed,
    failed: report.failed,
    errors: report.errors,
    ...(report.skipped ? { skipped: report.skipped.length } : {}),
    scenarios: [
      ...report.scenarios.map((s) => ({
        file: s.file,
        name: s.name,
        status: s.status,
        failures: s.failures.map((f) => ({ step: f.step, message: f.message })),
      })),
      ...(report.skipped ?? []).map((s) => ({ file: s.file, name: s.name, status: 'skipped', reason: s.reason, failures: [] })),
    ],
    ...(shard ? { shard: shardJsonOf(shard) } : {}),
    ...(partial ? { partial: true } : {}),
  };
  return `${JSON.stringify(shaped, null, 2)}\n`;
}
