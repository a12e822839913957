import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, lstatSync, mkdirSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCK_FILE } from '../../cli/io/claimOutputFolder.js';
import { tempDirs } from '../tempDirs.js';
import { runInProcess } from './runInProcess.js';

const ROOT = resolve(import.meta.dirname, '../..');
const SMALL = join(ROOT, 'generators/populations/small.yaml');
const SCENARIO = join(ROOT, 'scenarios/library/cancel/R14-cancel-a-request.yaml');
const temp = tempDirs('claimsim-hostile-writers-');
afterAll(temp.remove);

const COMPARE = ['compare', '--variant', 'responseWindowDays=10', '--population', SMALL, '--replications', '1', '--claims', '100', '--workers', '1'];
const SWEEP = ['sweep', '--population', SMALL, '--param', 'responseWindowDays=5,7', '--replications', '1', '--claims', '100', '--workers', '1'];

/** One line on standard error, exit 2: how bad input ends. */
function expectInputError(r: { status: number | null; stderr: string }, message: RegExp): void {
  expect(r.status).toBe(2);
  expect(r.stderr.trim()).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
}

/** A folder with links planted under the names a command writes, each to a file outside it; and those files. */
function planted(names: readonly string[]): { out: string; outside: string[] } {
  const dir = temp.make();
  const out = join(dir, 'out');
  mkdirSync(out);
  const outside = names.map((name) => {
    const target = join(dir, `outside-${name}`);
    writeFileSync(target, 'keep me\n');
    symlinkSync(target, join(out, name));
    return target;
  });
  return { out, outside };
}

