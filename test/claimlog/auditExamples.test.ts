import { describe, expect, it } from 'vitest';
import { makePolicy } from '../../engine/index.js';
import type { AuditResult } from '../../claimlog/AuditResult.js';
import { auditLogs } from '../../claimlog/auditLogs.js';
import { parseDuration } from '../../claimlog/parseDuration.js';

/** Audits one example log under its header's policy, with the tolerance given. */
async function audit(name: string, tolerance = '0'): Promise<AuditResult> {
  const t = parseDuration(tolerance);
  if (!t.ok) throw new Error(t.problem);
  return auditLogs([`examples/logs/${name}`], { toleranceMs: t.ms, headerPolicy: (p) => makePolicy(p) });
}

describe('the hand-made logs in examples/logs', () => {
  it('a missing auto-withdrawal: R10, named at the line where the log next shows the claim, with the instant it was due', async () => {
    const r = await audit('missing-auto-withdrawal.ndjson');
    expect(r.verdicts).toEqual({ conforms: 1, violates: 1, unknown: 0 });
    const [v] = r.violating;
    expect(v).toMatchObject({ claim: 'C-1001', rule: 'R10', line: 7 });
    expect(v!.message).toBe('R10: auto-withdrawal due at 2024-08-11T00:00+09:00; the log shows none until 2024-08-12T10:02+09:00 (line 7)');
    // The independent checker sees the same hole: still requested past its timeout (I3).
    expect(v!.violations.map((x) => `${x.reading} ${x.rule}`)).toContain('invariants I3');
  });

  it('a batch job that ran late: within the tolerance it conforms and is counted; past it, R10 names how late', async () => {
    const strict = await audit('late-batch.ndjson');
    expect(strict.verdicts).toEqual({ conforms: 0, violates: 2, unknown: 0 });
    expect(strict.toleranceUsed).toBe(0);

    const tolerant = await audit('late-batch.ndjson', '15m');
    expect(tolerant.verdicts).toEqual({ conforms: 1, violates: 1, unknown: 0 });
    expect(tolerant.toleranceUsed).toBe(1);
    expect(tolerant.violating[0]).toMatchObject({ claim: 'C-2002', rule: 'R10', line: 7 });
    expect(tolerant.violating[0]!.message).toContain('due at 2024-08-11T00:00+09:00; the log shows it at 2024-08-11T00:41:07+09:00 (line 7), later than the tolerance');

    const generous = await audit('late-batch.ndjson', '1h');
    expect(generous.verdicts).toEqual({ conforms: 2, violates: 0, unknown: 0 });
    expect(generous.toleranceUsed).toBe(2);
  });

  it('a re-request accepted inside the rejection cooldown: R12 at the re-request, both readings', async () => {
    const r = await audit('rerequest-inside-cooldown.ndjson');
    expect(r.verdicts.violates).toBe(1);
    const [v] = r.violating;
    expect(v).toMatchObject({ claim: 'C-3001', rule: 'R12', line: 5 });
    expect(v!.message).toContain('COOLDOWN_ACTIVE');
    expect(v!.violations.filter((x) => x.line === 5).map((x) => `${x.reading} ${x.rule}`)).toEqual(['replay R12', 'invariants I5']);
  });

  it('a duplicated record is a finding of its own; the claim is judged on one copy and conforms', async () => {
    const r = await audit('duplicated-record.ndjson');
    expect(r.verdicts).toEqual({ conforms: 1, violates: 0, unknown: 0 });
    expect(r.findings).toEqual({ duplicate: 1, out_of_order: 0, clock_regression: 0 });
    expect(r.findingExamples[0]).toMatchObject({ class: 'duplicate', claim: 'C-4001', line: 5 });
  });

  it("out-of-order lines are a finding; the claim is judged in its records' order and conforms", async () => {
    const r = await audit('out-of-order.ndjson');
    expect(r.verdicts).toEqual({ conforms: 1, violates: 0, unknown: 0 });
    expect(r.findings).toEqual({ duplicate: 0, out_of_order: 1, clock_regression: 0 });
    expect(r.findingExamples[0]).toMatchObject({ class: 'out_of_order', claim: 'C-5001', line: 4 });
    expect(r.openAtEnd).toBe(1);
  });

  it('invalid JSON, a wrong type and a cut-off last line are skipped and counted; the claims they name are unknown, never conforming', async () => {
    const r = await audit('invalid-lines.ndjson');
    expect(r.skippedLines).toBe(3);
    expect(r.skipped.map((s) => s.line)).toEqual([4, 6, 8]);
    expect(r.skipped[0]!.problem).toMatch(/^invalid JSON/);
    expect(r.skipped[1]!.problem).toMatch(/^status_changed: to: /);
    expect(r.unknownRecordTypes).toEqual({ system_heartbeat: 1 });
    expect(r.verdicts).toEqual({ conforms: 0, violates: 0, unknown: 3 });
    expect(r.unknown.map((u) => u.claim)).toEqual(['C-6001', 'C-6002', 'C-6003']);
    expect(r.unknown[0]!.reason).toBe('a record of it could not be read (line 4)');
  });
});
