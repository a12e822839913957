import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';

const out = mkdtempSync(join(tmpdir(), 'claimsim-simulate-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

/** claimsim ARGS… in this process (the binary itself is started where a signal is sent). */
const claimsim = (...args: string[]) => runInProcess(args);

const SMALL = ['simulate', '--population', 'generators/populations/small.yaml', '--quiet'];

describe('claimsim simulate and merge', () => {
  it('writes summary.json and the reproduce line; the same seed twice and 1 vs 2 workers give the same bytes', async () => {
    const a = await claimsim(...SMALL, '--claims', '800', '--out', join(out, 'a'));
    const b = await claimsim(...SMALL, '--claims', '800', '--out', join(out, 'b'), '--workers', '2');
    expect(a.status).toBe(0);
    expect(b.status).toBe(0);
    expect(a.stderr).toContain(`seed 42 · reproduce with: npx claimsim simulate --population generators/populations/small.yaml --seed 42 --claims 800 --out ${join(out, 'a')}`);
    const summary = readFileSync(join(out, 'a', 'summary.json'), 'utf8');
    expect(JSON.parse(summary)).toMatchObject({ version: 1, claims: 800, partial: false, seed: 42 });
    expect(readFileSync(join(out, 'b', 'summary.json'), 'utf8')).toBe(summary);
  });

  it('merges shards into exactly the unsharded summary', async () => {
    // Three shards merged in-process: test/generators/mergeSummaries.test.ts; here the command line.
    const dirs = [1, 2].map((i) => join(out, `shard${i}`));
    for (const [i, dir] of dirs.entries()) expect((await claimsim(...SMALL, '--claims', '800', '--shard', `${i + 1}/2`, '--out', dir)).status).toBe(0);
    const merged = await claimsim('merge', ...dirs, '--out', join(out, 'merged'));
    expect(merged.status).toBe(0);
    expect(readFileSync(join(out, 'merged', 'summary.json'), 'utf8')).toBe(readFileSync(join(out, 'a', 'summary.json'), 'utf8'));
    const missing = await claimsim('merge', dirs[0]!, dirs[0]!, '--out', join(out, 'merged2'));
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/shard 1\/2 is given twice/);
  });

  it('a fault of dated changes, with no --policy, runs under its own policy with changes and is caught (R10a, I2)', async () => {
    const dir = join(out, 'fault-changes');
    const r = await claimsim(...SMALL, '--claims', '300', '--inject-fault', 'kept-deadline-retimed', '--out', dir);
    expect(r.status).toBe(1);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.policy.changes.length).toBeGreaterThan(0);
    expect(summary.invariantViolations.byInvariant.I2).toBeGreaterThan(0);
    expect(summary.periods).toHaveLength(summary.policy.changes.length + 1);
  });

  it('exits 1 on an injected fault and writes regression scenarios; the events file has one JSON line per event', async () => {
    const dir = join(out, 'fault');
    const r = await claimsim(...SMALL, '--claims', '300', '--inject-fault', 'timer-fires-early', '--out', dir, '--events', join(dir, 'events.ndjson'));
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

  it('exits 2 with one precise line on a bad population file or option', async () => {
    const bad = await claimsim('simulate', '--population', 'test/generators/fixtures/misspelt.yaml');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('test/generators/fixtures/misspelt.yaml:5:3: unknown key "lenght" in horizon (did you mean "length"? known keys here: start, length, arrivals)\n');
    // Each option's own messages: test/generators/run/parseRunOptions.test.ts.
    const option = await claimsim(...SMALL, '--shard', '3/2');
    expect(option.status).toBe(2);
    expect(option.stderr).toBe('--shard must be i/n with 1 ≤ i ≤ n, such as 2/4, got "3/2"\n');
  });

  it('stops before the run, exit 2 and one line naming the path, when the output folder cannot be made', async () => {
    const file = join(out, 'not-a-folder');
    writeFileSync(file, 'x');
    const r = await claimsim(...SMALL, '--out', join(file, 'out'));
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe(`claimsim: cannot mkdir ${join(file, 'out')}: a part of the path is a file, not a folder (ENOTDIR; check the path, e.g. the --out folder)`);
  });

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const)('signals: on %s stops, writes the summary so far marked partial, and exits %i', async (signal, status) => {
    const dir = join(out, `interrupted-${signal}`);
    const child: ChildProcess = spawn(process.execPath, ['cli/claimsim.js', 'simulate', '--population', 'generators/populations/large.yaml', '--claims', '400000', '--quiet', '--out', dir]);
    let stderr = '';
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Wait for the run to start (the reproduce line), then give it a moment to be mid-run.
    await new Promise<void>((resolve) => child.stderr!.on('data', () => stderr.includes('reproduce with') && resolve()));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill(signal);
    const code = await exited;
    expect(code).toBe(status);
    const summary = JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
    expect(summary.partial).toBe(true);
    expect(summary.claims).toBeGreaterThan(0);
    expect(summary.claims).toBeLessThan(400000);
    expect(stderr).toContain('"partial": true');
  });
});

describe('claimsim simulate: the output folder is claimed for one run', () => {
  it('removes the regression files a previous run left, so that the folder holds only this run\'s', async () => {
    const dir = join(out, 'reused');
    mkdirSync(join(dir, 'regressions'), { recursive: true });
    writeFileSync(join(dir, 'regressions', 'I3-C000001.yaml'), 'name: left by an earlier run\n');
    const r = await claimsim(...SMALL, '--claims', '100', '--out', dir);
    expect(r.status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['run.json', 'summary.json']);
  });

  it('refuses a folder another running process is writing, and takes over a lock its process left behind', async () => {
    const dir = join(out, 'locked');
    mkdirSync(dir, { recursive: true });
    // Another process, alive while the run tries the folder (the run itself is this process).
    const other = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 600_000)'], { stdio: 'ignore' });
    try {
      writeFileSync(join(dir, '.claimsim.lock'), `${other.pid}\n`);
      const busy = await claimsim(...SMALL, '--claims', '100', '--out', dir);
      expect(busy.status).toBe(2);
      expect(busy.stderr.trimEnd().split('\n').at(-1)).toBe(`claimsim: ${dir} is the output folder of another run (process ${other.pid}) still writing there; wait for it, or give --out another folder`);
    } finally {
      other.kill('SIGKILL');
    }
    const gone = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' }).stdout;
    writeFileSync(join(dir, '.claimsim.lock'), `${gone}\n`);
    expect((await claimsim(...SMALL, '--claims', '100', '--out', dir)).status).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['run.json', 'summary.json']);
  });
});

