import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AuditResult } from '../../../claimlog/AuditResult.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-run-log-');
afterAll(dirs.remove);

describe('claimsim run --log DIR', () => {
  it('round trip: every library scenario\'s claim log audits with 0 violations under the policy its header carries', async () => {
    const dir = dirs.make();
    const logs = join(dir, 'logs');
    const run = await runInProcess(['run', 'scenarios/library', '--log', logs, '--reporter', `json:${join(dir, 'run.json')}`]);
    expect(run.status, run.stderr).toBe(0);
    const report = JSON.parse(readFileSync(join(dir, 'run.json'), 'utf8')) as { scenarios: { file: string }[] };
    const files = readdirSync(logs).sort();
    // One log a scenario file, named by its stem, each name once.
    expect(files.length).toBe(report.scenarios.length);
    expect(new Set(files.map((f) => f.toLowerCase())).size).toBe(files.length);
    for (const f of files) expect(f).toMatch(/^[A-Za-z0-9._-]+\.ndjson$/);
    let withChanges = 0;
    for (const f of files) {
      const r = await runInProcess(['audit', join(logs, f)]);
      expect({ file: f, status: r.status, stderr: r.stderr }).toEqual({ file: f, status: 0, stderr: '' });
      expect(r.stdout, f).toMatch(/\n {2}violates +0\n {2}unknown +0\n/);
      expect(r.stdout, f).toContain("policy: the log's header");
      expect(r.stdout, f).toContain('skipped lines 0');
      const header = JSON.parse(readFileSync(join(logs, f), 'utf8').split('\n')[0]!) as { policy: { changes?: unknown[] } };
      if ((header.policy.changes ?? []).length > 0) withChanges++;
    }
    // One audit.json in full: the claims of a log are all judged.
    const out = join(dir, 'audit');
    expect((await runInProcess(['audit', join(logs, files[0]!), '--out', out])).status).toBe(0);
    const result = JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as AuditResult;
    expect(result.claims).toBeGreaterThan(0);
    expect(result.verdicts.conforms).toBe(result.claims);
    // The library's dated-change scenarios carry their changes in the header.
    expect(withChanges).toBeGreaterThan(0);
  });

  it('refuses a --log that is a file before running anything', async () => {
    const file = join(dirs.make(), 'taken');
    writeFileSync(file, 'x\n');
    const r = await runInProcess(['run', 'scenarios/library/cancel', '--log', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a file; give --log a folder');
    expect(r.stdout).toBe('');
    expect(readFileSync(file, 'utf8')).toBe('x\n');
  });

  it('names two files of one stem apart, and refuses --log with --merge', async () => {
    const dir = dirs.make();
    const logs = join(dir, 'logs');
    const a = 'scenarios/library/cancel';
    const found = readdirSync(a).filter((f) => f.endsWith('.yaml')).sort()[0]!;
    const r = await runInProcess(['run', join(a, found), join(a, found), '--log', logs, '--reporter', `json:${join(dir, 'r.json')}`]);
    expect(r.status, r.stderr).toBe(0);
    const stem = found.replace(/\.yaml$/, '');
    expect(readdirSync(logs).sort()).toEqual([`${stem}-2.ndjson`, `${stem}.ndjson`].sort());
    const merged = await runInProcess(['run', '--merge', join(dir, 'r.json'), '--log', logs]);
    expect(merged.status).toBe(2);
    expect(merged.stderr).toContain('--log writes the claim logs of the scenarios a run runs');
  });
});
