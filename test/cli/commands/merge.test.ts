import { cpSync, existsSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../tempDirs.js';
import { runCli } from './runCli.js';

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

beforeAll(() => {
  root = temp.make();
  whole = join(root, 'whole');
  const unsharded = runCli([...FAULTY, '--out', whole]);
  expect(unsharded.status).toBe(1);
  wholeCommand = reproduceCommand(unsharded.stderr);
  for (const i of [1, 2]) {
    const dir = join(root, `shard${i}`);
    const r = runCli([...FAULTY, '--shard', `${i}/2`, '--out', dir]);
    expect(r.status).toBe(1);
    shards.push({ dir, command: reproduceCommand(r.stderr) });
  }
  // Three runs of the binary: more than vitest's 10 s hook limit allows on two busy cores.
}, 60_000);

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
  it('writes the unsharded summary.json and the scenarios it names, byte for byte but for the command that found them', () => {
    const out = join(root, 'merged');
    const r = runCli(['merge', shards[0]!.dir, shards[1]!.dir, '--out', out]);
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
    const run = runCli(['run', ...paths.map((p) => join(out, p))]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain(`${paths.length} passed, 0 failed`);
  });

  it('takes a shard given as its summary.json file: the scenario paths are relative to that file’s folder', () => {
    const out = join(root, 'fromFiles');
    const r = runCli(['merge', join(shards[0]!.dir, 'summary.json'), join(shards[1]!.dir, 'summary.json'), '--out', out]);
    expect(r.status).toBe(1);
    expect(readFileSync(join(out, 'summary.json'), 'utf8')).toBe(readFileSync(join(whole, 'summary.json'), 'utf8'));
    for (const path of scenarioPaths(out)) expect(existsSync(join(out, path)), path).toBe(true);
  });

  it('a scenario a shard names but its folder lacks is one input error line (exit 2), and nothing is written', () => {
    const [one, two] = copyOfShards();
    const path = scenarioPaths(one)[0]!;
    rmSync(join(one, path));
    const out = join(root, 'missing');
    const r = runCli(['merge', one, two, '--out', out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${escape(join(one, path))}:1:1: no such file, though ${escape(join(one, 'summary.json'))} names it .*\\(give the shard's whole --out folder, regressions/ included\\)\n$`));
    expect(existsSync(out)).toBe(false);
  });

  it('two shards naming one path with different bytes is one input error line naming both files (exit 2)', () => {
    const [one, two] = copyOfShards();
    const [taken] = scenarioPaths(one);
    const [own] = scenarioPaths(two);
    // Shard 2 names shard 1's path for one of its own scenarios, with its own bytes there.
    const summary = join(two, 'summary.json');
    writeFileSync(summary, readFileSync(summary, 'utf8').replaceAll(JSON.stringify(own), JSON.stringify(taken)));
    cpSync(join(two, own!), join(two, taken!));
    const r = runCli(['merge', one, two, '--out', join(root, 'conflict')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${escape(join(two, taken!))}:\\d+:\\d+: differs from ${escape(join(one, taken!))}, .*\\)\n$`));
    // The line given is the first where the two files differ.
    const [line] = /:(\d+):\d+: /.exec(r.stderr)!.slice(1);
    const a = readFileSync(join(one, taken!), 'utf8').split('\n');
    const b = readFileSync(join(two, taken!), 'utf8').split('\n');
    expect(a.slice(0, Number(line) - 1)).toEqual(b.slice(0, Number(line) - 1));
    expect(a[Number(line) - 1]).not.toBe(b[Number(line) - 1]);
  });

  it('a scenario path outside the shard folder is an input error at its place in summary.json (exit 2)', () => {
    const [one, two] = copyOfShards();
    const [own] = scenarioPaths(two);
    const summary = join(two, 'summary.json');
    const text = readFileSync(summary, 'utf8').replace(JSON.stringify(own), JSON.stringify(`../${own}`));
    writeFileSync(summary, text);
    const lines = text.split('\n');
    const line = lines.findIndex((l) => l.includes(`"../${own}"`)) + 1;
    const column = lines[line - 1]!.indexOf(`"../${own}"`) + 1;
    const r = runCli(['merge', one, two, '--out', join(root, 'outside')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^${escape(summary)}:${line}:${column}: the scenario "\\.\\./${escape(own!)}" of \\w+ on C\\d+ is not inside the shard's folder \\(.*\\)\n$`));
  });
});

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
