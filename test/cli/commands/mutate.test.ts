import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RULE_MUTANTS } from '../../../engine/mutants/index.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const mutate = (...args: string[]) => runInProcess(['mutate', ...args], { NO_COLOR: '1' });

const temp = tempDirs('claimsim-mutate-');
afterAll(temp.remove);

/** One library scenario: it kills the empty-message mutant and leaves most others alive. */
const SMALL = 'scenarios/library/request/R4-message-required.yaml';

describe('claimsim mutate', () => {
  it('kills every mutant of the catalogue with scenarios/library: exit 0 at the default threshold of 100%', async () => {
    const r = await mutate('scenarios/library', '--reporter', 'json');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const m = JSON.parse(r.stdout) as { killed: number; total: number; score: number; partial: boolean; excluded: unknown[]; mutants: { name: string; killedBy: string[] }[] };
    expect(m.total).toBe(RULE_MUTANTS.length);
    expect(m.mutants.filter((x) => x.killedBy.length === 0).map((x) => x.name)).toEqual([]);
    expect(m).toMatchObject({ killed: RULE_MUTANTS.length, score: 100, partial: false, excluded: [] });
  });

  it('on a small suite shows a survivor with its rule and suggested scenario, and exits 1 under the threshold', async () => {
    const r = await mutate(SMALL);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^KILLED +request-message-not-required +\[R4\] by 1: R4-message-required$/m);
    const lapse = RULE_MUTANTS.find((m) => m.name === 'lapse-ignored')!;
    expect(r.stdout).toMatch(/^SURVIVED lapse-ignored +\[R16\]$/m);
    expect(r.stdout).toContain(`  lapse-ignored [R16]: ${lapse.description}\n    suggested scenario: ${lapse.suggestedScenario}\n`);
    const score = /^mutation score ([\d.]+)%: (\d+) of (\d+) mutants killed by 1 scenarios$/m.exec(r.stdout);
    expect(score).not.toBeNull();
    expect(Number(score![3])).toBe(RULE_MUTANTS.length);
    expect(Number(score![1])).toBeLessThan(100);
  });

  it('exits 0 when the score reaches --threshold, and 1 just above it', async () => {
    const json = JSON.parse((await mutate(SMALL, '--reporter', 'json')).stdout) as { score: number };
    expect((await mutate(SMALL, '--threshold', String(json.score))).status).toBe(0);
    expect((await mutate(SMALL, '--threshold', String(json.score + 0.1))).status).toBe(1);
  });

  it('writes the same bytes twice, to --out as Markdown', async () => {
    const dir = temp.make();
    const out = join(dir, 'deep', 'mutation.md');
    const a = await mutate(SMALL, '--reporter', 'markdown', '--out', out, '--threshold', '0');
    expect(a.status).toBe(0);
    expect(a.stdout).toBe('');
    expect(a.stderr).toMatch(/^mutation score [\d.]+% \(\d+\/\d+\) · kill matrix written to /);
    const first = readFileSync(out, 'utf8');
    expect(first).toMatch(/^# Mutation score: [\d.]+%\n/);
    expect(first).toContain('| `request-message-not-required` | R4 | R4-message-required |');
    expect(first).toContain('| `lapse-ignored` | R16 | **survived** |');
    (await mutate(SMALL, '--reporter', 'markdown', '--out', out, '--threshold', '0'));
    expect(readFileSync(out, 'utf8')).toBe(first);
  });

  it('lists a scenario that fails on the real rules as excluded, and counts it for nothing', async () => {
    const dir = temp.make();
    const bad = join(dir, 'wrong-deadline.yaml');
    writeFileSync(
      bad,
      [
        'name: a wrong expectation',
        'start: 2021-07-20T09:00',
        'orders: [{ id: O1, seller: S1, buyer: B1 }]',
        'claims: [{ id: C1, order: O1, type: return }]',
        'steps:',
        '  - { at: 2021-07-21T10:00, do: request_withdrawal, claim: C1, message: Please withdraw. }',
        '  - check: { claims: { C1: { deadline: 2021-07-28 } } }',
        '',
      ].join('\n'),
    );
    const r = await mutate(bad, SMALL, '--threshold', '0');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`EXCLUDED ${bad} — fails on the real rules: step 2: claims.C1.deadline: expected 2021-07-28, got 2021-07-27`);
    expect(r.stdout).toMatch(/killed by 1 scenarios \(1 excluded\)$/m);
  });

  it.each([
    [['--threshold', '101'], /^--threshold 101: not a percentage from 0 to 100/],
    [['--threshold', 'most'], /^--threshold most: not a percentage from 0 to 100/],
    [['--reporter', 'junit'], /^--reporter junit: unknown reporter \(use pretty, json or markdown\)/],
  ])('refuses %j in one line, exit 2', async (args, message) => {
    const r = await mutate(SMALL, ...args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('refuses a path that names nothing, and a file that is not a scenario, exit 2', async () => {
    expect((await mutate('no/such/folder')).stderr).toBe('no/such/folder: no such file or folder (give scenario files or folders of them)\n');
    const dir = temp.make();
    const broken = join(dir, 'broken.yaml');
    writeFileSync(broken, 'name: broken\nstart: 2021-07-20T09:00\nsteps: 3\n');
    const r = await mutate(broken);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${broken.replaceAll('.', '\\.')}:\\d+:\\d+: `));
  });
});