describe('output folders: links planted in --out are replaced, never written through', () => {
  it.each([
    ['compare', COMPARE, ['compare.json', 'compare.md', 'report.html']],
    ['sweep', SWEEP, ['sweep.json', 'sweep.md', 'report.html']],
    ['schema', ['schema'], ['scenario.schema.json', 'population.schema.json', 'policy.schema.json']],
  ] as const)('%s: the files outside keep their bytes, the folder holds plain files, and no lock is left', async (_, args, names) => {
    const { out, outside } = planted(names);
    const r = await runInProcess([...args, '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    for (const file of outside) expect(readFileSync(file, 'utf8')).toBe('keep me\n');
    for (const name of names) expect(lstatSync(join(out, name)).isFile()).toBe(true);
    expect(readdirSync(out).sort()).toEqual([...names].sort());
  });

  it.each([
    ['compare', COMPARE],
    ['sweep', SWEEP],
    ['schema', ['schema']],
  ] as const)('%s: a folder another running process writes into is refused at once, exit 2', async (_, args) => {
    const out = temp.make();
    // The parent of this test process is running, and is not this process: another run.
    writeFileSync(join(out, LOCK_FILE), `${process.ppid}\n`);
    const r = await runInProcess([...args, '--out', out]);
    // Before the run's work: the line compare and sweep print on starting, then this one.
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n').at(-1)).toBe(`claimsim: ${out} is the output folder of another run (process ${process.ppid}) still writing there; wait for it, or give --out another folder`);
    expect(readdirSync(out)).toEqual([LOCK_FILE]);
  });

  it('the shards of one run may share a folder: a shard takes no lock, and writes its part beside another running shard\'s', async () => {
    const out = temp.make();
    writeFileSync(join(out, LOCK_FILE), `${process.ppid}\n`);
    const r = await runInProcess([...COMPARE, '--shard', '1/2', '--out', out]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual([LOCK_FILE, 'compare-part-1-of-2.json']);
  });

  it('a folder standing where a report file goes is named, exit 2', async () => {
    const out = temp.make();
    mkdirSync(join(out, 'policy.schema.json'));
    const r = await runInProcess(['schema', '--out', out]);
    expectInputError(r, /^claimsim: cannot write .*policy\.schema\.json: a folder stands where the report's file goes \(remove it, or give --out another folder\)$/);
  });
});

describe('an output over the command\'s own input is refused', () => {
  it('run: a report onto a scenario file it runs, by name or through a link', async () => {
    const dir = temp.make();
    const scenario = join(dir, 'a.yaml');
    copyFileSync(SCENARIO, scenario);
    const before = readFileSync(scenario, 'utf8');
    expectInputError(await runInProcess(['run', dir, '--reporter', 'junit', '--out', scenario]), /^the junit report .*a\.yaml is the scenario file .*a\.yaml, an input of this command: writing it would destroy the input/);
    symlinkSync(scenario, join(dir, 'report.xml'));
    expectInputError(await runInProcess(['run', scenario, '--reporter', `json:${join(dir, 'report.xml')}`]), /^the json report .*report\.xml is the scenario file .*a\.yaml, an input of this command \(.*report\.xml leads to .*a\.yaml\)/);
    expect(readFileSync(scenario, 'utf8')).toBe(before);
  });

  it('mutate --out onto a scenario file', async () => {
    const dir = temp.make();
    const scenario = join(dir, 'a.yaml');
    copyFileSync(SCENARIO, scenario);
    expectInputError(await runInProcess(['mutate', dir, '--out', scenario]), /^--out .*a\.yaml is the scenario file .*a\.yaml, an input of this command/);
    expect(readFileSync(scenario, 'utf8')).toBe(readFileSync(SCENARIO, 'utf8'));
  });

  it('simulate --events onto the population file, or onto the summary it writes', async () => {
    const dir = temp.make();
    const population = join(dir, 'small.yaml');
    copyFileSync(SMALL, population);
    const args = ['simulate', '--population', population, '--claims', '50', '--workers', '1'];
    expectInputError(await runInProcess([...args, '--out', join(dir, 'out'), '--events', population]), /^--events .*small\.yaml is the population file .*small\.yaml, an input of this command/);
    expect(readFileSync(population, 'utf8')).toBe(readFileSync(SMALL, 'utf8'));
    expectInputError(await runInProcess([...args, '--out', join(dir, 'out'), '--events', join(dir, 'out', 'summary.json')]), /^--events and --out would both write .*summary\.json/);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  });
});

describe('two reports given one file are refused', () => {
  it('two reporters, a reporter and --out, or one file through a link', async () => {
    const dir = temp.make();
    const file = join(dir, 'r.txt');
    expectInputError(await runInProcess(['run', SCENARIO, '--reporter', `json:${file}`, '--reporter', `junit:${file}`]), /^--reporter json:FILE and --reporter junit:FILE would both write .*r\.txt, and one would overwrite the other \(give each its own file\)$/);
    expectInputError(await runInProcess(['run', SCENARIO, '--reporter', 'pretty', '--reporter', `junit:${file}`, '--out', file]), /^--out \(the pretty report\) and --reporter junit:FILE would both write/);
    writeFileSync(file, '');
    symlinkSync(file, join(dir, 'link.txt'));
    expectInputError(await runInProcess(['run', SCENARIO, '--reporter', `json:${file}`, '--reporter', `junit:${join(dir, 'link.txt')}`]), /one file, and one would overwrite the other/);
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('a device takes several reports (two to /dev/null)', async () => {
    expect((await runInProcess(['run', SCENARIO, '--reporter', 'json:/dev/null', '--reporter', 'junit:/dev/null'])).status).toBe(0);
  });
});

describe('run --grep: no pattern hangs a run', () => {
  it.each(['(a+)+$', '(.*.*)*x{30}'])('%s is refused at once with the rule, exit 2', async (pattern) => {
    const r = await runInProcess(['run', 'scenarios/library', '--grep', pattern]);
    expectInputError(r, /: an unbounded repeat \(\*, \+, \{n,\}\) inside a repeated group, such as \(a\+\)\+ or \(\.\*\.\*\)\*, is not taken \(write one repeat, such as a\+\): --grep matches in time proportional to the name/);
    expect(r.stderr.startsWith(`--grep ${pattern}: `)).toBe(true);
  });

  it('a pattern that hangs a backtracking matcher without nested repeats ends at once, and says what it matched', async () => {
    const r = await runInProcess(['run', 'scenarios/library', '--grep', `^(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)(a|a)x`, '--list']);
    expectInputError(r, /^no scenario under scenarios\/library matches --grep \^\(a\|a\).* \(see them all with --list\)$/);
  });

  it('a backreference or a lookahead is refused with the rule, exit 2; an ordinary pattern still selects', async () => {
    expectInputError(await runInProcess(['run', 'scenarios/library', '--grep', '(a)\\1', '--list']), /^--grep \(a\)\\1: backreferences .* are not taken: --grep matches in time proportional to the name/);
    expectInputError(await runInProcess(['run', 'scenarios/library', '--grep', 'R1(?=4)', '--list']), /^--grep R1\(\?=4\): lookahead and lookbehind .* are not taken/);
    const r = await runInProcess(['run', 'scenarios/library', '--grep', 'R14-CANCEL-A-REQ|nothing-to-cancel', '--list']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(2);
  });
});

describe('explore --path: a documented range, and signals heard', () => {
  it.each([
    ['a 23-digit index', '99999999999999999999999', /^--path 99999999999999999999999: number 1 \(999999999999…\) is out of range: each number from 0 to 999999, at most 10000 of them/],
    ['an index of 1000000', '1000000', /^--path 1000000: number 1 \(1000000\) is out of range/],
    ['a shrink step of 1000000', '0:1000000', /^--path 0:1000000: number 2 \(1000000\) is out of range/],
    ['10001 numbers', `0${':0'.repeat(10_000)}`, /^--path 0:0:0:.*…: holds 10001 numbers, more than the 10000 a path can hold/],
    ['a letter', '5:0:a', /^--path 5:0:a: must be numbers joined by colons/],
    ['3000 shrink steps past the end', `5${':0'.repeat(3000)}`, /^--path 5:0:0:.*…: leads to no case of this search \(give the path an earlier run printed, with its --seed, --policy and --inject-fault\)$/],
  ])('--path with %s: one line, exit 2', async (_, path, message) => {
    const r = await runInProcess(['explore', '--runs', '1', '--path', path, '--out', temp.make()]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('SIGTERM during a search from the largest --path ends it: exit 143, the cases that passed printed as partial', async () => {
    // A real process: a signal is what is under test. Sent once the search has begun, not after a sleep.
    const child = spawn(process.execPath, ['cli/claimsim.js', 'explore', '--path', '999999', '--runs', '1000000', '--out', temp.make()], { cwd: ROOT });
    let stdout = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const first = !stdout.includes('boundaries:');
      stdout += chunk;
      if (first && stdout.includes('boundaries:')) child.kill('SIGTERM');
    });
    const status = await new Promise<number | null>((done) => child.on('close', (code) => done(code)));
    expect(status).toBe(143);
    expect(stdout).toMatch(/^interrupted after \d+ cases? with no invariant violated \(partial\)/m);
  });
});
