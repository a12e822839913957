import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-all-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FAILING = `name: A check that cannot hold
start: 2021-07-20T09:00
orders:
  - { id: O1, seller: S1, buyer: B1 }
claims:
  - { id: C1, order: O1, type: return, status: return_requested }
steps:
  - check: { claims: { C1: { status: withdrawn } } }
`;

describe('claimsim all (npm start)', () => {
  it('writes the report, its Markdown and JSON, the summary and the claim list, and says where', async () => {
    const out = join(dir, 'ok');
    const r = await runInProcess(['all', '--out', out, '--claims', '300', '--replications', '1', '--scenarios', 'scenarios/library/answer', '--workers', '1']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^scenarios: \d+ passed, 0 failed, 0 not valid$/m);
    expect(r.stdout).toContain(`report: ${join(out, 'report.html')}`);
    expect(r.stdout).toMatch(/^took \d+\.\d s$/m);
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8'));
    expect(report.kind).toBe('suite');
    expect(report.claimList).toEqual({ file: 'claims.xlsx', rows: 300, claims: 300 });
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.claims).toBe(300);
    expect(readFileSync(join(out, 'report.md'), 'utf8')).toContain('## Scenarios');
    expect(readFileSync(join(out, 'claims.xlsx')).subarray(0, 2).toString()).toBe('PK');
    // claimsim report renders the folder again, the claim list with it.
    const again = join(dir, 'again');
    expect((await runInProcess(['report', out, '--out', again])).status).toBe(0);
    for (const f of ['report.html', 'report.md', 'report.json', 'claims.xlsx']) expect(readFileSync(join(again, f)), f).toEqual(readFileSync(join(out, f)));
  });

  it('gives byte-identical files for the same inputs and seed, on one thread or two', async () => {
    const run = async (into: string, workers: string) => {
      const out = join(dir, into);
      const r = await runInProcess(['all', '--out', out, '--claims', '400', '--replications', '2', '--scenarios', 'scenarios/library/answer', '--workers', workers]);
      expect(r.status).toBe(0);
      return out;
    };
    const a = await run('same-a', '1');
    const b = await run('same-b', '2');
    for (const f of ['report.html', 'report.md', 'report.json', 'summary.json', 'claims.xlsx']) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
  });

  it('exits 1 when a scenario fails, and the report names it', async () => {
    const lib = join(dir, 'lib');
    mkdirSync(lib, { recursive: true });
    writeFileSync(join(lib, 'fails.yaml'), FAILING);
    const out = join(dir, 'failing');
    const r = await runInProcess(['all', '--out', out, '--claims', '100', '--replications', '1', '--scenarios', lib, '--workers', '1']);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('scenarios: 0 passed, 1 failed, 0 not valid');
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toMatch(/<span class="pill failed">failed<\/span> <code>[^<]*fails\.yaml<\/code>/);
  });

  it('under a rule mutant, exits 1 and links each example violation to the regression scenario written for it', async () => {
    const out = join(dir, 'fault');
    const r = await runInProcess(['all', '--out', out, '--claims', '200', '--replications', '1', '--scenarios', 'scenarios/library/answer', '--workers', '1', '--inject-fault', 'deadline-one-day-short']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^simulation: .*, \d+ invariant violations$/m);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    const links = [...html.matchAll(/<a href="(seed-\d+\/regressions\/[^"]+\.yaml)">/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) expect(readFileSync(join(out, link), 'utf8')).toContain('deadline-one-day-short');
  });

  it('a fault of dated changes runs under its own policy with changes, as simulate does, and is caught (R10a, I2)', async () => {
    const out = join(dir, 'fault-changes');
    const r = await runInProcess(['all', '--out', out, '--claims', '300', '--replications', '1', '--scenarios', 'scenarios/library/answer', '--workers', '1', '--inject-fault', 'kept-deadline-retimed']);
    expect(r.status).toBe(1);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    expect(summary.policy.changes.length).toBeGreaterThan(0);
    expect(summary.invariantViolations.byInvariant.I2).toBeGreaterThan(0);
  });

  it('the reproduce command of a regression scenario carries the population\'s --set overrides, and reproduces the run', async () => {
    const out = join(dir, 'fault-set');
    const settings = ['--set', 'buyerProfiles.firm.weight=4', '--set', 'horizon.length=90d'];
    const r = await runInProcess(['all', '--out', out, '--claims', '200', '--replications', '1', '--scenarios', 'scenarios/library/answer', '--workers', '1', '--inject-fault', 'deadline-one-day-short', ...settings]);
    expect(r.status).toBe(1);
    const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
    const scenario = readFileSync(join(out, summary.invariantViolations.examples[0].scenario), 'utf8');
    const command = /Found by claimsim (simulate [^:]*):/.exec(scenario)![1]!;
    expect(command).toContain('--set buyerProfiles.firm.weight=4 --set horizon.length=90d');
    const simulate = async (args: readonly string[], into: string) => {
      const again = await runInProcess([...args, '--out', join(dir, into), '--quiet']);
      expect(again.status).toBe(1);
      return JSON.parse(readFileSync(join(dir, into, 'summary.json'), 'utf8'));
    };
    const reproduced = await simulate(command.split(' '), 'reproduced');
    expect(reproduced.outcomes).toEqual(summary.outcomes);
    expect(reproduced.invariantViolations.total).toBe(summary.invariantViolations.total);
    // Without the overrides the run is another one: the command needs them.
    const without = await simulate(command.replace(/ --set \S+/g, '').split(' '), 'without-set');
    expect(without.outcomes).not.toEqual(summary.outcomes);
  });

  it('a missing population is bad input (exit 2)', async () => {
    const r = await runInProcess(['all', '--out', join(dir, 'none'), '--population', 'nowhere.yaml']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('nowhere.yaml:1:1: no such population file (give one with --population FILE)\n');
  });
});
