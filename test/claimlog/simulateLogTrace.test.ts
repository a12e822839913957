import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPolicy } from '../../engine/index.js';
import { auditLogs } from '../../claimlog/auditLogs.js';
import { tempDirs } from '../tempDirs.js';
import { runInProcess } from '../cli/runInProcess.js';

const dirs = tempDirs('claimsim-log-trace-');
afterAll(dirs.remove);

async function audit(log: string) {
  return auditLogs([log], {
    toleranceMs: 0,
    headerPolicy: (value) => {
      const r = checkPolicy(value);
      if (!r.ok) throw new Error('bad policy');
      return r.policy;
    },
  });
}

describe('simulate --log writes the trace, and the rules agree with it', () => {
  it('deadline-aware population: the log shows refused actions, counters, delays and submitted fields, and audits to 0 violations and 0 unknown', async () => {
    const dir = dirs.make();
    const log = join(dir, 'deadline-aware.ndjson');
    const r = await runInProcess(['simulate', '-p', 'generators/populations/deadline-aware.yaml', '--claims', '600', '--quiet', '--out', join(dir, 'out'), '--log', log]);
    expect(r.status, r.stderr).toBe(0);
    const text = readFileSync(log, 'utf8');
    for (const field of ['"type":"action_refused"', '"buyerPendingBefore"', '"delayedFrom"', '"reportedStatus"', '"piiWarning"']) expect(text).toContain(field);
    const result = await audit(log);
    expect(result.claims).toBe(600);
    expect(result.verdicts).toEqual({ conforms: 600, violates: 0, unknown: 0 });
  });

  it('a --events file stays the engine\'s events only: the commands ride in the claim log\'s own events file, not in the user\'s', async () => {
    const dir = dirs.make();
    const events = join(dir, 'events.ndjson');
    const log = join(dir, 'small.ndjson');
    const r = await runInProcess(['simulate', '-p', 'generators/populations/small.yaml', '--claims', '200', '--quiet', '--out', join(dir, 'out'), '--events', events, '--log', log]);
    expect(r.status, r.stderr).toBe(0);
    const lines = readFileSync(events, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.every((l) => typeof l['kind'] === 'string' && !('submitted' in l) && !('refused' in l))).toBe(true);
    // Written from those events, the log has no refused action, and still audits clean.
    expect(readFileSync(log, 'utf8')).not.toContain('action_refused');
    expect((await audit(log)).verdicts.violates).toBe(0);
  });
});
