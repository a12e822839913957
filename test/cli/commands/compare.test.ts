import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';
import { ROOT } from './runCli.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-compare-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const SMALL = resolve(ROOT, 'generators/populations/small.yaml');

describe('claimsim compare', () => {
  it('checks the shipped impact fixture: paired differences, the transition table, exit 0', async () => {
    const out = join(dir, 'fixture');
    const r = await runInProcess(['compare', '--expect', 'reports/fixtures/window10.impact.yaml', '--workers', '1', '--out', out]);
    expect(r.stderr).not.toMatch(/Error|at .*\.ts:/);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('# Policy comparison — answer window: 7 → 10 days');
    expect(r.stdout).toMatch(/\| auto-withdrawn, no answer \| [^|]+ \| [^|]+ \| [-+±]\d+\.\d\d pp \[[^\]]+\] \| (yes|no) \|/);
    expect(r.stdout).toContain('## Per-claim transitions');
    expect(r.stdout).not.toContain('FAIL');
    const report = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(report.seeds).toEqual([42, 43, 44]);
    expect(report.transitions.claims).toBe(report.claims.reduce((a: number, b: number) => a + b, 0));
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain('data-chart="compare-difference"');
  });

  it('exits 1 when an impact leaves its range, and --update rewrites the range keeping the rest', async () => {
    const fixture = join(dir, 'moved.impact.yaml');
    writeFileSync(fixture, `# keep me\npopulation: ${SMALL}\nvariant: { responseWindowDays: 10 }\nreplications: 2\nclaims: 300\nexpect:\n  withdrawnByTimeout: { change: "+20%..+30%" } # and me\n`);
    const failed = await runInProcess(['compare', '--expect', fixture, '--workers', '1', '--out', join(dir, 'moved')]);
    expect(failed.status).toBe(1);
    expect(failed.stdout).toMatch(/FAIL auto-withdrawn, no answer \(withdrawnByTimeout\) change: .* expected \+20\.0%\.\.\+30\.0% — out of range/);
    const updated = await runInProcess(['compare', '--expect', fixture, '--update', '--workers', '1', '--out', join(dir, 'moved')]);
    expect(updated.status).toBe(0);
    const text = readFileSync(fixture, 'utf8');
    expect(text).toContain('# keep me');
    expect(text).toContain('# and me');
    expect(text).not.toContain('+20%..+30%');
    expect((await runInProcess(['compare', '--expect', fixture, '--workers', '1', '--out', join(dir, 'moved')])).status).toBe(0);
  });

  it.each([
    [['--variant', 'responseWindowDay=10', '--population', SMALL], /^--variant responseWindowDay=10: unknown policy key "responseWindowDay" \(did you mean "responseWindowDays"\?\)/],
    [['--variant', 'responseWindowDays=10', '--population', 'nowhere.yaml'], /^nowhere\.yaml:1:1: no such file/],
    [['--variant', 'ten.yaml', '--population', SMALL], /^ten\.yaml:1:1: no such policy file/],
    [['--population', SMALL], /^compare needs a variant/],
  ])('bad input %j: one line, exit 2, no stack trace', async (args, message) => {
    const r = await runInProcess(['compare', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('a bad option value is refused with the option named, exit 2', async () => {
    const r = await runInProcess(['compare', '--variant', 'responseWindowDays=10', '--population', SMALL, '--replications', '0']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^error: option '--replications <k>' argument '0' is invalid\. --replications must be a whole number from 1 to 10000, got "0" \(such as 1000 or 1e6\)\./);
  });

  it('a fixture that is not valid names its line and column', async () => {
    const fixture = join(dir, 'bad.impact.yaml');
    writeFileSync(fixture, 'variant: { responseWindowDays: 10 }\nexpect:\n  withdrawnByTimeOut: { change: "+2%..+6%" }\n');
    const r = await runInProcess(['compare', '--expect', fixture]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`${fixture}:3:3: unknown outcome "withdrawnByTimeOut" (one of withdrawnByAcceptance, withdrawnByTimeout, onHoldAtEnd, requestedAtEnd, lapsed, cancelledBySeller, completedNormally, openAtEnd)\n`);
  });

  it('runs a variant population (a file that extends the baseline) without a variant policy, and names what differs', async () => {
    const variant = join(dir, 'firmer.yaml');
    writeFileSync(variant, `extends: ${SMALL}\nname: Firmer\nbuyerProfiles:\n  - name: firm\n    weight: 9\n`);
    const out = join(dir, 'population-variant');
    const r = await runInProcess(['compare', '--population', SMALL, '--variant-population', variant, '--variant-set', 'buyerProfiles.cooperative.weight=1', '--claims', '300', '--replications', '1', '--workers', '1', '--out', out]);
    expect(r.stderr).toContain('against Firmer');
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'compare.json'), 'utf8'));
    expect(report.changes).toEqual([]);
    expect(report.variantPopulation).toBe('Firmer');
    expect(report.populationChanges.map((c: { path: string }) => c.path)).toEqual(['buyerProfiles.cooperative.weight', 'buyerProfiles.firm.weight']);
    expect(r.stdout).toMatch(/\| buyerProfiles\.firm\.weight \| \d+ \| 9 \|/);
  });

  it('a --variant-set that names no key is refused with the setting named, exit 2', async () => {
    const r = await runInProcess(['compare', '--population', SMALL, '--variant-set', 'buyerProfiles.firm.wieght=4']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^--variant-set buyerProfiles\.firm\.wieght=4: buyerProfiles\.firm has no key "wieght" \(did you mean "weight"\?/);
  });
});
