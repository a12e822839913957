import { afterAll, describe, expect, it } from 'vitest';
import { liveChildren } from '../../target/adapter/ChildTransport.js';
import { runInProcess } from '../cli/runInProcess.js';

const MANUAL = 'scenarios/library/manual';
// Killed by the manual's scenarios (two of them) and surviving them (one), in process.
const MUTANTS = 'window-one-day-short,request-by-anyone,re-request-deadline-from-the-day-after';
const SERVE = `'${process.execPath}' cli/claimsim.js serve --mutant {}`;

interface Matrix {
  killed: number;
  total: number;
  score: number;
  mutants: { name: string; killedBy: string[] }[];
}

afterAll(() => expect(liveChildren()).toBe(0));

describe('claimsim mutate --target', () => {
  it('the kill matrix through the adapter, one served mutant per target process, equals the in-process one', async () => {
    const inProcess = await runInProcess(['mutate', MANUAL, '--mutants', MUTANTS, '--reporter', 'json', '--threshold', '0']);
    const through = await runInProcess(['mutate', MANUAL, '--mutants', MUTANTS, '--reporter', 'json', '--threshold', '0', '--target', SERVE]);
    expect(inProcess.status).toBe(0);
    expect(through.status).toBe(0);
    const a = JSON.parse(inProcess.stdout) as Matrix;
    const b = JSON.parse(through.stdout) as Matrix;
    expect(a.mutants.map((m) => m.name).sort()).toEqual(MUTANTS.split(',').sort());
    expect(a.killed).toBeGreaterThan(0);
    expect(a.killed).toBeLessThan(a.total);
    expect(b).toEqual(a);
    expect(through.stderr).toContain(`target: ${SERVE}: 3 mutants, each in its own target process; 0 scenario runs skipped`);
  });

  it('refuses a template without {} and an unknown mutant name, in one line (exit 2)', async () => {
    const t = await runInProcess(['mutate', MANUAL, '--target', 'claimsim serve']);
    expect(t.status).toBe(2);
    expect(t.stderr.trim()).toBe("--target claimsim serve: holds no {} (give the command that serves one mutant, with {} for its name, such as --target 'claimsim serve --mutant {}')");
    const m = await runInProcess(['mutate', MANUAL, '--mutants', 'no-such-mutant']);
    expect(m.status).toBe(2);
    expect(m.stderr.trim()).toBe('--mutants no-such-mutant: no such rule mutant no-such-mutant (give names from docs/mutation.md, comma-separated)');
  });
});
