import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SaxesParser } from 'saxes';
import { afterAll, describe, expect, it } from 'vitest';
import { scenarioText } from '../../scenarios/scenarioText.js';
import { tempDirs } from '../../tempDirs.js';

/** Runs the real binary, as CI and QA do. */
function claimsim(...args: string[]) {
  const r = spawnSync(process.execPath, ['cli/claimsim.js', 'run', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const temp = tempDirs('claimsim-cli-');
afterAll(temp.remove);
const tmp = temp.make;

describe('claimsim run', () => {
  it('runs the library: exit 0, one line per scenario', () => {
    const r = claimsim('scenarios/library');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.filter((l) => l.startsWith('PASS  scenarios/library/')).length).toBeGreaterThanOrEqual(60);
    expect(lines.at(-1)).toMatch(/^\d+ passed, 0 failed, 0 errors$/);
    expect(r.stdout).not.toContain('\u001b[');
  });

  it('exits 1 on a wrong expectation and shows the mismatch', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'wrong.yaml'), scenarioText('  - { at: 2021-07-29T10:00, do: request_withdrawal, claim: C1, message: Please. }\n  - check: { claims: { C1: { deadline: 2021-08-05 } } }'));
    const r = claimsim(join(dir, 'wrong.yaml'));
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('    step 2: claims.C1.deadline: expected 2021-08-05, got 2021-08-04');
  });

  it('exits 2 on a broken file, shows file:line:column without a stack trace, and still runs the others', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a-broken.yaml'), scenarioText('  - { at: 2021-07-21T10:00, do: request_withdrawal, claim: C1, mesage: Please. }'));
    writeFileSync(join(dir, 'b-good.yaml'), scenarioText('  - check: { claims: { C1: { status: return_requested } } }'));
    const r = claimsim(dir);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(`${join(dir, 'a-broken.yaml')}:8:64: unknown key "mesage" in steps[0] (did you mean "message"?`);
    expect(r.stdout).toContain(`PASS  ${join(dir, 'b-good.yaml')}`);
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--reporter json prints the spec shape', () => {
    const r = claimsim('scenarios/library/manual', '--reporter', 'json');
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(Object.keys(report)).toEqual(['passed', 'failed', 'errors', 'scenarios']);
    expect(report.passed).toBe(report.scenarios.length);
    expect(report.scenarios[0].file).toMatch(/^scenarios\/library\/manual\/.+\.yaml$/);
  });

  it('--reporter junit --out FILE writes valid XML for the library, and the invalid corpus exits 2', () => {
    const out = join(tmp(), 'deep', 'junit.xml');
    const r = claimsim('scenarios/library', 'scenarios/invalid', '--reporter', 'junit', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const xml = readFileSync(out, 'utf8');
    let testcases = 0;
    let errors = 0;
    const parser = new SaxesParser();
    parser.on('error', (e) => {
      throw e;
    });
    parser.on('opentag', (t) => {
      if (t.name === 'testcase') testcases++;
      if (t.name === 'error') errors++;
    });
    parser.write(xml).close();
    expect(testcases).toBeGreaterThanOrEqual(110);
    expect(errors).toBeGreaterThanOrEqual(40);
  });

  it('--help documents the options and the exit statuses; a bad reporter is an input error', () => {
    const help = claimsim('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--reporter <name>');
    expect(help.stdout).toContain('--out <file>');
    expect(help.stdout).toContain('Exit status: 0 all scenarios passed');
    expect(claimsim('scenarios/library', '--reporter', 'xml').status).toBe(2);
  });

  it('--grep with two reporters: one console log and one JUnit file with timings, of the matching scenarios only', () => {
    const junit = join(tmp(), 'junit.xml');
    const r = claimsim('scenarios/library', '--grep', 'cooldown', '--reporter', 'pretty', '--reporter', `junit:${junit}`, '--junit-time');
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n').filter((l) => l.startsWith('PASS'));
    expect(lines.length).toBeGreaterThan(0);
    for (const l of lines) expect(l.toLowerCase()).toContain('cooldown');
    const xml = readFileSync(junit, 'utf8');
    const cases = [...xml.matchAll(/<testcase [^>]*time="(\d+\.\d{3})"/g)];
    expect(cases).toHaveLength(lines.length);
    expect(xml).toMatch(/<testsuites [^>]*time="\d+\.\d{3}">/);
    // Without --junit-time the same run writes no timings.
    claimsim('scenarios/library', '--grep', 'cooldown', '--reporter', `junit:${junit}`);
    expect(readFileSync(junit, 'utf8')).not.toContain('time=');
  });

  it('--tag keeps the scenarios carrying a tag, --list names them without running; an invalid file is never filtered out', () => {
    const listed = claimsim('scenarios/library', 'scenarios/invalid/empty.yaml', '--tag', 'R12', '--list');
    expect(listed.status).toBe(2);
    const lines = listed.stdout.trim().split('\n');
    expect(lines.at(-1)).toBe('scenarios/invalid/empty.yaml (not a valid scenario)');
    for (const l of lines.slice(0, -1)) expect(l).toMatch(/^scenarios\/library\/.+\.yaml — .+ \[(.+, )?R12(, .+)?\]$/);
    const ran = claimsim('scenarios/library', '--tag', 'R12', '--reporter', 'json');
    expect(JSON.parse(ran.stdout).scenarios.map((s: { file: string }) => s.file)).toEqual(lines.slice(0, -1).map((l) => l.split(' — ')[0]));
  });

  it('a filter that keeps nothing, two reporters on standard output, a bad pattern or timings asked of a merge is bad input (exit 2, one line)', () => {
    for (const args of [['--grep', 'no-such-scenario-anywhere'], ['--reporter', 'pretty', '--reporter', 'json'], ['--grep', '('], ['--merge', '--junit-time']]) {
      const r = claimsim('scenarios/library/answer', ...args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    }
  });
});
