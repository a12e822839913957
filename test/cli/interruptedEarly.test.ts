import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { signalledAfter } from './commands/signalledAfter.js';

const dir = mkdtempSync(join(tmpdir(), 'claimsim-early-signal-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Sends `signal` as soon as the binary says it started (a debug line, before the command's own work). */
const signalledAtStart = (args: readonly string[], signal: 'SIGINT' | 'SIGTERM') => signalledAfter(args, 'claimsim: started', signal, 'debug');

describe('an interruption before any command watches for one (a population still loading) ends with the shell status, not by the signal', () => {
  it('SIGTERM while compare loads a 10^6-claim population: exit 143, one line', async () => {
    const r = await signalledAtStart(['compare', '-p', 'generators/populations/large.yaml', '--variant', 'responseWindowDays=10', '--out', join(dir, 'compare')], 'SIGTERM');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(143);
    expect(r.stderr).toMatch(/terminated \(SIGTERM\)|partial|nothing was written/);
  });

  it('SIGINT while sweep loads it: exit 130', async () => {
    const r = await signalledAtStart(['sweep', '-p', 'generators/populations/large.yaml', '--param', 'responseWindowDays=5,7', '--out', join(dir, 'sweep')], 'SIGINT');
    expect(r.signal).toBeNull();
    expect(r.status).toBe(130);
  });
});