describe('claimsim simulate: writers and sizes', () => {
  it('--events /dev/full says the path and the reason and exits 2, instead of hanging', async () => {
    const r = await claimsim(...SMALL, '--claims', '200', '--out', join(out, 'full'), '--events', '/dev/full');
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('claimsim: cannot write the events file /dev/full: no space left on the device (ENOSPC); give --events a file where there is room, or leave it out');
  });

  it('--out /dev/full names the path', async () => {
    const r = await claimsim(...SMALL, '--claims', '200', '--out', '/dev/full');
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n').at(-1)).toBe('claimsim: --out /dev/full is not a folder (give --out a folder, new or one a previous run wrote)');
  });

  it.each([
    [['--claims', '1e12'], '--claims must be a whole number from 1 to 10000000, got "1e12" (such as 1000 or 1e6)'],
    [['--claims', '1000', '--workers', '64'], /^--workers 64 is more than this run can use: at most \d+ \(the machine's \d+ cores, at least 2, and one worker per 100 claims of the run's 1000\)/],
  ])('sizes that exhaust the machine are refused up front: %j', async (args, message) => {
    const r = await claimsim(...SMALL, ...args, '--out', join(out, 'sizes'));
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr.trimEnd()).toMatch(message);
  });

  it('a run whose memory estimate is over the heap is refused with the estimate and the limit', async () => {
    const r = spawnSync(process.execPath, ['--max-old-space-size=64', 'cli/claimsim.js', ...SMALL, '--claims', '1e6', '--workers', '1', '--out', join(out, 'heap')], { encoding: 'utf8' });
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd()).toMatch(/^claimsim simulate: the run needs about 382 MiB of memory for 1000000 claims \(400 B each\), over the \d+ MiB this process may use \(three quarters of its \d+ MiB heap\)/);
  });
});
