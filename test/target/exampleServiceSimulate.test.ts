import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { runInProcess } from '../cli/runInProcess.js';

const SMALL = 'generators/populations/small.yaml';
const servers: ChildProcess[] = [];

/** Starts the example service on a free port and returns the URL it prints. */
function startService(...args: string[]): Promise<string> {
  const child = spawn(process.execPath, ['examples/claim-service/server.js', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  servers.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const url = /http:\/\/127\.0\.0\.1:\d+\/message/.exec(out);
      if (url) resolve(url[0]);
    });
    child.once('exit', (code) => reject(new Error(`the example service exited with ${code} before printing its URL`)));
  });
}

afterAll(() => {
  for (const s of servers) s.kill('SIGTERM');
});

describe('a population through the example claim service (simulate --target)', () => {
  it('clean: every command answered as the rules do, though its messages carry personal data the service does not claim to judge (no R21)', async () => {
    const r = await runInProcess(['simulate', '-p', SMALL, '--claims', '300', '--target', await startService()]);
    expect(r.stdout).toMatch(/^Small marketplace through example claim service \(http:.*\): 300 claims, (\d+) of \1 commands .*, 0 divergence, 0 unknown, 0 invariant violations$/m);
    expect(r.status).toBe(0);
  });

  it('cooldown-hours: the first cancel or rejection diverges on its cooldownUntil, and the checker sees it too', async () => {
    const r = await runInProcess(['simulate', '-p', SMALL, '--claims', '300', '--target', await startService('--bug', 'cooldown-hours')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^diverged: command (CancelWithdrawal|RejectWithdrawal) C\d+ at .*: cooldownUntil expected "[^"]+T15:00:00\.000Z", the target said "[^"]+"; the run stopped there$/m);
    expect(r.stdout).toMatch(/^invariant I5 on C\d+: /m);
  });
});
