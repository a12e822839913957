import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';
import { ROOT } from './runCli.js';

const out = mkdtempSync(join(tmpdir(), 'claimsim-explore-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('claimsim explore', () => {
  it('on the defaults: the seed and budget printed, no violation, exit 0', async () => {
    const r = await runInProcess(['explore', '--out', join(out, 'clean')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('seed 1 · up to 1000 cases');
    expect(r.stdout).toContain('no invariant violated in 1000 cases');
    expect(readdirSync(join(out, 'clean'))).toEqual([]);
  });

  it('a fault of dated changes, with no --policy, is searched under its own policy with changes and found', async () => {
    const r = await runInProcess(['explore', '--inject-fault', 'kept-deadline-retimed', '--out', join(out, 'changes')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/; 2 dated changes$/m);
    expect(r.stdout).toMatch(/^I2 violated after \d+ cases?, .*although inFlightDeadlines is keep/m);
  });

  it('a fault: exit 1, a scenario written that `claimsim run` passes on the real rules, the replay line; the same seed gives the same bytes', async () => {
    const args = ['explore', '--inject-fault', 'deadline-one-day-short', '--policy', 'timezone=America/New_York', '--seed', '5'];
    const a = await runInProcess([...args, '--out', join(out, 'a')]);
    const b = await runInProcess([...args, '--out', join(out, 'b')]);
    expect(a.status).toBe(1);
    expect(a.stdout).toMatch(/^I2 violated after \d+ cases?, shrunk \d+ times to \d+ commands: /m);
    const [file] = readdirSync(join(out, 'a'));
    expect(file).toBe('explore-seed5-I2-deadline-one-day-short.yaml');
    expect(readFileSync(join(out, 'b', file!), 'utf8')).toBe(readFileSync(join(out, 'a', file!), 'utf8'));
    expect(b.stdout.replaceAll(join(out, 'b'), 'OUT')).toBe(a.stdout.replaceAll(join(out, 'a'), 'OUT'));
    expect((await runInProcess(['run', join(out, 'a', file!)])).status).toBe(0);

    const replay = /^replay with: npx claimsim (.*)$/m.exec(a.stdout)![1]!.split(' ');
    expect(replay).toContain('--path');
    const c = await runInProcess([...replay, '--out', join(out, 'c')]);
    expect(c.status).toBe(1);
    expect(c.stdout).toContain('after 1 case,');
    expect(readFileSync(join(out, 'c', file!), 'utf8')).toBe(readFileSync(join(out, 'a', file!), 'utf8'));
  });

  it('a time budget prints the --runs that reproduce the run', async () => {
    const r = await runInProcess(['explore', '--seconds', '1', '--runs', '1000000', '--out', join(out, 'timed')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^stopped by --seconds 1 after \d+ cases; reproduce with: npx claimsim explore --seed 1 --runs \d+$/m);
  });

  for (const [signal, status] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    it(`${signal} stops the search: exit ${status}, the cases that passed printed as partial with the --runs that reproduce them`, async () => {
      const child = spawn(process.execPath, ['cli/claimsim.js', 'explore', '--runs', '1000000', '--out', join(out, 'signal')], { cwd: ROOT });
      let stdout = '';
      child.stdout.setEncoding('utf8');
      const started = new Promise<void>((resolve) => child.stdout.on('data', (chunk: string) => {
        stdout += chunk;
        if (stdout.includes('boundaries:')) resolve();
      }));
      await started;
      child.kill(signal);
      const [code] = (await once(child, 'exit')) as [number | null];
      expect(code).toBe(status);
      expect(stdout).toMatch(/^interrupted after \d+ cases? with no invariant violated \(partial\); reproduce with: npx claimsim explore --seed 1 --runs \d+$/m);
    });
  }

  it('bad input: one line, exit 2', async () => {
    for (const args of [
      ['--runs', '0'],
      ['--seconds', '0'],
      ['--seed', '-1'],
      ['--path', '1:x'],
      ['--inject-fault', 'nope'],
      ['--policy', 'responseWindowDays=0'],
      ['--policy', 'no/such/policy.yaml'],
    ]) {
      const r = await runInProcess(['explore', ...args, '--out', join(out, 'bad')]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trimEnd().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
