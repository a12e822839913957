import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-explain-');
afterAll(dirs.remove);
const SILENCE = 'scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml';

describe('claimsim explain', () => {
  it('prints a scenario claim’s timeline and writes it as a self-contained page', async () => {
    const html = join(dirs.make(), 'deep', 'C1.html');
    const r = await runInProcess(['explain', SILENCE, '--claim', 'C1', '--html', html]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('RequestWithdrawal by the seller  [R1 R2 R4 R5 R6]');
    expect(r.stdout).toContain('WithdrawalTimedOut');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<table>');
    expect(page).toContain('WithdrawalTimedOut');
    expect(page).not.toMatch(/<script|src=|href="http/);
  });

  it('refuses an --html page over its own input, the scenario or population file, and leaves the input as it was', async () => {
    const dir = dirs.make();
    const scenario = join(dir, 'silence.yaml');
    copyFileSync(SILENCE, scenario);
    const r = await runInProcess(['explain', scenario, '--claim', 'C1', '--html', scenario]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`--html ${scenario} is the scenario file ${scenario}, an input of this command: writing it would destroy the input (give --html another path)\n`);
    expect(readFileSync(scenario, 'utf8')).toBe(readFileSync(SILENCE, 'utf8'));
    const population = join(dir, 'small.yaml');
    copyFileSync('generators/populations/small.yaml', population);
    const p = await runInProcess(['explain', '-p', population, '--claims', '50', '--claim', 'C1', '--html', population]);
    expect(p.status).toBe(2);
    expect(p.stderr).toMatch(/^--html .* is --population .*: writing it would destroy the input/);
  });

  it('explains a simulated claim by index or id alike', async () => {
    const byIndex = await runInProcess(['explain', '-p', 'generators/populations/small.yaml', '--claims', '200', '--claim', '7']);
    const byId = await runInProcess(['explain', '-p', 'generators/populations/small.yaml', '--claims', '200', '--claim', 'C7']);
    expect(byIndex.status).toBe(0);
    expect(byIndex.stdout).toContain('claim C7');
    expect(byIndex.stdout).toContain('OpenClaim');
    expect(byId.stdout).toBe(byIndex.stdout);
  });

  it('exits 2 with one line on a claim the scenario or the run does not hold', async () => {
    const unknown = await runInProcess(['explain', SILENCE, '--claim', 'C9']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(new RegExp(`^${SILENCE}:1:1: no claim C9 in this scenario \\(give --claim one of C1\\)\\n$`));
    const outOfRun = await runInProcess(['explain', '-p', 'generators/populations/small.yaml', '--claims', '200', '--claim', '200']);
    expect(outOfRun.status).toBe(2);
    expect(outOfRun.stderr).toMatch(/^--claim 200: no such claim in this run \(give an index from 0 to 199[^\n]*\)\n$/);
    const both = await runInProcess(['explain', SILENCE, '--claim', 'C1', '--seed', '3']);
    expect(both.status).toBe(2);
    expect(both.stderr.split('\n')).toHaveLength(2);
  });

  it('takes replication 1 and says so, and --replication K re-runs replication K with seed + K − 1, as all seeds it', async () => {
    const small = ['explain', '-p', 'generators/populations/small.yaml', '--claims', '200', '--claim', 'C7'];
    const first = await runInProcess(small);
    expect(first.status).toBe(0);
    expect(first.stderr).toBe('explain: replication 1 (seed 42); in a run of several replications (claimsim all makes 3), replication K has seed 42 + K − 1: give --replication K for another\n');
    expect(first.stdout.split('\n')[0]).toBe('Small marketplace, replication 1 (seed 42), claim 7 of 200, re-run alone');
    const third = await runInProcess([...small, '--replication', '3']);
    expect(third.status).toBe(0);
    expect(third.stderr).toBe('');
    expect(third.stdout.split('\n')[0]).toBe('Small marketplace, replication 3 (seed 44), claim 7 of 200, re-run alone');
    // Replication 3 of the run seeded 42 is replication 1 of the run seeded 44: the same claim.
    const seeded = await runInProcess([...small, '--seed', '44']);
    expect(seeded.stdout.split('\n').slice(1)).toEqual(third.stdout.split('\n').slice(1));
    expect(third.stdout).not.toBe(first.stdout);
  });

  it('refuses --replication out of its range, past the last seed, or without --population (exit 2, one line)', async () => {
    const small = ['explain', '-p', 'generators/populations/small.yaml', '--claims', '50', '--claim', '7'];
    for (const k of ['0', '10001', 'two']) {
      const r = await runInProcess([...small, '--replication', k]);
      expect(r.status, k).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), k).toHaveLength(1);
      expect(r.stderr, k).toContain('--replication');
    }
    const past = await runInProcess([...small, '--seed', '4294967295', '--replication', '2']);
    expect(past.status).toBe(2);
    expect(past.stderr).toBe('--replication 2: its seed, 4294967295 + 2 − 1, is past 4294967295 (give a smaller --seed or --replication)\n');
    const scenario = await runInProcess(['explain', SILENCE, '--claim', 'C1', '--replication', '2']);
    expect(scenario.status).toBe(2);
    expect(scenario.stderr).toBe('claimsim explain: --replication goes with --population (a scenario brings its own policy and no seed)\n');
  });
});
