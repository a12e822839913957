import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../claimlog/AuditResult.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-audit-shard-');
afterAll(dirs.remove);

/** A log with violations: 300 claims of the small population under a fault the audit catches. */
let log: string;
beforeAll(async () => {
  const dir = dirs.make();
  log = join(dir, 'faulty.ndjson');
  const r = await runInProcess(['simulate', '-p', 'generators/populations/small.yaml', '--claims', '300', '--quiet', '--out', join(dir, 'sim'), '--log', log, '--inject-fault', 'deadline-one-day-short']);
  expect(r.status, r.stderr).toBe(1);
});

/** Audits `logs` whole into a folder, and in `n` shards merged by claimsim report into another: both folders and statuses. */
async function wholeAndMerged(logs: readonly string[], n: number, extra: readonly string[] = []): Promise<{ whole: string; merged: string; parts: string; status: number | null; mergedStatus: number | null }> {
  const whole = dirs.make();
  const parts = dirs.make();
  const merged = join(dirs.make(), 'report');
  const w = await runInProcess(['audit', ...logs, ...extra, '--out', whole]);
  for (let i = 1; i <= n; i++) {
    const s = await runInProcess(['audit', ...logs, ...extra, '--shard', `${i}/${n}`, '--out', parts]);
    expect(s.status, s.stderr).toBe(0);
    expect(s.stdout).toContain(`audit shard ${i}/${n}:`);
  }
  const m = await runInProcess(['report', parts, '--out', merged]);
  return { whole, merged, parts, status: w.status, mergedStatus: m.status };
}

const read = (dir: string, file: string): string => readFileSync(join(dir, file), 'utf8');

