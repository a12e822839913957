import { cpSync, existsSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const temp = tempDirs('claimsim-merge-');
afterAll(temp.remove);

const FAULTY = ['simulate', '--population', 'generators/populations/small.yaml', '--claims', '300', '--inject-fault', 'timer-fires-early', '--quiet'];

interface Example {
  invariant: string;
  claim: string;
  scenario?: string;
}

/** The command a run printed to reproduce itself (its regression scenarios say they were found by it). */
function reproduceCommand(stderr: string): string {
  const m = /reproduce with: (.*)\n/.exec(stderr);
  if (!m) throw new Error(`no reproduce line in ${stderr}`);
  return m[1]!;
}

const scenarioPaths = (dir: string): string[] => {
  const examples = (JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8')) as { invariantViolations: { examples: Example[] } }).invariantViolations.examples;
  return [...new Set(examples.flatMap((v) => (v.scenario ? [v.scenario] : [])))];
};

let root = '';
let whole = '';
let wholeCommand = '';
const shards: { dir: string; command: string }[] = [];

beforeAll(async () => {
  root = temp.make();
  whole = join(root, 'whole');
  const unsharded = await runInProcess([...FAULTY, '--out', whole]);
  expect(unsharded.status).toBe(1);
  wholeCommand = reproduceCommand(unsharded.stderr);
  for (const i of [1, 2]) {
    const dir = join(root, `shard${i}`);
    const r = await runInProcess([...FAULTY, '--shard', `${i}/2`, '--out', dir]);
    expect(r.status).toBe(1);
    shards.push({ dir, command: reproduceCommand(r.stderr) });
  }
});

/** A copy of both shards' folders, to break. */
function copyOfShards(): [string, string] {
  const dir = temp.make();
  const copies = shards.map((s, i) => {
    const copy = join(dir, `shard${i + 1}`);
    cpSync(s.dir, copy, { recursive: true });
    return copy;
  });
  return [copies[0]!, copies[1]!];
}

describe('claimsim merge with regression scenarios', () => {
  it('writes the unsharded summary.json and the scenarios it names, byte for byte but for the command that found them', async () => {
    const out = join(root, 'merged');
    const r = await runInProcess(['merge', shards[0]!.dir, shards[1]!.dir, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    // (a) The examples (and so which scenarios are named) do not depend on the split.
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(readFileSync(join(whole, 'summary.json'), 'utf8'));

    const paths = scenarioPaths(out);
    expect(paths.length).toBeGreaterThan(0);
    const shardTotal = new Set(shards.flatMap((s) => scenarioPaths(s.dir))).size;
    expect(shardTotal).toBeGreaterThan(paths.length); // each shard keeps its own first examples
    expect(r.stdout).toBe(`merged 2 summaries (300 claims) into ${join(out, 'summary.json')}; copied ${paths.length} of the shards' ${shardTotal} regression scenarios into ${out}\n`);
    // OUT holds what the unsharded run wrote: the same files ...
    expect(readdirSync(join(out, 'regressions')).sort()).toEqual(readdirSync(join(whole, 'regressions')).sort());
    // (b) ... each the unsharded run's bytes, but for the run named in its description
    // (the shard's command, with --shard and its --out).
    for (const path of paths) {
      const copied = readFileSync(join(out, path), 'utf8');
      const finder = shards.find((s) => existsSync(join(s.dir, path)) && copied.includes(s.command));
      expect(finder, path).toBeDefined();
      expect(copied).toBe(readFileSync(join(finder!.dir, path), 'utf8'));
      expect(copied).toBe(readFileSync(join(whole, path), 'utf8').replace(wholeCommand, finder!.command));
    }
    // (c) Each copied scenario holds on the real rules.
    const run = await runInProcess(['run', ...paths.map((p) => join(out, p))]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${paths.length} passed, 0 failed`);
  });

  it('takes a shard given as its summary.json file: the scenario paths are relative to that file’s folder', async () => {
    const out = join(root, 'fromFiles');
    const r = await runInProcess(['merge', join(shards[0]!.dir, 'summary.json'), join(shards[1]!.dir, 'summary.json'), '--out', out]);
    expect(r.status).toBe(1);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(readFileSync(join(whole, 'summary.json'), 'utf8'));
    for (const path of scenarioPaths(out)) expect(existsSync(join(out, path)), path).toBe(true);
  });

  it('a scenario a shard names but its folder lacks is one input error line (exit 2), and nothing is written', async () => {
    const [one, two] = copyOfShards();
    const path = scenarioPaths(one)[0]!;
    rmSync(join(one, path));
    const out = join(root, 'missing');
    const r = await runInProcess(['merge', one, two, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${escape(join(one, path))}:1:1: no such file, though ${escape(join(one, 'summary.json'))} names it .*\\(give the shard's whole --out folder, regressions/ included\\)\n$`));
    expect(existsSync(out)).toBe(false);
  });

  it('two shards naming one path with different bytes is one input error line naming both files (exit 2)', async () => {
    const [one, two] = copyOfShards();
    const [taken] = scenarioPaths(one);
    const [own] = scenarioPaths(two);
    // Shard 2 names shard 1's path for one of its own scenarios, with its own bytes there.
    const summary = join(two, 'summary.json');
    writeFileSync(summary, readFileSync(summary, 'utf8').replaceAll(JSON.stringify(own), JSON.stringify(taken)));
    cpSync(join(two, own!), join(two, taken!));
    const r = await runInProcess(['merge', one, two, '--out', join(root, 'conflict')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${escape(join(two, taken!))}:\\d+:\\d+: differs from ${escape(join(one, taken!))}, .*\\)\n$`));
    // The line given is the first where the two files differ.
    const [line] = /:(\d+):\d+: /.exec(r.stderr)!.slice(1);
    const a = readFileSync(join(one, taken!), 'utf8').split('\n');
    const b = readFileSync(join(two, taken!), 'utf8').split('\n');
    expect(a.slice(0, Number(line) - 1)).toEqual(b.slice(0, Number(line) - 1));
    expect(a[Number(line) - 1]).not.toBe(b[Number(line) - 1]);
  });

  it('a scenario path outside the shard folder is an input error at its place in summary.json (exit 2)', async () => {
    const [one, two] = copyOfShards();
    const [own] = scenarioPaths(two);
    const summary = join(two, 'summary.json');
    const text = readFileSync(summary, 'utf8').replace(JSON.stringify(own), JSON.stringify(`../${own}`));
    writeFileSync(summary, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(`"../${own}"`)) + 1;
    const column = lines[line - 1]!.indexOf(`"../${own}"`) + 1;
    const r = await runInProcess(['merge', one, two, '--out', join(root, 'outside')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${escape(summary)}:${line}:${column}: the scenario "\\.\\./${escape(own!)}" of \\w+ on C\\d+ is not inside the shard's folder \\(.*\\)\n$`));
  });
});

describe('merge trusts nothing', () => {
  /** merge of the two shards after `change` was applied to the copy of shard 2; its status and its one line. */
  async function mergeChanged(change: (two: string) => void): Promise<{ status: number | null; line: string; lines: number; out: string }> {
    const [one, two] = copyOfShards();
    change(two);
    const out = join(root, `trust-${Math.random().toString(36).slice(2)}`);
    const r = await runInProcess(['merge', one, two, '--out', out]);
    return { status: r.status, line: r.stderr.trimEnd(), lines: r.stderr.trimEnd().split('\n').length, out };
  }
  const editSummary = (edit: (s: Record<string, unknown>) => void) => (two: string) => {
    const file = join(two, 'summary.json');
    const s = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    edit(s);
    writeFileSync(file, `${JSON.stringify(s, null, 2)}\n`);
  };
  const outcomes = (s: Record<string, unknown>) => s.outcomes as Record<string, unknown>;

  it.each([
    ['a count written as a string', editSummary((s) => (s.requests = '12')), /summary\.json:\d+:\d+: requests: .*expected number/],
    ['outcomes that exceed the claims', editSummary((s) => (outcomes(s).completedNormally = 10_000)), /summary\.json:\d+:\d+: outcomes: add up to \d+, not the 150 claims/],
    ['1e308', editSummary((s) => (s.events = 1e308)), /summary\.json:\d+:\d+: events: .*(too big|<=)/],
    ['a negative count', editSummary((s) => (s.memos = -1)), /summary\.json:\d+:\d+: memos: .*(too small|>=)/],
    ['a non-integer count', editSummary((s) => (s.memos = 0.5)), /summary\.json:\d+:\d+: memos: .*expected int/],
    ['a broken histogram', editSummary((s) => ((s.timeToResolution as Record<string, { counts: number[] }>).completedNormally!.counts.push(3))), /summary\.json:\d+:\d+: timeToResolution\.completedNormally\.edges: has \d+ edges for \d+ bins/],
    ['an impossible policy', editSummary((s) => ((s.policy as Record<string, unknown>).responseWindowDays = 0)), /summary\.json:\d+:\d+: policy\.responseWindowDays: responseWindowDays must be a whole number from 1 to 3650, got 0/],
    ['a missing field', editSummary((s) => delete s.invariantViolations), /summary\.json:\d+:\d+: invariantViolations: .*expected object/],
    ['a changed figure', editSummary((s) => ((s.timeToResolution as Record<string, { mean: number }>).completedNormally!.mean += 1)), /summary\.json:\d+:\d+: the summary's figures do not follow from its counts here/],
    ['NaN', (two: string) => writeFileSync(join(two, 'summary.json'), readFileSync(join(two, 'summary.json'), 'utf8').replace(/"memos": \d+/, '"memos": NaN')), /summary\.json:\d+:\d+: not JSON/],
    ['an Infinity key', editSummary((s) => ((s.reRequests as Record<string, number>).Infinity = 0)), /summary\.json:\d+:\d+: reRequests\.Infinity: /],
    ['a missing run.json', (two: string) => rmSync(join(two, 'run.json')), /run\.json:1:1: no such file \(.*run\.json records which run the summary is of\)/],
    ['a summary that is a link to a file outside', (two: string) => {
      const outside = join(root, `outside-${Math.random().toString(36).slice(2)}.json`);
      cpSync(join(two, 'summary.json'), outside);
      rmSync(join(two, 'summary.json'));
      symlinkSync(outside, join(two, 'summary.json'));
    }, /summary\.json:1:1: is a symbolic link; merge reads only files claimsim simulate wrote inside the shard's folder/],
    ['a regression scenario that is a link', (two: string) => {
      const [own] = scenarioPaths(two);
      rmSync(join(two, own!));
      symlinkSync('/etc/hostname', join(two, own!));
    }, /\.yaml:1:1: is a symbolic link/],
    ['a regressions folder that is a link', (two: string) => {
      const away = join(root, `away-${Math.random().toString(36).slice(2)}`);
      cpSync(join(two, 'regressions'), away, { recursive: true });
      rmSync(join(two, 'regressions'), { recursive: true });
      symlinkSync(away, join(two, 'regressions'));
    }, /regressions:1:1: is a symbolic link/],
  ])('refuses %s: exit 2, one line naming the file, nothing written', async (_what, change, message) => {
    const r = await mergeChanged(change);
    expect(r.status).toBe(2);
    expect(r.lines).toBe(1);
    expect(r.line).toMatch(message);
    expect(r.line).not.toMatch(/Cannot read properties|internal error/);
    expect(existsSync(r.out)).toBe(false);
  });

  it('refuses a single shard of a set, which is not the whole run', async () => {
    const r = await runInProcess(['merge', shards[0]!.dir, '--out', join(root, 'single')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimsim merge: shard 2/2 of the run in ${shards[0]!.dir} is missing (merge every shard of the run; a part of a set is not the whole run)\n`);
  });

  it('refuses shards of different runs: another --claims, a faulted shard with a clean one', async () => {
    const dir = temp.make();
    const other = await runInProcess([...FAULTY.map((a) => (a === '300' ? '302' : a)), '--shard', '2/2', '--out', join(dir, 'claims')]);
    expect(other.status).toBe(1);
    const clean = await runInProcess([...FAULTY.slice(0, -3), '--quiet', '--shard', '2/2', '--out', join(dir, 'clean')]);
    expect(clean.status).toBe(0);
    const claims = await runInProcess(['merge', shards[0]!.dir, join(dir, 'claims'), '--out', join(dir, 'm1')]);
    expect(claims.status).toBe(2);
    expect(claims.stderr).toMatch(new RegExp(`^${escape(join(dir, 'claims', 'run.json'))}:\\d+:\\d+: is of another run than .*: claims 302 vs 300`));
    const faulted = await runInProcess(['merge', shards[0]!.dir, join(dir, 'clean'), '--out', join(dir, 'm2')]);
    expect(faulted.status).toBe(2);
    expect(faulted.stderr).toMatch(/run\.json:\d+:\d+: is of another run than .*: fault null vs "timer-fires-early"/);
  });

  it('refuses an --out that is an input, and leaves the input as it was', async () => {
    const [one, two] = copyOfShards();
    const before = readFileSync(join(one, 'summary.json'), 'utf8');
    const r = await runInProcess(['merge', one, two, '--out', one]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`claimsim merge: --out ${one} is the input ${one}; give --out a folder apart from the shards (merging there would overwrite an input)\n`);
    expect(readFileSync(join(one, 'summary.json'), 'utf8')).toBe(before);
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
