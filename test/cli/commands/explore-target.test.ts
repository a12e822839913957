import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadScenarioFile, runScenario } from '../../../scenarios/index.js';
import { liveChildren } from '../../../target/adapter/ChildTransport.js';
import { tempDirs } from '../../tempDirs.js';
import { runInProcess } from '../runInProcess.js';

const dirs = tempDirs('claimsim-explore-target-');
afterAll(dirs.remove);

const serve = (...args: string[]): string => [`'${process.execPath}'`, 'cli/claimsim.js', 'serve', ...args].join(' ');

describe('claimsim explore --target', () => {
  it('the served engine: no divergence in the cases, nothing written (exit 0)', async () => {
    const out = dirs.make();
    const r = await runInProcess(['explore', '--runs', '40', '--out', out, '--target', serve()]);
    expect(r.stdout).toContain('no divergence, unknown answer or invariant violation through claimsim engine in 40 cases');
    expect(r.status).toBe(0);
    expect(readdirSync(out)).toEqual([]);
    expect(liveChildren()).toBe(0);
  });

  it('a served mutant: the divergence is shrunk and written as a scenario that passes on the rules and fails through the target (exit 1)', async () => {
    const out = dirs.make();
    const r = await runInProcess(['explore', '--runs', '300', '--out', out, '--target', serve('--mutant', 'window-one-day-short')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^diverged at command RequestWithdrawal C1 at .*: deadline expected "(\d{4}-\d\d-\d\d)", the target said "\d{4}-\d\d-\d\d"/m);
    expect(r.stdout).toMatch(/^replay with: npx claimsim explore --seed 1 --target .* --path [\d:]+$/m);
    const file = join(out, 'explore-target-seed1-divergence.yaml');
    expect(readdirSync(out)).toEqual(['explore-target-seed1-divergence.yaml']);
    expect(runScenario(loadScenarioFile(file)).status).toBe('passed');
    const through = await runInProcess(['run', file, '--target', serve('--mutant', 'window-one-day-short')]);
    expect(through.status).toBe(1);
    expect(through.stdout).toContain('0 passed, 1 failed, 0 errors');
    expect(liveChildren()).toBe(0);
  });

  it('refuses --inject-fault with --target, and a target that does not start (exit 2)', async () => {
    const f = await runInProcess(['explore', '--runs', '5', '--out', dirs.make(), '--inject-fault', 'deadline-one-day-short', '--target', serve()]);
    expect(f.status).toBe(2);
    expect(f.stderr).toContain('--inject-fault breaks the engine in process');
    const n = await runInProcess(['explore', '--runs', '5', '--out', dirs.make(), '--target', 'no-such-claim-service']);
    expect(n.status).toBe(2);
    expect(n.stderr).toContain('--target: no-such-claim-service: the target could not be started: ENOENT');
    expect(liveChildren()).toBe(0);
  });
});
