import { describe, expect, it } from 'vitest';
import { liveChildren } from '../../../target/adapter/ChildTransport.js';
import { runInProcess } from '../runInProcess.js';

const SMALL = 'generators/populations/small.yaml';
const serve = (...args: string[]): string => [`'${process.execPath}'`, 'cli/claimsim.js', 'serve', ...args].join(' ');

describe('claimsim simulate --target', () => {
  it('the served engine answers every command of the population as the rules do (exit 0)', async () => {
    const r = await runInProcess(['simulate', '-p', SMALL, '--claims', '60', '--target', serve()]);
    expect(r.stderr).toContain('seed 42 · reproduce with:');
    const line = /: 60 claims, (\d+) of (\d+) commands and \d+ advances sent, (\d+) events from the target, 0 divergence, 0 unknown, 0 invariant violations$/m.exec(r.stdout);
    expect(line).not.toBeNull();
    expect(line![1]).toBe(line![2]);
    expect(Number(line![3])).toBeGreaterThan(60);
    expect(r.status).toBe(0);
    expect(liveChildren()).toBe(0);
  });

  it('a served mutant: the first differing event stops the run, its claim, instant, expected and got named (exit 1)', async () => {
    const r = await runInProcess(['simulate', '-p', SMALL, '--claims', '60', '--target', serve('--mutant', 'window-one-day-short')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/, 1 divergence, 0 unknown, /);
    expect(r.stdout).toMatch(/^diverged: command RequestWithdrawal C\d+ at \d{4}-\d\d-\d\dT[\d:.]+Z: event 1 WithdrawalRequested C\d+ at [^:]+:[^:]+:[^:]+: deadline expected "(\d{4}-\d\d-\d\d)", the target said "(\d{4}-\d\d-\d\d)".*; the run stopped there$/m);
    const sent = /(\d+) of (\d+) commands/.exec(r.stdout)!;
    expect(Number(sent[1])).toBeLessThan(Number(sent[2]));
    expect(liveChildren()).toBe(0);
  });

  it('refuses more than 10^4 claims, more than one worker and the in-process outputs, each in one line (exit 2)', async () => {
    const big = await runInProcess(['simulate', '-p', SMALL, '--claims', '10001', '--target', serve()]);
    expect(big.status).toBe(2);
    expect(big.stderr.trim()).toBe('--target: 10001 claims is more than 10000; --target is for conformance, not scale (give --claims 10000 or fewer)');
    const workers = await runInProcess(['simulate', '-p', SMALL, '--claims', '50', '--workers', '2', '--target', serve()]);
    expect(workers.status).toBe(2);
    expect(workers.stderr).toContain('--workers 2: --target sends one command stream through one target, in order');
    const log = await runInProcess(['simulate', '-p', SMALL, '--claims', '50', '--log', 'x.ndjson', '--target', serve()]);
    expect(log.status).toBe(2);
    expect(log.stderr).toContain('--log writes a run in process');
    const timeout = await runInProcess(['simulate', '-p', SMALL, '--claims', '50', '--target', serve(), '--target-timeout', '0']);
    expect(timeout.status).toBe(2);
    expect(timeout.stderr).toContain('--target-timeout 0: not a time from 10ms to 10m');
    expect(liveChildren()).toBe(0);
  });
});
