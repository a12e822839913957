import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHARD_ENV } from '../../../cli/actions/shared/resolveShard.js';
import { tempDirs } from '../../tempDirs.js';
import { ROOT } from './runCli.js';

const temp = tempDirs('claimsim-shard-');
afterAll(temp.remove);

/** The environment of this test without any shard variable of its own (CI may set CI_NODE_INDEX). */
const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !(Object.values(SHARD_ENV) as string[]).includes(k)));

/** Runs the binary as a shard of a CI or cluster job would: the job's variables in its environment. */
function claimsim(args: readonly string[], env: Record<string, string> = {}): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, ['cli/claimsim.js', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 600_000, env: { ...clean, NO_COLOR: '1', ...env } });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** What each engine sets in shard i (1-based) of n. */
const ENGINES = {
  generic: (i: number, n: number) => ({ CLAIMSIM_SHARD: `${i}/${n}` }),
  kubernetes: (i: number, n: number) => ({ JOB_COMPLETION_INDEX: String(i - 1), CLAIMSIM_SHARD_COUNT: String(n) }),
  gitlab: (i: number, n: number) => ({ CI_NODE_INDEX: String(i), CI_NODE_TOTAL: String(n) }),
} as const;

const read = (file: string): string => readFileSync(file, 'utf8');
const SIMULATE = ['simulate', '-p', 'generators/populations/small.yaml', '--claims', '500', '--quiet'];

let root = '';
let whole = '';
beforeAll(() => {
  root = temp.make();
  whole = join(root, 'simulate-whole');
  expect(claimsim([...SIMULATE, '--out', whole]).status).toBe(0);
});

describe('--shard auto under each engine: the merged shards equal the unsharded run', () => {
  // Sweep shards under --shard auto: test/cli/commands/report.test.ts.
  it.each(Object.entries(ENGINES).map(([engine, env]) => [engine, env, 2] as const))(
    'simulate under %s (%#)',
    (engine, env, n) => {
      const dirs = Array.from({ length: n }, (_, i) => join(root, `simulate-${engine}-${i + 1}`));
      dirs.forEach((dir, i) => {
        const r = claimsim([...SIMULATE, '--shard', 'auto', '--out', dir], env(i + 1, n));
        expect(r.status, r.stderr).toBe(0);
        // The reproduce line names the shard it ran, not "auto".
        expect(r.stderr).toContain(`--shard ${i + 1}/${n}`);
      });
      const merged = join(root, `simulate-${engine}-merged`);
      expect(claimsim(['merge', ...dirs, '--out', merged]).status).toBe(0);
      expect(read(join(merged, 'summary.json'))).toBe(read(join(whole, 'summary.json')));
    },
    60_000,
  );

  it('run: the JSON reports of the shards merge into the unsharded run, in its order (Kubernetes)', () => {
    const paths = ['scenarios/library', 'scenarios/invalid'];
    const whole = claimsim(['run', ...paths, '--reporter', `json:${join(root, 'run-whole.json')}`, '--reporter', `junit:${join(root, 'run-whole.xml')}`]);
    expect(whole.status).toBe(2);
    const parts = [1, 2, 3].map((i) => join(root, `run-${i}.json`));
    parts.forEach((file, i) => expect(claimsim(['run', ...paths, '--shard', 'auto', '--reporter', `json:${file}`], ENGINES.kubernetes(i + 1, 3)).status).toBe(2));
    const shares = parts.map((f) => (JSON.parse(read(f)) as { scenarios: unknown[] }).scenarios.length);
    expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
    const merged = claimsim(['run', '--merge', ...parts.reverse(), '--reporter', `json:${join(root, 'run-merged.json')}`, '--reporter', `junit:${join(root, 'run-merged.xml')}`]);
    expect(merged.status).toBe(2);
    expect(read(join(root, 'run-merged.json'))).toBe(read(join(root, 'run-whole.json')));
    expect(read(join(root, 'run-merged.xml'))).toBe(read(join(root, 'run-whole.xml')));
    const missing = claimsim(['run', '--merge', parts[0]!, parts[1]!]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^claimsim run --merge: shard \d\/3 is missing/);
  });

  it('compare: the parts of the replications merge into the unsharded comparison (GitLab)', () => {
    const args = ['compare', '-p', 'generators/populations/small.yaml', '--variant', 'responseWindowDays=10', '--claims', '200', '--replications', '3'];
    expect(claimsim([...args, '--out', join(root, 'compare-whole')]).status).toBe(0);
    for (const i of [1, 2]) expect(claimsim([...args, '--shard', 'auto', '--out', join(root, 'compare-parts')], ENGINES.gitlab(i, 2)).status).toBe(0);
    expect(claimsim(['compare', '--merge', join(root, 'compare-parts'), '--out', join(root, 'compare-merged')]).status).toBe(0);
    for (const f of ['compare.json', 'compare.md']) expect(read(join(root, 'compare-merged', f)), f).toBe(read(join(root, 'compare-whole', f)));
  });

  it('compare with a variant population and --variant-set: the parts merge into the unsharded comparison, and only parts of one pair of populations do', () => {
    const args = ['compare', '-p', 'generators/populations/default.yaml', '--variant-population', 'generators/populations/deadline-aware.yaml', '--claims', '200', '--replications', '3'];
    const firm = (weight: number) => ['--variant-set', `buyerProfiles.firm.weight=${weight}`];
    expect(claimsim([...args, ...firm(4), '--out', join(root, 'arms-whole')]).status).toBe(0);
    for (const i of [1, 2]) expect(claimsim([...args, ...firm(4), '--shard', `${i}/2`, '--out', join(root, 'arms-parts')]).status).toBe(0);
    expect(claimsim(['compare', '--merge', join(root, 'arms-parts'), '--out', join(root, 'arms-merged')]).status).toBe(0);
    for (const f of ['compare.json', 'compare.md']) expect(read(join(root, 'arms-merged', f)), f).toBe(read(join(root, 'arms-whole', f)));
    // The report names what differs between the arms, merged as whole.
    expect(read(join(root, 'arms-merged', 'compare.md'))).toContain('weight');
    // A shard of another variant population (another --variant-set) is not of this run.
    expect(claimsim([...args, ...firm(5), '--shard', '2/2', '--out', join(root, 'arms-other')]).status).toBe(0);
    const mixed = claimsim(['compare', '--merge', join(root, 'arms-parts', 'compare-part-1-of-2.json'), join(root, 'arms-other', 'compare-part-2-of-2.json'), '--out', join(root, 'arms-mixed')]);
    expect(mixed.status).toBe(2);
    expect(mixed.stderr).toBe('claimsim compare --merge: shard 2/2 is from another run (the population, claims, policies or seeds differ)\n');
  });

  it('auto with no shard variable is one line naming what to set, exit 2', () => {
    const r = claimsim([...SIMULATE, '--shard', 'auto', '--out', join(root, 'none')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(
      '--shard auto found no shard in the environment: set CLAIMSIM_SHARD=i/n, or JOB_COMPLETION_INDEX with --shard-count N (Kubernetes), or CI_NODE_INDEX and CI_NODE_TOTAL (GitLab); or give --shard i/n\n',
    );
  });
});
