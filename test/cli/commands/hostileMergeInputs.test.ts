import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../../tempDirs.js';
import { type CliResult, runInProcess } from '../runInProcess.js';

/**
 * The merge paths (`compare --merge`, `sweep --merge`, `run --merge`, `report`) trust nothing
 * they read: each hostile class is one input error line naming the file, exit 2, and nothing
 * written; no pipe or device is opened, so none of these can hang.
 */
const temp = tempDirs('claimsim-hostile-merge-');
afterAll(temp.remove);

const SMALL = ['-p', 'generators/populations/small.yaml'];
const SIMULATE = ['simulate', ...SMALL, '--claims', '400', '--quiet'];
// A variant with a dated change: its report lists a change with no baseline value.
const COMPARE = ['compare', ...SMALL, '--variant', 'scenarios/policies/window-7-to-10-on-2024-04-15.yaml', '--claims', '200', '--replications', '3', '--workers', '1'];
const SWEEP = ['sweep', ...SMALL, '--param', 'responseWindowDays=5,9', '--param', 'maxReRequests=0,2', '--claims', '200', '--replications', '2', '--workers', '1'];

/** A JSON file's value, edited in place by the cases: its shape is what each case breaks. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits reach into files of every shape
type Json = any;

let root = '';
const at = (...p: string[]): string => join(root, ...p);
const read = (file: string): string => readFileSync(file, 'utf8');
const json = (file: string): Json => JSON.parse(read(file)) as Json;
const writeJson = (file: string, value: unknown): void => writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);

async function ok(args: string[], status = 0): Promise<CliResult> {
  const r = await runInProcess(args);
  expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(status);
  return r;
}

beforeAll(async () => {
  root = temp.make();
  await ok([...SIMULATE, '--out', at('whole')]);
  for (const i of [1, 2]) await ok([...SIMULATE, '--shard', `${i}/2`, '--out', at(`sim${i}`)]);
  // Shard 2 of another run (twice the claims), and of a run with a fault injected.
  await ok([...SIMULATE.map((a) => (a === '400' ? '800' : a)), '--shard', '2/2', '--out', at('sim2-of-800')]);
  await ok([...SIMULATE, '--inject-fault', 'timer-fires-early', '--shard', '2/2', '--out', at('sim2-faulted')], 1);
  await ok([...SIMULATE, '--seed', '77', '--out', at('seed77')]);
  await ok([...SIMULATE, '--seed', '78', '--set', 'sellers=21', '--out', at('seed78-other')]);
  for (const i of [1, 2]) {
    await ok([...COMPARE, '--shard', `${i}/2`, '--out', at('compare-parts')]);
    await ok([...SWEEP, '--shard', `${i}/2`, '--out', at('sweep-parts')]);
    await ok(['run', 'scenarios/library', '--tag', 'refusal-order', '--shard', `${i}/2`, '--reporter', `json:${at('run-parts', `run-${i}.json`)}`]);
  }
  await ok(['report', at('whole'), '--out', at('whole-report')]);
});

/** A copy of a fixture folder (or file's folder) to break. */
function copyOf(name: string): string {
  const copy = join(temp.make(), name);
  cpSync(at(name), copy, { recursive: true });
  return copy;
}

