import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-audit-outputs-');
afterAll(dirs.remove);

const LOG = 'examples/logs/missing-auto-withdrawal.ndjson';
const FILES = ['audit.html', 'audit.json', 'audit.junit.xml', 'audit.md'];

describe('claimsim audit --out', () => {
  it('writes the HTML page, the JUnit file and one reproducer per violating claim; exit 1 as before; the same bytes twice', async () => {
    const [a, b] = [dirs.make(), dirs.make()];
    const first = await runInProcess(['audit', LOG, '--out', a]);
    const second = await runInProcess(['audit', LOG, '--out', b]);
    expect(first.status, first.stderr).toBe(1);
    expect(second.status).toBe(1);
    expect(readdirSync(a).sort()).toEqual([...FILES, 'reproducers']);
    expect(readdirSync(join(a, 'reproducers'))).toEqual(['C-1001-R10.yaml']);
    expect(first.stdout).toContain(`reproducers: 1 scenario in ${join(a, 'reproducers')}`);
    for (const f of [...FILES, 'reproducers/C-1001-R10.yaml']) expect(readFileSync(join(a, f), 'utf8'), f).toBe(readFileSync(join(b, f), 'utf8'));
  });

  it('the reproducer passes under claimsim run on the real rules, names the rule, and shows where the log parts from them', async () => {
    const out = dirs.make();
    await runInProcess(['audit', LOG, '--out', out]);
    const file = join(out, 'reproducers', 'C-1001-R10.yaml');
    const text = readFileSync(file, 'utf8');
    // The log shows the claim advanced on 08-12; the rules withdrew it at 00:00 on 08-11 (R10), so they refuse the change.
    expect(text).toMatch(/at: 2024-08-11T00:00:00.000\n {4}check:\n {6}claims:\n {8}C-1001:\n {10}status: withdrawn/);
    expect(text).toMatch(/at: 2024-08-12T10:02:00.000\n {4}do: advance_claim\n[^]*?error: CLAIM_CLOSED/);
    const run = await runInProcess(['run', file]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(run.stdout).toContain('R10');
    expect(run.stdout).toContain('1 passed');
  });

  it('a CSV export read through its mapping gets its reproducers too, and they pass', async () => {
    const out = dirs.make();
    const r = await runInProcess(['audit', 'examples/logs/export.csv', '--map', 'examples/logs/export.map.yaml', '--out', out]);
    expect(r.status, r.stderr).toBe(1);
    const files = readdirSync(join(out, 'reproducers'));
    expect(files.length).toBeGreaterThan(0);
    const run = await runInProcess(['run', join(out, 'reproducers')]);
    expect(run.status, run.stdout + run.stderr).toBe(0);
  });

  it('a clean log writes no reproducer and exits 0', async () => {
    const out = dirs.make();
    const r = await runInProcess(['audit', 'examples/logs/late-batch.ndjson', '--tolerance', '1h', '--out', out]);
    expect(r.status, r.stdout).toBe(0);
    expect(readdirSync(out).sort()).toEqual(FILES);
  });
});