describe('claimsim audit --shard i/n, merged by claimsim report', () => {
  it('shards 1/3, 2/3 and 3/3 merged give the whole audit: audit.json, .md, .html and .junit.xml byte for byte, and its exit status', async () => {
    const { whole, merged, parts, status, mergedStatus } = await wholeAndMerged([log], 3);
    expect(status).toBe(1);
    expect(mergedStatus).toBe(1);
    const result = JSON.parse(read(whole, 'audit.json')) as AuditResult;
    expect(result.verdicts.violates).toBeGreaterThan(10);
    for (const f of ['audit.json', 'audit.md', 'audit.html', 'audit.junit.xml']) expect(read(merged, f), f).toBe(read(whole, f));
    // Each shard judged a share of the claims, all its records with it.
    const shares = readdirSync(parts).sort().map((f) => (JSON.parse(read(parts, f)) as { result: AuditResult }).result);
    expect(shares.map((s) => s.claims).reduce((a, b) => a + b)).toBe(result.claims);
    for (const s of shares) expect(s.claims).toBeGreaterThan(0);
    expect(shares.map((s) => s.records).reduce((a, b) => a + b)).toBe(result.records);
  });

  it('the example logs, each with its own defect (duplicates, unreadable lines, lines out of order, late timer records), shard and merge to the whole audit', async () => {
    for (const name of ['duplicated-record', 'invalid-lines', 'out-of-order', 'late-batch', 'missing-auto-withdrawal']) {
      const file = `examples/logs/${name}.ndjson`;
      const { whole, merged, status, mergedStatus } = await wholeAndMerged([file], 2, name === 'late-batch' ? ['--tolerance', '15m'] : []);
      expect(mergedStatus, name).toBe(status);
      expect(read(merged, 'audit.json'), name).toBe(read(whole, 'audit.json'));
    }
  });

  it('--shard 1/1 is the whole audit in one part', async () => {
    const { whole, merged } = await wholeAndMerged(['examples/logs/missing-auto-withdrawal.ndjson'], 1);
    expect(read(merged, 'audit.json')).toBe(read(whole, 'audit.json'));
  });

  it('refuses shard 0/3 and 4/3, and --shard without --out, with one line and exit 2', async () => {
    const out = dirs.make();
    const zero = await runInProcess(['audit', log, '--shard', '0/3', '--out', out]);
    expect(zero.status).toBe(2);
    expect(zero.stderr).toMatch(/--shard.*1 ≤ i ≤ n/);
    const over = await runInProcess(['audit', log, '--shard', '4/3', '--out', out]);
    expect(over.status).toBe(2);
    expect(over.stderr).toMatch(/--shard.*1 ≤ i ≤ n/);
    const noOut = await runInProcess(['audit', log, '--shard', '1/3']);
    expect(noOut.status).toBe(2);
    expect(noOut.stderr).toContain('--shard writes its part of the audit into --out DIR');
    expect(readdirSync(out)).toEqual([]);
  });

  it('--shard auto reads a Kubernetes Indexed Job\'s JOB_COMPLETION_INDEX (from 0) with --shard-count', async () => {
    const out = dirs.make();
    const r = await runInProcess(['audit', 'examples/logs/missing-auto-withdrawal.ndjson', '--shard', 'auto', '--shard-count', '2', '--out', out], { JOB_COMPLETION_INDEX: '1' });
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out)).toEqual(['audit-part-2-of-2.json']);
    const bad = await runInProcess(['audit', 'examples/logs/missing-auto-withdrawal.ndjson', '--shard', 'auto', '--shard-count', '2', '--out', out], { JOB_COMPLETION_INDEX: '2' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('JOB_COMPLETION_INDEX must be a whole number from 0 to 1');
  });

  it('report refuses a missing shard, a shard given twice, parts of another audit, a changed part and --out in the parts\' folder', async () => {
    const file = 'examples/logs/missing-auto-withdrawal.ndjson';
    const parts = dirs.make();
    for (const i of [1, 2, 3]) expect((await runInProcess(['audit', file, '--shard', `${i}/3`, '--out', parts])).status).toBe(0);
    const p = (i: number): string => join(parts, `audit-part-${i}-of-3.json`);
    const report = (...inputs: string[]) => runInProcess(['report', ...inputs, '--out', join(dirs.make(), 'r')]);

    const missing = await report(p(1), p(3));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('shard 2/3 is missing');

    const twice = await report(p(1), p(2), p(2), p(3));
    expect(twice.status).toBe(2);
    expect(twice.stderr).toContain('shard 2/3 is given twice');

    const other = dirs.make();
    expect((await runInProcess(['audit', file, '--tolerance', '15m', '--shard', '2/3', '--out', other])).status).toBe(0);
    const mixed = await report(p(1), join(other, 'audit-part-2-of-3.json'), p(3));
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toMatch(/is of another audit than .*the --tolerance differs/);

    const changed = dirs.make();
    cpSync(parts, changed, { recursive: true });
    const text = read(changed, 'audit-part-1-of-3.json');
    writeFileSync(join(changed, 'audit-part-1-of-3.json'), text.replace('"toleranceMs": 0', '"toleranceMs": 1'));
    const tampered = await runInProcess(['report', changed, '--out', join(dirs.make(), 'r')]);
    expect(tampered.status).toBe(2);
    expect(tampered.stderr).toMatch(/audit-part-1-of-3\.json:\d+:\d+: .*fingerprint/);

    const into = await runInProcess(['report', parts, '--out', parts]);
    expect(into.status).toBe(2);
    expect(into.stderr).toContain('is the input');
    expect(readdirSync(parts).sort()).toEqual(['audit-part-1-of-3.json', 'audit-part-2-of-3.json', 'audit-part-3-of-3.json']);
  });

  it('a part that is not JSON claimsim wrote is refused at its place', async () => {
    const dir = dirs.make();
    mkdirSync(join(dir, 'parts'));
    writeFileSync(join(dir, 'parts', 'audit-part-1-of-1.json'), '{"kind": "audit-part", "version": 1,\n "shard": 3}\n');
    const r = await runInProcess(['report', join(dir, 'parts'), '--out', join(dir, 'r')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/audit-part-1-of-1\.json:\d+:\d+:/);
  });
});
