import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './runCli.js';
import { signalledAfter } from './signalledAfter.js';

const COPIES = 600;

/** Runs `claimsim run` on many scenario files, sends `signal` once the files start, and waits for the end. */
function interruptedRun(signal: 'SIGTERM' | 'SIGINT'): Promise<{ status: number | null; stderr: string; json: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'claimsim-run-signal-'));
  for (let i = 0; i < COPIES; i++) copyFileSync(join(ROOT, 'scenarios/library/manual/s1-silence-withdraws-on-8-5.yaml'), join(dir, `s${String(i).padStart(4, '0')}.yaml`));
  const json = join(dir, 'out', 'report.json');
  // Sent once the files start: the handlers are listening then.
  return signalledAfter(['run', dir, '--reporter', 'pretty', '--reporter', `json:${json}`], 'run: scenario files start', signal).then((r) => ({ status: r.status, stderr: r.stderr, json }));
}

describe('claimsim run, interrupted: the files that ran are reported, marked partial', () => {
  it.each([
    ['SIGTERM', 143],
    ['SIGINT', 130],
  ] as const)('%s → exit %i, the JSON report holds fewer files than given and says partial', async (signal, status) => {
    const r = await interruptedRun(signal);
    expect(r.status).toBe(status);
    expect(r.stderr).toMatch(/interrupted: \d+ of 600 scenario files ran/);
    const report = JSON.parse(readFileSync(r.json, 'utf8')) as { passed: number; partial?: boolean; scenarios: unknown[] };
    expect(report.partial).toBe(true);
    expect(report.scenarios.length).toBeLessThan(COPIES);
    expect(report.passed).toBe(report.scenarios.length);
  });
});
