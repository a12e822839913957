import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../engine/index.js';
import type { AuditResult } from '../../claimlog/AuditResult.js';
import { Auditor, BATCH, FINISHED_HORIZON_MS } from '../../claimlog/Auditor.js';
import { parseLogLine } from '../../claimlog/parseLogLine.js';
import { tempDirs } from '../tempDirs.js';
import { runInProcess } from '../cli/runInProcess.js';

const dirs = tempDirs('claimsim-audit-memory-');
afterAll(dirs.remove);

const HOUR = 3_600_000;
const opened = (claim: string, at: string) => ({ type: 'claim_opened', claim, at, order: `O-${claim}`, seller: 'S', buyer: 'B', claimType: 'return' });

describe('what the audit remembers of finished claims: the last FINISHED_HORIZON_MS of log time', () => {
  // 3,000 claims, one opened each hour, each accepted two hours later: then a late line for an old claim and a recent one.
  function stream(late: { claim: number; hoursAfterEnd: number }[]): { result: AuditResult; mostRemembered: number; mostHeld: number } {
    const a = new Auditor({ defaultPolicy: DEFAULT_POLICY, tolerance: 0, files: ['log.ndjson'], headerPolicy: (p) => makePolicy(p) });
    const start = Date.UTC(2024, 3, 1);
    const iso = (t: number) => new Date(t).toISOString();
    let line = 0;
    let mostRemembered = 0;
    let mostHeld = 0;
    const feed = (r: object) => a.line(0, ++line, parseLogLine(JSON.stringify(r)));
    const n = 3000;
    for (let i = 0; i < n; i++) {
      const t = start + i * HOUR;
      feed(opened(`C${i}`, iso(t)));
      feed({ type: 'withdrawal_requested', claim: `C${i}`, at: iso(t + 1000), message: 'please withdraw' });
      if (i >= 2) feed({ type: 'withdrawal_accepted', claim: `C${i - 2}`, at: iso(t + 2000) });
      mostRemembered = Math.max(mostRemembered, a.remembered);
      mostHeld = Math.max(mostHeld, a.held);
    }
    for (const l of late) feed({ type: 'status_changed', claim: `C${l.claim}`, at: iso(start + (n + l.hoursAfterEnd) * HOUR), to: 'returning' });
    return { result: a.finish(['log.ndjson']), mostRemembered, mostHeld };
  }

  it('stays within the horizon (and a batch) however long the log, where the last 100,000 claims were kept before', () => {
    const { result, mostRemembered, mostHeld } = stream([]);
    expect(result.verdicts).toEqual({ conforms: 3000, violates: 0, unknown: 0 });
    const perHorizon = FINISHED_HORIZON_MS / HOUR;
    expect(mostRemembered).toBeGreaterThanOrEqual(perHorizon - BATCH);
    expect(mostRemembered).toBeLessThanOrEqual(perHorizon + BATCH + 2);
    expect(mostHeld).toBeLessThanOrEqual(BATCH + 3);
  });

  it('an action on a claim finished within the horizon violates R3; on one forgotten, it is a claim the log never shows opened: unknown, never conforming', () => {
    // C2500 finished at hour 2,502 and was judged in the batch of hour ~2,560 (the batches of BATCH claims each), which remembers it;
    // C10 was forgotten 7 days after it finished.
    const { result } = stream([
      { claim: 2500, hoursAfterEnd: 1 },
      { claim: 10, hoursAfterEnd: 1 },
    ]);
    expect(result.verdicts.violates).toBe(1);
    expect(result.violating[0]).toMatchObject({ claim: 'C2500', rule: 'R3' });
    expect(result.violating[0]!.message).toMatch(/^R3: the claim closed at .*a closed claim takes no action but support$/);
    expect(result.claims).toBe(3001);
    expect(result.unknown).toEqual([{ claim: 'C10', reason: expect.stringMatching(/^opened before the log starts/) }]);
  });
});

describe('the clean proof: simulate --log of the shipped populations audits with 0 violating and 0 unknown claims', () => {
  it.each(['default', 'deadline-aware'])('%s.yaml (500 claims)', async (name) => {
    const dir = dirs.make();
    const log = join(dir, `${name}.ndjson`);
    const sim = await runInProcess(['simulate', '-p', `generators/populations/${name}.yaml`, '--claims', '500', '--quiet', '--out', join(dir, 'out'), '--log', log]);
    expect(sim.status, sim.stderr).toBe(0);
    const out = join(dir, 'audit');
    const r = await runInProcess(['audit', log, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as AuditResult;
    expect(result.claims).toBe(500);
    expect(result.verdicts).toEqual({ conforms: 500, violates: 0, unknown: 0 });
    expect(result.skippedLines).toBe(0);
    expect(result.findings).toEqual({ duplicate: 0, out_of_order: 0, clock_regression: 0 });
  });
});
