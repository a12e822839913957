import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../tempDirs.js';
import { runCli } from './runCli.js';

const dirs = tempDirs('claimsim-explain-');
afterAll(dirs.remove);
const SILENCE = 'scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml';

describe('claimsim explain', () => {
  it('prints a scenario claim’s timeline and writes it as a self-contained page', () => {
    const html = join(dirs.make(), 'deep', 'C1.html');
    const r = runCli(['explain', SILENCE, '--claim', 'C1', '--html', html]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('RequestWithdrawal by the seller  [R1 R2 R4 R5 R6]');
    expect(r.stdout).toContain('WithdrawalTimedOut');
    const page = readFileSync(html, 'utf8');
    expect(page).toContain('<table>');
    expect(page).toContain('WithdrawalTimedOut');
    expect(page).not.toMatch(/<script|src=|href="http/);
  });

  it('explains a simulated claim by index or id alike', () => {
    const byIndex = runCli(['explain', '-p', 'generators/populations/small.yaml', '--claims', '200', '--claim', '7']);
    const byId = runCli(['explain', '-p', 'generators/populations/small.yaml', '--claims', '200', '--claim', 'C7']);
    expect(byIndex.status).toBe(0);
    expect(byIndex.stdout).toContain('claim C7');
    expect(byIndex.stdout).toContain('OpenClaim');
    expect(byId.stdout).toBe(byIndex.stdout);
  });

  it('exits 2 with one line on a claim the scenario or the run does not hold', () => {
    const unknown = runCli(['explain', SILENCE, '--claim', 'C9']);
    expect(unknown.status).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(unknown.stderr).toMatch(new RegExp(`^${SILENCE}:1:1: no claim C9 in this scenario \\(give --claim one of C1\\)\\n$`));
    const outOfRun = runCli(['explain', '-p', 'generators/populations/small.yaml', '--claims', '200', '--claim', '200']);
    expect(outOfRun.status).toBe(2);
    expect(outOfRun.stderr).toMatch(/^--claim 200: no such claim in this run \(give an index from 0 to 199[^\n]*\)\n$/);
    const both = runCli(['explain', SILENCE, '--claim', 'C1', '--seed', '3']);
    expect(both.status).toBe(2);
    expect(both.stderr.split('\n')).toHaveLength(2);
  });
});
