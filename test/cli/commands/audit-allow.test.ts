import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { AllowedAudit } from '../../../claimlog/allow/AllowList.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-audit-allow-');
afterAll(dirs.remove);

/** C-1001 violates R10, R3 and I3 (a missing auto-withdrawal); C-1002 conforms. */
const LOG = 'examples/logs/missing-auto-withdrawal.ndjson';

function allowFile(expires: string, claims = 'C-10*', rules = ['R10', 'R3', 'I3']): string {
  const file = join(dirs.make(), 'allow.yaml');
  const entries = rules.map((rule) => `- { rule: ${rule}, claims: "${claims}", reason: "batch outage 2024-08-11 (OPS-12)", expires: ${expires} }`);
  writeFileSync(file, `${[...entries, '- { rule: R12, claims: "C-9*", reason: "never met", expires: 2030-01-01 }'].join('\n')}\n`);
  return file;
}

async function audit(args: readonly string[]): Promise<{ status: number | null; stdout: string; stderr: string; out: string; json: AllowedAudit }> {
  const out = dirs.make();
  const r = await runInProcess(['audit', LOG, ...args, '--out', out]);
  return { ...r, out, json: JSON.parse(readFileSync(join(out, 'audit.json'), 'utf8')) as AllowedAudit };
}

describe('claimsim audit --allow FILE', () => {
  it('an entry expiring on --today allows the claim: exit 0, reported apart in every report, a skipped JUnit case with the reason', async () => {
    const allow = allowFile('2024-09-01');
    const { status, stdout, stderr, out, json } = await audit(['--allow', allow, '--today', '2024-09-01']);
    expect(status).toBe(0);
    expect(json.verdicts).toEqual({ conforms: 1, violates: 0, unknown: 0 });
    expect(json.violating).toEqual([]);
    expect(json.violationsByRule).toEqual({});
    expect(json.allowed!.today).toBe('2024-09-01');
    expect(json.allowed!.claims.map((c) => [c.claim, c.allowedBy.map((e) => e.entry)])).toEqual([['C-1001', [1, 2, 3]]]);
    expect(json.allowed!.unused.map((e) => e.entry)).toEqual([4]);
    expect(stdout).toMatch(/ {2}allowed +1 {2}\(1 violating claim accepted by .*allow\.yaml \(on 2024-09-01\); 0 expired, 1 unused entry\)/);
    expect(stderr).toMatch(/allow\.yaml:4: entry 4 .* matched no violation/);
    const junit = readFileSync(join(out, 'audit.junit.xml'), 'utf8');
    expect(junit).toContain('failures="0"');
    expect(junit).toMatch(/<testcase classname="claimsim audit allowed" name="C-1001 R10, R3, I3">\s*<skipped message="accepted by [^"]*: batch outage 2024-08-11 \(OPS-12\) \(entry 1, expires 2024-09-01\)/);
    expect(junit).toContain('skipped="1"');
    expect(readFileSync(join(out, 'audit.md'), 'utf8')).toContain('## Accepted deviations (--allow)');
    expect(readFileSync(join(out, 'audit.html'), 'utf8')).toContain('<section id="allowed">');
  });

  it('an entry that expired the day before allows nothing: a warning, the claim violates, exit 1', async () => {
    const { status, stderr, json } = await audit(['--allow', allowFile('2024-08-31'), '--today', '2024-09-01']);
    expect(status).toBe(1);
    expect(json.verdicts.violates).toBe(1);
    expect(json.allowed!.claims).toEqual([]);
    expect(json.allowed!.expired.map((e) => e.entry)).toEqual([1, 2, 3]);
    expect(stderr).toMatch(/warning: .*allow\.yaml:1: entry 1 \(R10 C-10\*, expires 2024-08-31\) expired before 2024-09-01: it allows nothing/);
  });

  it('a pattern that does not match the claim, or an entry short of one of its rules, leaves it violating', async () => {
    expect((await audit(['--allow', allowFile('2030-01-01', 'C-2*'), '--today', '2024-09-01'])).status).toBe(1);
    const partly = await audit(['--allow', allowFile('2030-01-01', 'C-1001', ['R10', 'R3']), '--today', '2024-09-01']);
    expect(partly.status).toBe(1);
    expect(partly.json.violating.map((c) => c.claim)).toEqual(['C-1001']);
  });

  it('refuses an unknown rule id, a bad --today, and --today without --allow (exit 2, one line)', async () => {
    const file = join(dirs.make(), 'allow.yaml');
    writeFileSync(file, '- { rule: R19, claims: "*", reason: x, expires: 2030-01-01 }\n');
    const r = await runInProcess(['audit', LOG, '--allow', file]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/allow\.yaml:1:\d+: rule: R19 is not a rule or invariant the audit judges/);
    const today = await runInProcess(['audit', LOG, '--allow', allowFile('2030-01-01'), '--today', '2024-13-01']);
    expect(today.status).toBe(2);
    expect(today.stderr).toContain('--today must be a date YYYY-MM-DD');
    const alone = await runInProcess(['audit', LOG, '--today', '2024-09-01']);
    expect(alone.status).toBe(2);
    expect(alone.stderr).toContain('give it with --allow FILE');
  });

  it('sharded, the parts carry the list and claimsim report applies it as the whole audit does', async () => {
    const allow = allowFile('2024-09-01');
    const whole = await audit(['--allow', allow, '--today', '2024-09-01']);
    const parts = dirs.make();
    for (const i of [1, 2]) expect((await runInProcess(['audit', LOG, '--allow', allow, '--today', '2024-09-01', '--shard', `${i}/2`, '--out', parts])).status).toBe(0);
    const merged = join(dirs.make(), 'r');
    const m = await runInProcess(['report', parts, '--out', merged]);
    expect(m.status).toBe(0);
    for (const f of ['audit.json', 'audit.md', 'audit.junit.xml']) expect(readFileSync(join(merged, f), 'utf8'), f).toBe(readFileSync(join(whole.out, f), 'utf8'));
  });
});
