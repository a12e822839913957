import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../engine/index.js';
import { Auditor, BATCH } from '../../claimlog/Auditor.js';
import { parseLogLine } from '../../claimlog/parseLogLine.js';

/** Audits lines given as objects (one log, `log.ndjson`). */
function audit(records: readonly object[], tolerance = 0) {
  const a = new Auditor({ defaultPolicy: DEFAULT_POLICY, tolerance, files: ['log.ndjson'], headerPolicy: (p) => makePolicy(p) });
  records.forEach((r, i) => a.line(0, i + 1, parseLogLine(JSON.stringify(r))));
  return a.finish(['log.ndjson']);
}

const opened = (claim: string, at: string) => ({ type: 'claim_opened', claim, at, order: `O-${claim}`, seller: 'S', buyer: 'B', claimType: 'return' });

describe('Auditor', () => {
  it('a claim opened before the log starts is unknown, never conforming', () => {
    const r = audit([{ type: 'withdrawal_accepted', claim: 'C1', at: '2024-08-05T10:00+09:00' }]);
    expect(r.verdicts).toEqual({ conforms: 0, violates: 0, unknown: 1 });
    expect(r.unknown[0]!.reason).toBe('opened before the log starts (its first record, line 1, is withdrawal_accepted)');
  });

  it('a claim whose timer falls due within the tolerance of the log\'s end is cut off: unknown', () => {
    const r = audit(
      [
        { type: 'header', format: 'claimsim-claim-log', version: 1, until: '2024-08-11T00:10+09:00' },
        opened('C1', '2024-08-01T09:00+09:00'),
        { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-04T10:00+09:00', message: 'please withdraw' },
      ],
      15 * 60_000,
    );
    expect(r.verdicts).toEqual({ conforms: 0, violates: 0, unknown: 1 });
    expect(r.unknown[0]!.reason).toBe("cut off by the log's end: its auto-withdrawal is due at 2024-08-11T00:00+09:00, within the tolerance of the log's end at 2024-08-11T00:10+09:00");
  });

  it('a claim open at the end with nothing due conforms and is counted as open', () => {
    const r = audit([opened('C1', '2024-08-01T09:00+09:00'), { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-04T10:00+09:00', message: 'please withdraw' }]);
    expect(r.verdicts).toEqual({ conforms: 1, violates: 0, unknown: 0 });
    expect(r.openAtEnd).toBe(1);
  });

  it('after a claim finished, support may be contacted (R3) but any other action violates R3', () => {
    const base = [
      opened('C1', '2024-08-01T09:00+09:00'),
      { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-04T10:00+09:00', message: 'please withdraw' },
      { type: 'withdrawal_accepted', claim: 'C1', at: '2024-08-05T10:00+09:00' },
      opened('C2', '2024-08-06T09:00+09:00'),
      { type: 'support_contacted', claim: 'C1', at: '2024-08-07T10:00+09:00', text: 'help' },
    ];
    expect(audit(base).verdicts).toEqual({ conforms: 2, violates: 0, unknown: 0 });
    const r = audit([...base, { type: 'status_changed', claim: 'C1', at: '2024-08-08T10:00+09:00', to: 'returning' }]);
    expect(r.verdicts).toEqual({ conforms: 1, violates: 1, unknown: 0 });
    expect(r.violating[0]).toMatchObject({ claim: 'C1', rule: 'R3', line: 6 });
  });

  it("the log's clock going back across claims is a clock regression, not a violation", () => {
    const r = audit([opened('C1', '2024-08-02T09:00+09:00'), opened('C2', '2024-08-01T09:00+09:00')]);
    expect(r.findings).toEqual({ duplicate: 0, out_of_order: 0, clock_regression: 1 });
    expect(r.verdicts.conforms).toBe(2);
  });

  it('an early timeout breaks R10 in the replay and I3 in the checker', () => {
    const r = audit([
      opened('C1', '2024-08-01T09:00+09:00'),
      { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-04T10:00+09:00', message: 'please withdraw', deadline: '2024-08-10' },
      { type: 'withdrawal_timed_out', claim: 'C1', at: '2024-08-10T23:00+09:00' },
    ]);
    expect(r.violating[0]!.violations.map((v) => `${v.reading} ${v.rule}`)).toEqual(['replay R10', 'invariants I3']);
    expect(r.violating[0]!.message).toBe("R10: the log shows an auto-withdrawal at 2024-08-10T23:00+09:00 (line 3); the request's window runs out at 2024-08-11T00:00+09:00 (00:00 after the deadline)");
  });

  it('a shown deadline one day short breaks R6', () => {
    const r = audit([opened('C1', '2024-08-01T09:00+09:00'), { type: 'withdrawal_requested', claim: 'C1', at: '2024-08-04T10:00+09:00', message: 'please withdraw', deadline: '2024-08-09' }]);
    expect(r.violating[0]).toMatchObject({ rule: 'R6', line: 2 });
    expect(r.violating[0]!.message).toContain('shows the deadline 2024-08-09; the rules give 2024-08-10');
  });

  it('holds the claims open at a time, not the whole log: finished claims are judged a batch at a time and dropped', () => {
    const a = new Auditor({ defaultPolicy: DEFAULT_POLICY, tolerance: 0, files: ['log.ndjson'], headerPolicy: (p) => makePolicy(p) });
    const hour = 3_600_000;
    const iso = (t: number) => new Date(t).toISOString();
    const start = Date.UTC(2024, 3, 1);
    let line = 0;
    let most = 0;
    // 5,000 claims, one opened each hour, each answered two hours later: about 3 are open at a time.
    for (let i = 0; i < 5000; i++) {
      const t = start + i * hour;
      const feed = (r: object) => a.line(0, ++line, parseLogLine(JSON.stringify(r)));
      feed(opened(`C${i}`, iso(t)));
      feed({ type: 'withdrawal_requested', claim: `C${i}`, at: iso(t + 1000), message: 'please withdraw' });
      if (i >= 2) feed({ type: 'withdrawal_accepted', claim: `C${i - 2}`, at: iso(t + 2000) });
      most = Math.max(most, a.held);
    }
    expect(most).toBeLessThanOrEqual(BATCH + 3);
    const r = a.finish(['log.ndjson']);
    expect(r.verdicts).toEqual({ conforms: 5000, violates: 0, unknown: 0 });
    expect(r.openAtEnd).toBe(2);
  });
});
