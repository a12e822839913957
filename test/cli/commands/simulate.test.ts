import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const out = mkdtempSync(join(tmpdir(), 'claimsim-simulate-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function claimsim(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['cli/claimsim.js', ...args], { encoding: 'utf8' });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const SMALL = ['simulate', '--population', 'generators/populations/small.yaml', '--quiet'];

describe('claimsim simulate and merge', () => {
  it('writes summary.json and the reproduce line; the same seed twice and 1 vs 2 workers give the same bytes', () => {
    const a = claimsim(...SMALL, '--claims', '800', '--out', join(out, 'a'));
    const b = claimsim(...SMALL, '--claims', '800', '--out', join(out, 'b'), '--workers', '2');
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(a.stderr).toContain(`seed 42 · reproduce with: npx claimsim simulate --population generators/populations/small.yaml --seed 42 --claims 800 --out ${join(out, 'a')}`);
    const summary = readFileSync(join(out, 'a', 'summary.json'), 'utf8');
    expect(JSON.parse(summary)).toMatchObject({ version: 1, claims: 800, partial: false, seed: 42 });
    expect(readFileSync(join(out, 'b', 'summary.json'), 'utf8')).toBe(summary);
  });

  it('merges shards into exactly the unsharded summary', () => {
    // Three shards merged in-process: test/generators/mergeSummaries.test.ts; here the command line.
    const dirs = [1, 2].map((i) => {
      const dir = join(out, `shard${i}`);
      expect(claimsim(...SMALL, '--claims', '800', '--shard', `${i}/2`, '--out', dir).status).toBe(0);
      return dir;
    });
    const merged = claimsim('merge', ...dirs, '--out', join(out, 'merged'));
    expect(merged.status).toBe(0);
    expect(readFileSync(join(out, 'merged', 'summary.json'), 'utf8')).toBe(readFileSync(join(out, 'a', 'summary.json'), 'utf8'));
    const missing = claimsim('merge', dirs[0]!, dirs[0]!, '--out', join(out, 'merged2'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/shard 1\/2 is given twice/);
  });

  it('exits 1 on an injected fault and writes regression scenarios; the events file has one JSON line per event', () => {
    const dir = join(out, 'fault');
    const r = claimsim(...SMALL, '--claims', '300', '--inject-fault', 'timer-fires-early', '--out', dir, '--events', join(dir, 'events.ndjson'));
    expect(r.status).toBe(1);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.invariantViolations.byInvariant.I3).toBeGreaterThan(0);
    const scenario = summary.invariantViolations.examples.find((v: { scenario?: string }) => v.scenario).scenario as string;
    expect(readFileSync(join(dir, scenario), 'utf8')).toMatch(/^name: "Regression: I3 on claim C\d+"/);
    const lines = readFileSync(join(dir, 'events.ndjson'), 'utf8').trimEnd().split('\n');
    expect(lines.length).toBe(summary.events);
    const placed = JSON.parse(lines[0]!);
    expect(placed).toMatchObject({ kind: 'OrderPlaced', order: 'O0' });
    expect(placed.orderNumber).toMatch(/^\d{9}$/);
  });

  it('exits 2 with one precise line on a bad population file or option', () => {
    const bad = claimsim('simulate', '--population', 'test/generators/fixtures/misspelt.yaml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('test/generators/fixtures/misspelt.yaml:5:3: unknown key "lenght" in horizon (did you mean "length"? known keys here: start, length, arrivals)\n');
    // Each option's own messages: test/generators/run/parseRunOptions.test.ts.
    const option = claimsim(...SMALL, '--shard', '3/2');
    expect(option.status).toBe(2);
    expect(option.stderr).toBe('--shard must be i/n with 1 ≤ i ≤ n, such as 2/4, got "3/2"\n');
  });

  it('stops before the run, exit 2 and one line naming the path, when the output folder cannot be made', () => {
    const file = join(out, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = claimsim(...SMALL, '--out', join(file, 'out'));
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`claimsim: cannot mkdir ${join(file, 'out')}: a part of the path is a file, not a folder (ENOTDIR; check the path, e.g. the --out folder)`);
  });

  it('on Ctrl-C stops, writes the summary so far marked partial, and exits 130', async () => {
    const dir = join(out, 'interrupted');
    const child: ChildProcess = spawn(process.execPath, ['cli/claimsim.js', 'simulate', '--population', 'generators/populations/large.yaml', '--claims', '400000', '--quiet', '--out', dir]);
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait for the run to start (the reproduce line), then give it a moment to be mid-run.
    await new Promise<void>((resolve) => child.stderr!.on('data', () => stderr.includes('reproduce with') && resolve()));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    const code = await exited;
    expect(code).toBe(130);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.partial).toBe(true);
    expect(summary.claims).toBeGreaterThan(0);
    expect(summary.claims).toBeLessThan(400000);
    expect(stderr).toContain('"partial": true');
  });
});