/** Expects one input error line matching `message`, exit 2, no stack, and `out` not written. */
function refused(r: CliResult, message: RegExp, out?: string): void {
  expect(r.status, r.stderr).toBe(2);
  expect(r.stderr.trimEnd().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(message);
  expect(r.stderr).not.toMatch(/internal error|Cannot read properties|    at /);
  if (out !== undefined) expect(existsSync(out)).toBe(false);
}

const editJson = (file: string, edit: (v: Json) => void): void => {
  const v = json(file);
  edit(v);
  writeJson(file, v);
};

describe('tampered counts', () => {
  it('compare --merge: outcomes moved between outcomes (the total kept) no longer tally with the per-claim outcomes', async () => {
    const parts = copyOf('compare-parts');
    editJson(join(parts, 'compare-part-2-of-2.json'), (p) => {
      const o = p.replications[0].baseline.outcomes;
      const [a, b] = Object.keys(o).filter((k) => o[k] > 0);
      o[a!] -= 1;
      o[b!] += 1;
    });
    const out = join(parts, '..', 'merged');
    refused(await runInProcess(['compare', '--merge', parts, '--out', out]), /compare-part-2-of-2\.json:\d+:\d+: replications\[0\]\.baseline\.\w+/, out);
  });

  it('compare --merge and report: per-claim outcomes rewritten to one outcome do not tally with the summary', async () => {
    const parts = copyOf('compare-parts');
    editJson(join(parts, 'compare-part-1-of-2.json'), (p) => {
      p.replications[0].variantOutcomes = Buffer.alloc(200, 0).toString('base64');
    });
    for (const command of [['compare', '--merge'], ['report']]) {
      const out = join(parts, '..', `out-${command[0]}`);
      refused(await runInProcess([...command, parts, '--out', out]), /compare-part-1-of-2\.json:\d+:\d+: replications\[0\]\.variantOutcomes: holds \d+ claims withdrawnByAcceptance, but the summary counts \d+/, out);
    }
  });

  it('sweep --merge: outcomes that add up to more than the claims', async () => {
    const parts = copyOf('sweep-parts');
    editJson(join(parts, 'sweep-part-1-of-2.json'), (p) => {
      p.runs[0].summary.outcomes.completedNormally += 100_000;
    });
    const out = join(parts, '..', 'merged');
    refused(await runInProcess(['sweep', '--merge', parts, '--out', out]), /sweep-part-1-of-2\.json:\d+:\d+: runs\[0\]\.summary\.outcomes: add up to \d+, not the 200 claims/, out);
  });

  it('run --merge: a passed count that is not the files that passed', async () => {
    const parts = copyOf('run-parts');
    editJson(join(parts, 'run-1.json'), (r) => {
      r.passed += 1000;
    });
    refused(await runInProcess(['run', '--merge', join(parts, 'run-1.json'), join(parts, 'run-2.json')]), /run-1\.json:\d+:\d+: passed: is \d+, but \d+ scenario files have status passed/);
  });

  it('report: a summary whose outcomes add up to 101,000 of 400 claims', async () => {
    const run = copyOf('whole');
    editJson(join(run, 'summary.json'), (s) => {
      s.outcomes.completedNormally += 100_600;
    });
    const out = join(run, '..', 'report');
    refused(await runInProcess(['report', run, '--out', out]), /summary\.json:\d+:\d+: outcomes: add up to 101000, not the 400 claims/, out);
  });

  it('report: a report model whose outcomes add up to more than its claims', async () => {
    const dir = copyOf('whole-report');
    editJson(join(dir, 'report.json'), (m) => {
      m.outcomes[0].claims += 100_000;
    });
    const out = join(dir, '..', 'again');
    refused(await runInProcess(['report', join(dir, 'report.json'), '--out', out]), /report\.json:\d+:\d+: outcomes: add up to \d+, not the 400 claims of the replications/, out);
  });
});

describe('pipes, devices and oversize files are refused before they are read', () => {
  it('a FIFO, given alone or found in a folder, is refused without opening it (no writer is ever attached)', async () => {
    const dir = temp.make();
    const fifo = (name: string): string => {
      const p = join(dir, name);
      execFileSync('mkfifo', [p]);
      return p;
    };
    const cases: [string[], RegExp][] = [
      [['compare', '--merge', fifo('compare-part-1-of-1.json')], /compare-part-1-of-1\.json:1:1: is a pipe \(FIFO\), not a regular file/],
      [['sweep', '--merge', fifo('sweep-part-1-of-1.json')], /sweep-part-1-of-1\.json:1:1: is a pipe \(FIFO\)/],
      [['run', '--merge', fifo('run.json')], /run\.json:1:1: is a pipe \(FIFO\)/],
      [['report', fifo('report.json')], /report\.json:1:1: is a pipe \(FIFO\)/],
    ];
    for (const [args, message] of cases) refused(await runInProcess([...args, '--out', join(dir, 'out')]), message, join(dir, 'out'));
    // In a folder: the part's name matches, and the pipe is still refused.
    refused(await runInProcess(['compare', '--merge', dir, '--out', join(dir, 'out')]), /compare-part-1-of-1\.json:1:1: is a pipe \(FIFO\)/);
  });

  it('/dev/zero is a character device, not a file, for every merge path', async () => {
    const out = join(temp.make(), 'out');
    for (const args of [['compare', '--merge'], ['sweep', '--merge'], ['run', '--merge'], ['report']]) {
      refused(await runInProcess([...args, '/dev/zero', '--out', out]), /^\/dev\/zero:1:1: is a character device, not a regular file/, out);
    }
  });

  it('an oversize part or summary is refused from its size, before reading (sparse files: no disk is used)', async () => {
    const dir = temp.make();
    const part = join(dir, 'compare-part-1-of-1.json');
    writeFileSync(part, '');
    truncateSync(part, 300 * 1024 * 1024);
    refused(await runInProcess(['compare', '--merge', part, '--out', join(dir, 'out')]), /compare-part-1-of-1\.json:1:1: the file is 300\.0 MiB, over the 256 MiB limit/);
    const run = copyOf('whole');
    truncateSync(join(run, 'summary.json'), 17 * 1024 * 1024);
    refused(await runInProcess(['report', run, '--out', join(dir, 'report')]), /summary\.json:1:1: the file is 17\.0 MiB, over the 16 MiB limit/);
  });
});

describe('missing and negative fields are input errors (exit 2), not internal errors', () => {
  it.each([
    ['compare-parts', 'compare-part-1-of-2.json', (p: Json) => delete p.seeds, ['compare', '--merge'], /compare-part-1-of-2\.json:1:1: seeds: .*expected array/],
    ['compare-parts', 'compare-part-1-of-2.json', (p: Json) => delete p.replications[0].variant, ['report'], /compare-part-1-of-2\.json:\d+:\d+: replications\[0\]\.variant: .*expected object/],
    ['sweep-parts', 'sweep-part-2-of-2.json', (p: Json) => (p.claims = -5), ['sweep', '--merge'], /sweep-part-2-of-2\.json:\d+:\d+: claims: .*(too small|>=)/],
    ['sweep-parts', 'sweep-part-2-of-2.json', (p: Json) => (p.runs[0].summary.memos = -1), ['report'], /sweep-part-2-of-2\.json:\d+:\d+: runs\[0\]\.summary\.memos: .*(too small|>=)/],
    ['run-parts', 'run-2.json', (r: Json) => (r.errors = -1), ['run', '--merge'], /run-2\.json:\d+:\d+: errors: .*(too small|>=)/],
    ['run-parts', 'run-2.json', (r: Json) => delete r.scenarios[0].status, ['run', '--merge'], /run-2\.json:\d+:\d+: scenarios\[0\]\.status: /],
    ['whole', 'summary.json', (s: Json) => delete s.invariantViolations, ['report'], /summary\.json:\d+:\d+: invariantViolations: .*expected object/],
    ['whole-report', 'report.json', (m: Json) => (m.counters[0].total = -3), ['report'], /report\.json:\d+:\d+: counters\[0\]\.total: .*(too small|>=)/],
    ['whole-report', 'report.json', (m: Json) => delete m.coverage, ['report'], /report\.json:\d+:\d+: coverage: .*expected object/],
  ])('%s/%s, edited, given to %s', async (fixture, file, edit, command, message) => {
    const dir = copyOf(fixture);
    editJson(join(dir, file), edit);
    const inputs = fixture === 'run-parts' ? readdirSync(dir).map((f) => join(dir, f)) : fixture === 'whole-report' ? [join(dir, file)] : [dir];
    const out = join(dir, '..', 'out');
    refused(await runInProcess([...command, ...inputs, ...(command[0] === 'run' ? [] : ['--out', out])]), message, out);
  });

  it('a file that is not JSON names its place', async () => {
    const dir = copyOf('sweep-parts');
    writeFileSync(join(dir, 'sweep-part-1-of-2.json'), '{\n  "kind": "sweep-part",\n  oops\n}\n');
    refused(await runInProcess(['sweep', '--merge', dir, '--out', join(dir, 'x')]), /sweep-part-1-of-2\.json:3:3: not JSON/);
  });
});

describe('untouched inputs still pass every check', () => {
  it('the parts of a compare with a dated change, and its compare.json rendered again, give the same files', async () => {
    const out = join(temp.make(), 'compare');
    await ok(['report', at('compare-parts'), '--out', out]);
    const again = join(temp.make(), 'again');
    await ok(['report', join(out, 'compare.json'), '--out', again]);
    for (const f of ['compare.json', 'compare.md', 'report.html']) expect(read(join(again, f)), f).toBe(read(join(out, f)));
  });

  it('the parts of a sweep of two parameters merge alike through sweep --merge and report', async () => {
    const [merged, reported] = [join(temp.make(), 'merged'), join(temp.make(), 'reported')];
    await ok(['sweep', '--merge', at('sweep-parts'), '--out', merged]);
    await ok(['report', at('sweep-parts'), '--out', reported]);
    expect(read(join(reported, 'sweep.json'))).toBe(read(join(merged, 'sweep.json')));
  });
});

describe('report refuses to mix runs', () => {
  it('shards of runs of 400 and 800 claims are not one run of 600', async () => {
    const r = await runInProcess(['report', at('sim1'), at('sim2-of-800'), '--out', join(temp.make(), 'out')]);
    refused(r, /sim2-of-800\/run\.json:\d+:\d+: is of another run than .*: claims 800 vs 400 \(give the shards i\/n of one run\)/);
  });

  it('a faulted shard is not merged with a clean one', async () => {
    refused(await runInProcess(['report', at('sim1'), at('sim2-faulted'), '--out', join(temp.make(), 'out')]), /sim2-faulted\/run\.json:\d+:\d+: is of another run than .*: fault "timer-fires-early" vs null/);
  });

  it('a lone shard of a set is missing its others', async () => {
    refused(await runInProcess(['report', at('sim1'), '--out', join(temp.make(), 'out')]), /^claimsim report: shard 2\/2 of the run in .* is missing \(give every shard of the run; a part of a set is not the whole run\)/);
  });

  it('whole runs of other populations are not replications; the same run twice is refused', async () => {
    refused(await runInProcess(['report', at('seed77'), at('seed78-other'), '--out', join(temp.make(), 'out')]), /seed78-other\/run\.json:\d+:\d+: populationHash: .* is not .*: the runs are not replications of one run/);
    refused(await runInProcess(['report', at('whole'), at('whole-report', 'summary.json'), '--out', join(temp.make(), 'out')]), /summary\.json:1:1: the run of seed \d+ is given twice/);
    const two = await ok(['report', at('whole'), at('seed77'), '--out', join(temp.make(), 'out')]);
    expect(two.stdout).toMatch(/^report: /);
  });
});

describe('report says "partial" for an interrupted run', () => {
  it('a partial shard makes the merged report partial, and the report stays partial when rendered again', async () => {
    const two = copyOf('sim2');
    const file = join(two, 'summary.json');
    writeFileSync(file, read(file).replace('"partial": false', '"partial": true'));
    const out = join(two, '..', 'report');
    const r = await ok(['report', at('sim1'), two, '--out', out]);
    expect(r.stdout).toMatch(/partial/);
    const model = json(join(out, 'report.json'));
    expect(model.partial).toBe(true);
    expect(model.interrupted).toEqual([{ unit: 'shards', total: 2, complete: [1], notComplete: [2] }]);
    expect(read(join(out, 'report.md'))).toContain('**partial (interrupted): 1 of 2 shards complete (1); not run to the end: 2**: its figures include what the unfinished ones ran before they stopped.');
    expect(read(join(out, 'report.html'))).toContain('partial (interrupted)');
    const again = join(two, '..', 'again');
    await ok(['report', join(out, 'report.json'), '--out', again]);
    expect(read(join(again, 'report.json'))).toBe(read(join(out, 'report.json')));
    expect(read(join(again, 'report.md'))).toBe(read(join(out, 'report.md')));
    expect(read(join(again, 'report.html'))).toBe(read(join(out, 'report.html')));
  });

  it('run --merge of a partial shard writes a partial report', async () => {
    const parts = copyOf('run-parts');
    editJson(join(parts, 'run-2.json'), (r) => {
      const dropped = r.scenarios.pop();
      r[dropped.status === 'error' ? 'errors' : dropped.status] -= 1;
      r.partial = true;
    });
    const merged = join(parts, 'merged.json');
    const r = await runInProcess(['run', '--merge', join(parts, 'run-1.json'), join(parts, 'run-2.json'), '--reporter', `json:${merged}`]);
    expect(r.stderr).toMatch(/^partial: a shard was interrupted/);
    expect(json(merged).partial).toBe(true);
  });
});

describe('report writes only into --out, apart from its inputs', () => {
  it('refuses an --out that is an input, holds one, or is a file input\'s folder, and leaves the inputs as they were', async () => {
    const base = temp.make();
    for (const s of ['sim1', 'sim2']) cpSync(at(s), join(base, s), { recursive: true });
    const before = read(join(base, 'sim1', 'summary.json'));
    const cases: [string[], string, RegExp][] = [
      [[join(base, 'sim1'), join(base, 'sim2')], join(base, 'sim1'), /^claimsim report: --out .*sim1 is the input .*sim1; give --out a folder apart from the inputs/],
      [[join(base, 'sim1'), join(base, 'sim2')], base, /^claimsim report: --out .* holds the input .*sim1/],
      [[join(base, 'sim1'), join(base, 'sim2')], join(base, 'sim2', 'inner'), /^claimsim report: --out .*inner is inside the input .*sim2/],
      [[join(base, 'sim1', 'summary.json'), join(base, 'sim2', 'summary.json')], join(base, 'sim1'), /^claimsim report: --out .*sim1 is the folder of the input .*summary\.json/],
    ];
    for (const [inputs, out, message] of cases) refused(await runInProcess(['report', ...inputs, '--out', out]), message);
    expect(read(join(base, 'sim1', 'summary.json'))).toBe(before);
    expect(readdirSync(join(base, 'sim1')).sort()).toEqual(readdirSync(at('sim1')).sort());
  });

  /** A suite report (as `claimsim all` writes) around the simulation report, naming `file` as its claim list. */
  function suiteReport(file: string): string {
    const dir = join(temp.make(), 'all');
    mkdirSync(dir);
    writeJson(join(dir, 'report.json'), { kind: 'suite', scenarios: null, simulation: json(at('whole-report', 'report.json')), claimList: { file, rows: 3, claims: 400 } });
    return dir;
  }

  it('copies the claim list beside a suite report into --out', async () => {
    const dir = suiteReport('claims.xlsx');
    writeFileSync(join(dir, 'claims.xlsx'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 1, 2]));
    const out = join(dir, '..', 'out');
    await ok(['report', join(dir, 'report.json'), '--out', out]);
    expect(readFileSync(join(out, 'claims.xlsx'))).toEqual(readFileSync(join(dir, 'claims.xlsx')));
  });

  it.each([
    ['../../x', /report\.json:\d+:\d+: claimList\.file: "\.\.\/\.\.\/x" is not a file inside the report's folder/],
    ['/etc/hostname', /report\.json:\d+:\d+: claimList\.file: "\/etc\/hostname" is not a file inside the report's folder/],
    ['sub/../../x.xlsx', /claimList\.file: "sub\/\.\.\/\.\.\/x\.xlsx" is not a file inside/],
  ])('refuses a claimList.file of %s: nothing is read or written outside', async (file, message) => {
    const dir = suiteReport(file);
    const outside = join(dir, '..', '..', 'x');
    writeFileSync(outside, 'secret');
    const out = join(dir, '..', 'out');
    refused(await runInProcess(['report', join(dir, 'report.json'), '--out', out]), message, out);
  });

  it('refuses a part or report model in an input folder that is a link to a file elsewhere', async () => {
    const parts = copyOf('compare-parts');
    const away = join(parts, '..', 'away.json');
    cpSync(join(parts, 'compare-part-2-of-2.json'), away);
    rmSync(join(parts, 'compare-part-2-of-2.json'));
    symlinkSync(away, join(parts, 'compare-part-2-of-2.json'));
    refused(await runInProcess(['compare', '--merge', parts, '--out', join(parts, '..', 'm')]), /compare-part-2-of-2\.json:1:1: is a symbolic link; a merge reads only the parts inside the folder it is given/);
    refused(await runInProcess(['report', parts, '--out', join(parts, '..', 'r')]), /compare-part-2-of-2\.json:1:1: is a symbolic link; report reads only files claimsim wrote inside the input's folder/);
    const models = temp.make();
    symlinkSync(at('whole-report', 'report.json'), join(models, 'report.json'));
    refused(await runInProcess(['report', models, '--out', join(models, '..', 'r')]), /report\.json:1:1: is a symbolic link; report reads only/);
  });

  it('refuses a claim list that is a link to a file outside', async () => {
    const dir = suiteReport('claims.xlsx');
    symlinkSync('/etc/hostname', join(dir, 'claims.xlsx'));
    const out = join(dir, '..', 'out');
    refused(await runInProcess(['report', join(dir, 'report.json'), '--out', out]), /claims\.xlsx:1:1: is a symbolic link; report reads only files claimsim wrote inside the input's folder/, out);
  });
});
