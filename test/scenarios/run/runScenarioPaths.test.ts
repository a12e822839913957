import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runScenarioPaths } from '../../../scenarios/index.js';
import { tempDirs } from '../../tempDirs.js';
import { scenarioText } from '../scenarioText.js';

const temp = tempDirs('claimsim-run-');
afterAll(temp.remove);

function folder(): string {
  const dir = temp.make();
  mkdirSync(join(dir, 'b', 'deeper'), { recursive: true });
  writeFileSync(join(dir, 'b', 'deeper', 'pass.yml'), scenarioText('  - check: { claims: { C1: { status: return_requested } } }'));
  writeFileSync(join(dir, 'a-fail.yaml'), scenarioText('  - check: { claims: { C1: { status: returning } } }'));
  writeFileSync(join(dir, 'b', 'broken.yaml'), 'name: [unclosed\n');
  writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
  return dir;
}

describe('runScenarioPaths', () => {
  it('runs every .yaml/.yml under a folder, recursively and sorted, and an invalid file does not stop the others', () => {
    const dir = folder();
    const report = runScenarioPaths([dir]);
    expect(report.scenarios.map((s) => [s.file.slice(dir.length + 1), s.status])).toEqual([
      ['a-fail.yaml', 'failed'],
      ['b/broken.yaml', 'error'],
      ['b/deeper/pass.yml', 'passed'],
    ]);
    expect([report.passed, report.failed, report.errors]).toEqual([1, 1, 1]);
    expect(report.scenarios[1]!.failures[0]!.message).toMatch(/broken\.yaml:\d+:\d+: YAML syntax error/);
  });

  it('keeps files in the order given and shows them as given', () => {
    const dir = folder();
    const report = runScenarioPaths([join(dir, 'b', 'deeper', 'pass.yml'), join(dir, 'a-fail.yaml')]);
    expect(report.scenarios.map((s) => s.file)).toEqual([join(dir, 'b', 'deeper', 'pass.yml'), join(dir, 'a-fail.yaml')]);
  });

  it('reports a path that does not exist as an input error', () => {
    const report = runScenarioPaths(['no/such/place.yaml']);
    expect(report.errors).toBe(1);
    expect(report.scenarios[0]!.failures).toEqual([{ step: 0, message: 'no/such/place.yaml:1:1: no such file or folder (check the path)' }]);
  });

  it('reports a folder with no scenario file as an input error, so a wrong path cannot pass with nothing run', () => {
    const dir = temp.make();
    writeFileSync(join(dir, 'notes.txt'), 'not a scenario');
    const report = runScenarioPaths([dir]);
    expect([report.passed, report.failed, report.errors]).toEqual([0, 0, 1]);
    expect(report.scenarios[0]!.failures[0]!.message).toBe(`${dir}:1:1: no .yaml or .yml scenario file under this folder (check the path)`);
  });

  it('numbers an input error inside the steps with its step', () => {
    const dir = temp.make();
    writeFileSync(join(dir, 'x.yaml'), scenarioText('  - { advance: { days: 1 } }\n  - { do: accept_withdrawal, claim: C9 }'));
    expect(runScenarioPaths([dir]).scenarios[0]!.failures[0]!.step).toBe(2);
  });
});

describe('runScenarioPaths: symlinked scenario files', () => {
  it('follows a link to a failing scenario, so a passing run never hides a file', () => {
    const dir = temp.make();
    const outside = temp.make();
    writeFileSync(join(outside, 'fails.yaml'), scenarioText('  - check: { claims: { C1: { status: returning } } }'));
    writeFileSync(join(dir, 'pass.yaml'), scenarioText('  - check: { claims: { C1: { status: return_requested } } }'));
    symlinkSync(join(outside, 'fails.yaml'), join(dir, 'linked.yaml'));
    const report = runScenarioPaths([dir]);
    expect(report.scenarios.map((s) => [s.file.slice(dir.length + 1), s.status])).toEqual([
      ['linked.yaml', 'failed'],
      ['pass.yaml', 'passed'],
    ]);
  });

  it('follows a link to a folder once, and lists a loop of links as skipped', () => {
    const dir = temp.make();
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'pass.yaml'), scenarioText('  - check: { claims: { C1: { status: return_requested } } }'));
    symlinkSync(dir, join(dir, 'sub', 'loop'));
    const report = runScenarioPaths([dir]);
    expect(report.scenarios.map((s) => [s.file.slice(dir.length + 1), s.status])).toEqual([
      ['sub/loop', 'error'],
      ['sub/pass.yaml', 'passed'],
    ]);
    expect(report.scenarios[0]!.failures[0]!.message).toMatch(/sub\/loop:1:1: skipped: a link back to .*a loop of links/);
  });

  it('names a broken link and a pipe with a .yaml name instead of passing over them', () => {
    const dir = temp.make();
    symlinkSync(join(dir, 'gone.yaml'), join(dir, 'broken.yaml'));
    execFileSync('mkfifo', [join(dir, 'pipe.yaml')]);
    const report = runScenarioPaths([dir]);
    expect(report.scenarios.map((s) => s.failures[0]!.message.slice(dir.length + 1))).toEqual([
      'broken.yaml:1:1: no such file (check the path)',
      'pipe.yaml:1:1: is a pipe (FIFO), not a regular file (give a file saved on disk)',
    ]);
  });
});
