import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signalledAfter as interrupted } from './signalledAfter.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-grid-signal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DEFAULT = 'generators/populations/default.yaml';

const readJson = (file: string) => JSON.parse(readFileSync(file, 'utf8'));

/** `"interrupted"` of a partial report: per unit, what was complete and what was not. */
interface Completion {
  unit: string;
  total: number;
  complete: number[];
  notComplete: number[];
}

function expectSplit(c: Completion, unit: string, total: number): void {
  expect(c.unit).toBe(unit);
  expect(c.total).toBe(total);
  expect([...c.complete, ...c.notComplete].sort((a, b) => a - b)).toEqual(Array.from({ length: total }, (_, i) => i + 1));
}

describe('compare, sweep and all, interrupted: the complete work is written, marked partial', () => {
  it('compare on SIGINT: exit 130, the report holds the complete replications only and says which', async () => {
    const out = join(dir, 'compare');
    const r = await interrupted(['compare', '-p', DEFAULT, '--variant', 'responseWindowDays=10', '--replications', '40', '--workers', '2', '--out', out], 'compare: replication complete', 'SIGINT');
    expect(r.status).toBe(130);
    const report = readJson(join(out, 'compare.json'));
    expect(report.partial).toBe(true);
    expectSplit(report.interrupted[0], 'replications', 40);
    const complete: number[] = report.interrupted[0].complete;
    expect(complete.length).toBeGreaterThan(0);
    expect(complete.length).toBeLessThan(40);
    // The replications in the report are the complete ones: replication n ran under seed base + n − 1.
    expect(report.seeds).toEqual(complete.map((n) => 20240401 + n - 1));
    expect(readFileSync(join(out, 'compare.md'), 'utf8')).toContain(`partial (interrupted): ${complete.length} of 40 replications complete`);
    expect(readFileSync(join(out, 'report.html'), 'utf8')).toContain(`partial (interrupted): ${complete.length} of 40 replications complete`);
    expect(r.stderr).toMatch(new RegExp(`^interrupted: ${complete.length} of 40 replications complete .*"partial": true\\)$`, 'm'));
  });

  it('compare --shard on SIGTERM: exit 143, and no part (merge would take a short part as whole)', async () => {
    const out = join(dir, 'compare-shard');
    const r = await interrupted(['compare', '-p', DEFAULT, '--variant', 'responseWindowDays=10', '--replications', '40', '--workers', '2', '--shard', '1/2', '--out', out], 'compare: replication complete', 'SIGTERM');
    expect(r.status).toBe(143);
    expect(existsSync(join(out, 'compare-part-1-of-2.json'))).toBe(false);
    expect(r.stderr).toMatch(/^interrupted: \d+ of 20 replications complete .*none was written \(run the shard again\)$/m);
  });

  it('sweep on SIGTERM: exit 143, the report holds the complete grid points only', async () => {
    const out = join(dir, 'sweep');
    const r = await interrupted(['sweep', '-p', DEFAULT, '--param', 'responseWindowDays=3..20', '--replications', '2', '--workers', '2', '--out', out], 'sweep: grid point complete', 'SIGTERM');
    expect(r.status).toBe(143);
    const report = readJson(join(out, 'sweep.json'));
    expect(report.partial).toBe(true);
    expectSplit(report.interrupted[0], 'grid points', 18);
    const complete: number[] = report.interrupted[0].complete;
    expect(complete.length).toBeGreaterThan(0);
    expect(complete.length).toBeLessThan(18);
    expect(report.points.map((p: { params: { responseWindowDays: number } }) => p.params.responseWindowDays)).toEqual(complete.map((n) => 3 + n - 1));
    expect(readFileSync(join(out, 'sweep.md'), 'utf8')).toContain(`of 18 grid points complete`);
  });

  it('all on SIGINT: exit 130, the scenarios that ran and the complete replications are reported, marked partial', async () => {
    const out = join(dir, 'all');
    const r = await interrupted(['all', '--replications', '12', '--workers', '2', '--out', out], 'all: replication complete', 'SIGINT');
    expect(r.status).toBe(130);
    const report = readJson(join(out, 'report.json'));
    expect(report.partial).toBe(true);
    const [files, replications] = report.interrupted as Completion[];
    expectSplit(files!, 'scenario files', files!.total);
    expectSplit(replications!, 'replications', 12);
    expect(replications!.complete.length).toBeGreaterThan(0);
    expect(replications!.complete.length).toBeLessThan(12);
    expect(report.simulation.seeds).toHaveLength(replications!.complete.length);
    expect(report.scenarios.total).toBeGreaterThanOrEqual(files!.complete.length);
    // summary.json is the first replication's, written only when that one ran to the end.
    const first = join(out, 'summary.json');
    if (replications!.complete.includes(1)) {
      const summary = readJson(first);
      expect(summary.seed).toBe(20240401);
      expect(summary.partial).toBe(false);
    } else expect(existsSync(first)).toBe(false);
    expect(r.stdout).toMatch(/^scenarios: \d+ passed, 0 failed, 0 not valid$/m);
    expect(r.stderr).toMatch(/^interrupted: \d+ of \d+ scenario files complete.*; \d+ of 12 replications complete/m);
  });
});
