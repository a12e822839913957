import { type ChildProcess, spawn } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findScenarioFiles } from '../../scenarios/index.js';
import { runInProcess } from '../cli/runInProcess.js';

const LIBRARY = 'scenarios/library';
const OWN = 'examples/claim-service/scenarios';
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

const summaryOf = (stderr: string) => /: (\d+) scenarios ran, (\d+) skipped, (\d+) unknown, (\d+) diverged from the rules$/m.exec(stderr)!.slice(1).map(Number);

let clean: string;
let missedNights: string;
let cooldownHours: string;
beforeAll(async () => {
  [clean, missedNights, cooldownHours] = await Promise.all([startService(), startService('--bug', 'missed-nights'), startService('--bug', 'cooldown-hours')]);
});
afterAll(() => {
  for (const s of servers) s.kill('SIGTERM');
});

describe('the example claim service through run --target', () => {
  it('clean: every scenario it can run passes; the rest are skipped, each with the capability it lacks', async () => {
    const found = findScenarioFiles(LIBRARY);
    const total = 'files' in found ? found.files.length : 0;
    const r = await runInProcess(['run', LIBRARY, OWN, '--target', clean, '--reporter', 'json']);
    const json = JSON.parse(r.stdout) as { passed: number; failed: number; errors: number; scenarios: { file: string; status: string }[] };
    const [ran, skipped, unknown, diverged] = summaryOf(r.stderr);
    expect(r.stderr).toMatch(/^target: example claim service \(http:\/\/127\.0\.0\.1:\d+\/message\): /m);
    expect({ failed: json.failed, errors: json.errors, unknown, diverged }).toEqual({ failed: 0, errors: 0, unknown: 0, diverged: 0 });
    expect(json.passed).toBe(ran);
    expect(ran + skipped).toBe(total + 1);
    const skippedLines = r.stderr.split('\n').filter((l) => l.startsWith('skipped: '));
    expect(skippedLines).toHaveLength(skipped);
    expect(skipped).toBeGreaterThan(0);
    // It claims no search, PII check, reminders, dated changes nor cooldown-end notices: those scenarios, and only those, are skipped.
    for (const l of skippedLines) expect(l).toMatch(/the target lacks .*(R19|R21|R10a|R15a|piiCheck|notifyCooldownEnd|reminders|dated changes|search)/);
    expect(json.scenarios.map((s) => s.file)).toContain(`${OWN}/timeout-after-a-quiet-week.yaml`);
    expect(r.status).toBe(0);
  });

  it('--bug missed-nights: the team scenario that moves the clock over several midnights diverges, the step and the missing timeout named', async () => {
    const r = await runInProcess(['run', OWN, `${LIBRARY}/manual`, '--target', missedNights]);
    expect(r.status).toBe(1);
    expect(summaryOf(r.stderr)[3]).toBe(1);
    expect(r.stderr).toContain(
      `diverged: ${OWN}/timeout-after-a-quiet-week.yaml: step 2 (advance to 2021-08-10T09:00): the rules expected event 1 WithdrawalTimedOut C1 at 2021-08-04T15:00:00.000Z, the target reported none`,
    );
  });

  it('--bug cooldown-hours: library scenarios diverge at the rejection, naming the cooldown end the rules expected', async () => {
    const r = await runInProcess(['run', `${LIBRARY}/answer`, `${LIBRARY}/cancel`, '--target', cooldownHours]);
    expect(r.status).toBe(1);
    expect(summaryOf(r.stderr)[3]).toBeGreaterThan(0);
    expect(r.stderr).toMatch(/diverged: scenarios\/library\/answer\/R9-reject-puts-the-withdrawal-on-hold\.yaml: step 2 \(reject_withdrawal C1\): event 1 WithdrawalRejected C1 at 2021-07-22T23:00:00\.000Z: cooldownUntil expected "2021-07-27T15:00:00\.000Z", the target said "2021-07-27T23:00:00\.000Z"/);
    expect(r.stderr).toMatch(/diverged: scenarios\/library\/cancel\/R14-cancel-a-request\.yaml: step 2 \(cancel_withdrawal C1\)/);
  });
});
