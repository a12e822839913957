import { DEFAULT_POLICY } from '../../../engine/index.js';
import type { AuditResult, ViolatingClaim } from '../../../claimlog/AuditResult.js';
import { auditLogs } from '../../../claimlog/auditLogs.js';

/** The audit of example logs, as `claimsim audit` makes it (the header's policy, no check of it: the examples are valid). */
export function auditExample(names: readonly string[], toleranceMs = 0): Promise<AuditResult> {
  return auditLogs(
    names.map((n) => `examples/logs/${n}`),
    { toleranceMs, headerPolicy: (p) => ({ ...DEFAULT_POLICY, ...p }) as typeof DEFAULT_POLICY },
  );
}

/** A result with `n` claims violating R12, each at its own line (more than any renderer lists). */
export function manyViolations(base: AuditResult, n: number): AuditResult {
  const violating: ViolatingClaim[] = Array.from({ length: n }, (_, i) => {
    const message = `R12: the rules refuse it (COOLDOWN_ACTIVE) <&"'>`;
    return { claim: `C-${i}`, rule: 'R12', file: 'x.ndjson', line: i + 2, message, violations: [{ rule: 'R12', reading: 'replay', file: 'x.ndjson', line: i + 2, message }] };
  });
  return { ...base, violating, verdicts: { ...base.verdicts, violates: n }, violationsByRule: { R12: n } };
}
