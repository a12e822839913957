import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { decide } from '../../../engine/index.js';
import { ruleMutantNamed } from '../../../engine/mutants/index.js';
import { loadScenarioFile, runScenario, findScenarioFiles } from '../../../scenarios/index.js';
import { liveChildren } from '../../../target/adapter/ChildTransport.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-run-target-');
afterAll(dirs.remove);

const MANUAL = 'scenarios/library/manual';
const serve = (...args: string[]): string => [`'${process.execPath}'`, 'cli/claimsim.js', 'serve', ...args].join(' ');

describe('claimsim run --target', () => {
  it('catches a served rule mutant: every scenario that kills it in process fails through the target, the divergence named, in JSON and JUnit', async () => {
    const found = findScenarioFiles(MANUAL);
    const files = 'files' in found ? found.files : [];
    const mutant = ruleMutantNamed('window-one-day-short')!;
    const killedInProcess = files.filter((f) => runScenario(loadScenarioFile(f), { decide: mutant.mutate(decide) }).status !== 'passed');
    expect(killedInProcess.length).toBeGreaterThan(0);

    const junit = join(dirs.make(), 'scenarios.xml');
    const r = await runInProcess(['run', MANUAL, '--target', serve('--mutant', 'window-one-day-short'), '--reporter', 'json', '--reporter', `junit:${junit}`]);
    expect(r.status).toBe(1);
    const json = JSON.parse(r.stdout) as { scenarios: { file: string; status: string; failures: { step: number; message: string }[] }[] };
    const failedThroughTarget = json.scenarios.filter((s) => s.status === 'failed').map((s) => s.file);
    for (const f of killedInProcess) expect(failedThroughTarget).toContain(f);
    const silence = json.scenarios.find((s) => s.file.endsWith('s1-silence-withdraws-on-8-5.yaml'))!;
    expect(silence.failures[0]).toEqual({
      step: 1,
      message:
        'divergence at request_withdrawal C1: event 1 WithdrawalRequested C1 at 2021-07-29T01:00:00.000Z: deadline expected "2021-08-04", the target said "2021-08-03"; timeoutAt expected "2021-08-04T15:00:00.000Z", the target said "2021-08-03T15:00:00.000Z"',
    });
    const xml = readFileSync(junit, 'utf8');
    expect(xml).toContain('<testsuite');
    expect(xml).toContain('divergence at request_withdrawal C1');
    expect(r.stderr).toMatch(/^target: claimsim engine with mutant window-one-day-short \(.*\): \d+ scenarios ran, 0 skipped, 0 unknown, \d+ diverged from the rules$/m);
    expect(r.stderr).toContain('diverged: scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml: step 1 (request_withdrawal C1): event 1 WithdrawalRequested C1');
    expect(liveChildren()).toBe(0);
  });

  it('the served engine passes what passes in process (exit 0)', async () => {
    const r = await runInProcess(['run', `${MANUAL}/s1-silence-withdraws-on-8-5.yaml`, '--target', serve()]);
    expect(r.stdout).toContain('1 passed, 0 failed, 0 errors');
    expect(r.stderr).toMatch(/target: claimsim engine .*: 1 scenarios ran, 0 skipped, 0 unknown, 0 diverged from the rules/);
    expect(r.status).toBe(0);
  });

  it('refuses a --target-timeout out of range and a target that does not start, in one line (exit 2)', async () => {
    const t = await runInProcess(['run', MANUAL, '--target', serve(), '--target-timeout', '0']);
    expect(t.status).toBe(2);
    expect(t.stderr.trim()).toBe('--target-timeout 0: not a time from 10ms to 10m (such as 500ms, 5s or 2m; a bare number is seconds)');
    const m = await runInProcess(['run', '--merge', 'a.json', '--target', serve()]);
    expect(m.status).toBe(2);
    expect(m.stderr).toContain('--target runs the scenarios through a target: a --merge of reports runs none');
    const n = await runInProcess(['run', MANUAL, '--target', 'no-such-claim-service --port 1']);
    expect(n.status).toBe(2);
    expect(n.stderr.trim().split('\n')).toHaveLength(1);
    expect(n.stderr).toContain('--target: no-such-claim-service --port 1: the target could not be started: ENOENT, at hello (setup)');
    expect(liveChildren()).toBe(0);
  });
});
