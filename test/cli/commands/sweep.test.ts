import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../runInProcess.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-sweep-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const GRID = ['--population', 'generators/populations/small.yaml', '--claims', '300', '--replications', '2', '--param', 'responseWindowDays=3..5', '--param', 'maxReRequests=0,3'];

describe('claimsim sweep', () => {
  it('runs the grid, charts each parameter and says which knobs move what', async () => {
    const out = join(dir, 'whole');
    const r = await runInProcess(['sweep', ...GRID, '--workers', '2', '--out', out]);
    expect(r.stderr).not.toMatch(/Error|at .*\.ts:/);
    expect(r.status).toBe(0);
    const report = JSON.parse(readFileSync(join(out, 'sweep.json'), 'utf8'));
    expect(report.points).toHaveLength(6);
    expect(report.points[0].params).toEqual({ responseWindowDays: 3, maxReRequests: 0 });
    expect(report.knobs.map((k: { key: string }) => k.key)).toEqual(['responseWindowDays', 'maxReRequests']);
    const html = readFileSync(join(out, 'report.html'), 'utf8');
    expect(html).toContain('data-chart="sweep-responseWindowDays"');
    expect(html).toContain('data-chart="sweep-maxReRequests"');
    for (const k of report.knobs) expect(r.stdout).toContain(k.doesNothing ? `**${k.key}: this knob does nothing here**` : `**${k.key}** moves`);
  });

  it('--shard i/n and --merge give the very report of one whole run', async () => {
    const parts = join(dir, 'parts');
    for (const shard of ['1/2', '2/2']) expect((await runInProcess(['sweep', ...GRID, '--workers', '1', '--shard', shard, '--out', parts])).status).toBe(0);
    const merged = await runInProcess(['sweep', '--merge', parts, '--out', join(dir, 'merged')]);
    expect(merged.status).toBe(0);
    const whole = readFileSync(join(dir, 'whole', 'sweep.json'), 'utf8');
    expect(readFileSync(join(dir, 'merged', 'sweep.json'), 'utf8')).toBe(whole);
    const missing = await runInProcess(['sweep', '--merge', join(parts, 'sweep-part-1-of-2.json'), '--out', join(dir, 'half')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toBe('claimsim sweep --merge: shard 2/2 is missing (merge every shard of the sweep)\n');
  });

  it.each([
    [['--param', 'timezone=3..4'], /^--param timezone=3\.\.4: "timezone" cannot be swept/],
    [['--param', 'responseWindowDays=0..3'], /responseWindowDays must be a whole number from 1 to 3650, got 0/],
    [[], /^sweep needs at least one --param/],
    [['--param', 'responseWindowDays=1..100', '--param', 'rejectionCooldownDays=0..99', '--param', 'maxReRequests=0..99'], /^sweep: 100 × 100 × 100 grid points × 3 replications are 3000000 runs, over the limit of 10000 \(/],
  ])('bad input %j: one line, exit 2', async (args, message) => {
    const r = await runInProcess(['sweep', '--population', 'generators/populations/small.yaml', ...args]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
