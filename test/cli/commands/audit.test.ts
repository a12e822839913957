import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { FAULT_NAMES, type FaultName } from '../../../engine/index.js';
import type { AuditResult } from '../../../claimlog/AuditResult.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-audit-');
afterAll(dirs.remove);

const SMALL = 'generators/populations/small.yaml';

/** Simulates the small population into a claim log (under a fault when named); the log's path. */
async function simulatedLog(name: string, fault?: FaultName): Promise<string> {
  const dir = dirs.make();
  const log = join(dir, name);
  const r = await runInProcess(['simulate', '-p', SMALL, '--quiet', '--out', join(dir, 'out'), '--log', log, ...(fault ? ['--inject-fault', fault] : [])]);
  expect(r.status, r.stderr).toBe(fault ? 1 : 0);
  return log;
}

async function auditInto(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string; result: AuditResult }> {
  const out = dirs.make();
  const r = await runInProcess(['audit', ...args, '--out', out]);
  return { ...r, result: JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as AuditResult };
}

describe('claimsim audit of logs claimsim writes', () => {
  it('round trip: simulate --log of the small population audits with 0 violations and 0 unknown', async () => {
    const log = await simulatedLog('small.ndjson');
    const { status, stdout, result } = await auditInto([log]);
    expect(status).toBe(0);
    expect(result.claims).toBe(1000);
    expect(result.verdicts).toEqual({ conforms: 1000, violates: 0, unknown: 0 });
    expect(result.skippedLines).toBe(0);
    expect(result.findings).toEqual({ duplicate: 0, out_of_order: 0, clock_regression: 0 });
    expect(result.policy.source).toBe('header');
    // The run's end leaves some claims open (on hold, not yet due): judged on what the log covers.
    expect(result.openAtEnd).toBeGreaterThan(0);
    expect(stdout).toContain('violates      0');
    expect(stdout).toContain('unknown       0');
  });

  it('round trip under a policy with a reminder, no auto-withdrawal and dated changes that re-time deadlines and recompute cooldowns', async () => {
    const dir = dirs.make();
    const policy = join(dir, 'policy.yaml');
    writeFileSync(
      policy,
      [
        'reminderDaysBeforeDeadline: 2',
        'inFlightDeadlines: retime',
        'inFlightCooldowns: recompute',
        'changes:',
        '  - { at: 2024-04-15, set: { responseWindowDays: 10, rejectionCooldownDays: 3 } }',
        '  - { at: "2024-05-01T09:00+09:00", set: { responseWindowDays: 5, cancellationCooldownDays: 2, autoWithdrawOnTimeout: false } }',
        '',
      ].join('\n'),
    );
    const log = join(dir, 'changes.ndjson');
    expect((await runInProcess(['simulate', '-p', SMALL, '--quiet', '--out', join(dir, 'out'), '--log', log, '--policy', policy])).status).toBe(0);
    const text = readFileSync(log, 'utf8');
    for (const type of ['buyer_reminded', 'deadline_retimed', 'cooldown_retimed', 'withdrawal_lapsed']) expect(text).toContain(`"type":"${type}"`);
    const { status, result } = await auditInto([log]);
    expect(result.verdicts).toEqual({ conforms: 1000, violates: 0, unknown: 0 });
    expect(status).toBe(0);
  });

  it('a gzip log (simulate --log FILE.gz) reads the same, and audit.json is the same bytes run to run', async () => {
    const log = await simulatedLog('small.ndjson.gz');
    expect(readFileSync(log).subarray(0, 2)).toEqual(Buffer.from([0x1f, 0x8b]));
    const out1 = dirs.make();
    const out2 = dirs.make();
    expect((await runInProcess(['audit', log, '--out', out1])).status).toBe(0);
    expect((await runInProcess(['audit', log, '--out', out2])).status).toBe(0);
    const json = readFileSync(join(out1, 'audit.json'), 'utf8');
    expect(json).toBe(readFileSync(join(out2, 'audit.json'), 'utf8'));
    expect((JSON.parse(json) as AuditResult).verdicts).toEqual({ conforms: 1000, violates: 0, unknown: 0 });
    expect(readFileSync(join(out1, 'audit.md'), 'utf8')).toMatch(/^# Claim-log audit/);
  });

  // The rule each fault breaks, as the audit must name it (engine/faults.ts).
  const EXPECTED: Record<FaultName, string> = {
    'deadline-one-day-short': 'R6',
    'rejection-cooldown-unenforced': 'R12',
    'timer-fires-early': 'R10',
    'lapse-ignored': 'R16',
    'kept-deadline-retimed': 'R10a',
  };
  it.each(FAULT_NAMES)('a log written under the fault %s, audited under the real rules, is caught naming its rule', async (fault) => {
    const log = await simulatedLog(`${fault}.ndjson`, fault);
    // The fault's run carries its own policy in the header only where the fault needs one (dated changes); the real rules judge it.
    const { status, result } = await auditInto([log]);
    expect(status).toBe(1);
    expect(result.verdicts.violates).toBeGreaterThan(0);
    expect(Object.keys(result.violationsByRule)).toContain(EXPECTED[fault]);
    expect(result.violating.some((v) => v.rule === EXPECTED[fault])).toBe(true);
  });
});

describe('simulate --log: refused up front', () => {
  it('with --events on the same file (the log is written from the events), and on more than one worker', async () => {
    const dir = dirs.make();
    const same = join(dir, 'run.ndjson');
    const r = await runInProcess(['simulate', '-p', SMALL, '--quiet', '--out', join(dir, 'out'), '--log', same, '--events', same]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`--log and --events name one file (${same})`);
    const two = await runInProcess(['simulate', '-p', SMALL, '--quiet', '--out', join(dir, 'out'), '--log', join(dir, 'x.ndjson'), '--workers', '2']);
    expect(two.status).toBe(2);
  });
});

describe('claimsim audit: input errors and hostile logs', () => {
  it('exit 1 on a violation, with the first violating claim on stdout', async () => {
    const r = await runInProcess(['audit', 'examples/logs/missing-auto-withdrawal.ndjson']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('C-1001 (examples/logs/missing-auto-withdrawal.ndjson:7): R10: auto-withdrawal due at 2024-08-11T00:00+09:00; the log shows none until 2024-08-12T10:02+09:00 (line 7)');
  });

  it('unreadable lines: one message each naming the line, the audit goes on; --strict stops at the first (exit 2)', async () => {
    const r = await runInProcess(['audit', 'examples/logs/invalid-lines.ndjson']);
    expect(r.status).toBe(0);
    expect(r.stderr.split('\n').filter((l) => l !== '').map((l) => l.split(': ')[0])).toEqual([
      'examples/logs/invalid-lines.ndjson:4:1',
      'examples/logs/invalid-lines.ndjson:6:1',
      'examples/logs/invalid-lines.ndjson:8:1',
    ]);
    expect(r.stdout).toContain('skipped lines 3');
    const strict = await runInProcess(['audit', 'examples/logs/invalid-lines.ndjson', '--strict']);
    expect(strict.status).toBe(2);
    expect(strict.stderr).toMatch(/^examples\/logs\/invalid-lines\.ndjson:4:1: invalid JSON .*--strict stops at the first line that cannot be read\)\n$/);
  });

  it('a FIFO, a device and a missing file are refused with one line (exit 2)', async () => {
    const dir = dirs.make();
    const fifo = join(dir, 'log.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await runInProcess(['audit', fifo]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${fifo}: is a pipe (FIFO), not a regular file (give a file saved on disk)\n`);
    const dev = await runInProcess(['audit', '/dev/zero']);
    expect(dev.status).toBe(2);
    expect(dev.stderr).toContain('/dev/zero: is a character device');
    const missing = await runInProcess(['audit', join(dir, 'none.ndjson')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such file');
  });

  it('a gzip that breaks off is named (exit 2); a .gz that is not gzip is read as text', async () => {
    const dir = dirs.make();
    const whole = gzipSync(readFileSync('examples/logs/duplicated-record.ndjson'));
    const cut = join(dir, 'cut.ndjson.gz');
    writeFileSync(cut, whole.subarray(0, whole.length - 12));
    const r = await runInProcess(['audit', cut]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cut\.ndjson\.gz: not a readable gzip/);
    const plain = join(dir, 'plain.ndjson.gz');
    writeFileSync(plain, readFileSync('examples/logs/duplicated-record.ndjson'));
    expect((await runInProcess(['audit', plain])).status).toBe(0);
  });

  it('a bad --tolerance and a bad header policy are input errors (exit 2)', async () => {
    const t = await runInProcess(['audit', 'examples/logs/late-batch.ndjson', '--tolerance', '15 minutes']);
    expect(t.status).toBe(2);
    expect(t.stderr).toBe('--tolerance 15 minutes is not a duration (write it as 15m, 90s, 2h or 1h30m)\n');
    const dir = dirs.make();
    const bad = join(dir, 'bad-header.ndjson');
    writeFileSync(bad, '{"type":"header","format":"claimsim-claim-log","version":1,"policy":{"responseWindowDays":0}}\n');
    const h = await runInProcess(['audit', bad]);
    expect(h.status).toBe(2);
    expect(h.stderr).toMatch(/bad-header\.ndjson:1:1: the header's policy is not valid: responseWindowDays/);
  });

  it("--policy overrides the header's: under a 6-day window the deadlines the log shows are a day late (R6)", async () => {
    const r = await auditInto(['examples/logs/late-batch.ndjson', '--policy', 'responseWindowDays=6', '--tolerance', '1h']);
    expect(r.result.policy.source).toBe('option');
    expect(r.status).toBe(1);
    expect(r.result.violating[0]!.message).toBe('R6: the withdrawal_requested at 2024-08-04T10:00+09:00 (line 4) shows the deadline 2024-08-10; the rules give 2024-08-09');
  });
});
