import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { tempDirs } from '../tempDirs.js';

const dirs = tempDirs('claimsim-target-signal-');
afterAll(dirs.remove);

/** The process runs (a zombie, killed and waiting for its new parent to collect it, does not). */
const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    // Linux: the state is the field after the command's closing parenthesis.
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return !existsSync('/proc/self/stat');
  }
};

/** Whether `pid` stops running within `ms`: the kill signal is sent as the run exits, and on a busy machine the child may take a moment to die. */
async function endsWithin(pid: number, ms: number): Promise<boolean> {
  for (const until = Date.now() + ms; Date.now() < until; await new Promise((r) => setTimeout(r, 50))) if (!alive(pid)) return true;
  return !alive(pid);
}

/** A separate process is the point: SIGTERM to `claimsim run --target` while the target holds a reply back. */
describe('run --target on SIGTERM', () => {
  it('stops, reaps the target child, and writes the report marked partial (143)', async () => {
    const dir = dirs.make();
    const pidFile = join(dir, 'target.pid');
    const report = join(dir, 'report.json');
    const target = `'${process.execPath}' test/target/fixtures/fakeTarget.mjs silent`;
    const run = spawn(process.execPath, ['cli/claimsim.js', 'run', 'scenarios/library/manual', '--target', target, '--target-timeout', '3s', '--reporter', `json:${report}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, FAKE_TARGET_PID_FILE: pidFile },
    });
    let stderr = '';
    run.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
    const exited = new Promise<number | null>((resolve) => run.once('exit', resolve));
    // The target writes its id once it leaves a command unanswered: the run is then waiting on its silence.
    while (!existsSync(pidFile) || readFileSync(pidFile, 'utf8') === '') await new Promise((r) => setTimeout(r, 50));
    const pid = Number(readFileSync(pidFile, 'utf8'));
    expect(alive(pid)).toBe(true);
    run.kill('SIGTERM');
    expect(await exited).toBe(143);
    expect(await endsWithin(pid, 15_000)).toBe(true);
    expect(stderr).toMatch(/unknown: .*no reply to command setup PlaceOrder/);
    expect(stderr).toContain('interrupted: 1 of 6 scenario files ran');
    expect(JSON.parse(readFileSync(report, 'utf8'))).toMatchObject({ partial: true, failed: 1 });
  });
});
