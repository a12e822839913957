import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const temp = tempDirs('claimsim-report-');
afterAll(temp.remove);

const read = (file: string): string => readFileSync(file, 'utf8');
const SIMULATE = ['simulate', '-p', 'generators/populations/small.yaml', '--claims', '400', '--quiet'];
const SWEEP = ['sweep', '-p', 'generators/populations/small.yaml', '--param', 'responseWindowDays=5,9', '--claims', '200', '--replications', '2', '--workers', '1'];

let root = '';
beforeAll(() => {
  root = temp.make();
}, 60_000);

describe('claimsim report', () => {
  it('renders a merged sweep: the parts give the files of the unsharded sweep, byte for byte', async () => {
    expect((await runInProcess([...SWEEP, '--out', join(root, 'sweep-whole')])).status).toBe(0);
    // The shards find their index as a CI job would (--shard auto, the generic convention).
    for (const i of [1, 2]) expect((await runInProcess([...SWEEP, '--shard', 'auto', '--out', join(root, 'sweep-parts')], { CLAIMSIM_SHARD: `${i}/2` })).status).toBe(0);
    const r = await runInProcess(['report', join(root, 'sweep-parts'), '--out', join(root, 'sweep-report')]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^report: .*report\.html \(\d+ charts?; also .*sweep\.json, .*sweep\.md\)\n$/);
    for (const f of ['sweep.json', 'sweep.md', 'report.html']) expect(read(join(root, 'sweep-report', f)), f).toBe(read(join(root, 'sweep-whole', f)));
  }, 90_000);

  it('renders the shards of a simulate run as the whole run, and a report JSON again', async () => {
    expect((await runInProcess([...SIMULATE, '--out', join(root, 'sim-whole')])).status).toBe(0);
    for (const i of [1, 2]) expect((await runInProcess([...SIMULATE, '--shard', `${i}/2`, '--out', join(root, `sim-${i}`)])).status).toBe(0);
    expect((await runInProcess(['report', join(root, 'sim-whole'), '--out', join(root, 'report-whole')])).status).toBe(0);
    expect((await runInProcess(['report', join(root, 'sim-2'), join(root, 'sim-1'), '--out', join(root, 'report-merged')])).status).toBe(0);
    expect(readdirSync(join(root, 'report-merged')).sort()).toEqual(['report.html', 'report.json', 'report.md', 'summary.json']);
    for (const f of ['summary.json', 'report.json', 'report.md', 'report.html']) expect(read(join(root, 'report-merged', f)), f).toBe(read(join(root, 'report-whole', f)));
    expect(read(join(root, 'report-merged', 'summary.json'))).toBe(read(join(root, 'sim-whole', 'summary.json')));
    // The report model alone renders the same page.
    expect((await runInProcess(['report', join(root, 'report-whole', 'report.json'), '--out', join(root, 'report-again')])).status).toBe(0);
    expect(read(join(root, 'report-again', 'report.html'))).toBe(read(join(root, 'report-whole', 'report.html')));
  }, 90_000);

  it('refuses, in one line, an incomplete set of shards, mixed inputs and a file claimsim did not write (exit 2)', async () => {
    const cases: [string[], RegExp][] = [
      [[join(root, 'sim-1')], /^claimsim report: shard 2\/2 of the run in .*sim-1 is missing/],
      [[join(root, 'sim-1'), join(root, 'sweep-parts')], /^claimsim report: the inputs mix summary and sweep-part files/],
      [['package.json'], /^package\.json:1:1: not a claimsim summary, part or report/],
      [['nowhere'], /^nowhere:1:1: no such file or folder/],
    ];
    for (const [inputs, message] of cases) {
      const r = await runInProcess(['report', ...inputs, '--out', join(root, 'refused')]);
      expect(r.status, inputs.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  }, 60_000);
});
