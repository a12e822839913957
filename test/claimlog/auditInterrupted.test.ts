import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePolicy } from '../../engine/index.js';
import { auditLogs } from '../../claimlog/auditLogs.js';
import { tempDirs } from '../tempDirs.js';
import { runInProcess } from '../cli/runInProcess.js';

const dirs = tempDirs('claimsim-audit-interrupted-test-');
afterAll(dirs.remove);

// An interruption stops the reading after a batch of lines; the claims are judged as if the log
// ended at the last instant read, so timers due later are not expected (the header's `until`,
// which the whole log's writer set, no longer holds).
describe('an audit stopped part way (SIGINT/SIGTERM)', () => {
  let log = '';
  beforeAll(async () => {
    const dir = dirs.make();
    log = join(dir, 'small.ndjson');
    const r = await runInProcess(['simulate', '-p', 'generators/populations/small.yaml', '--quiet', '--out', join(dir, 'out'), '--log', log]);
    expect(r.status, r.stderr).toBe(0);
  });
  const options = { toleranceMs: 0, headerPolicy: (p: Record<string, unknown>) => makePolicy(p) };

  it('judges the lines read so far, with no violation the cut itself would make', async () => {
    const whole = await auditLogs([log], options);
    let asked = 0;
    const cut = await auditLogs([log], { ...options, stopped: () => ++asked >= 1 });
    expect(whole.verdicts.violates).toBe(0);
    expect(cut.lines).toBeGreaterThan(0);
    expect(cut.lines).toBeLessThan(whole.lines);
    expect(cut.verdicts.violates).toBe(0);
    expect(cut.verdicts.unknown).toBe(0);
    expect(cut.claims).toBeLessThan(whole.claims);
    // The cut ends at the last instant read, not at the header's end of the whole log.
    expect(cut.period.until! < whole.period.until!).toBe(true);
  });

  it('never stopped, it is the whole audit', async () => {
    const whole = await auditLogs([log], options);
    const watched = await auditLogs([log], { ...options, stopped: () => false });
    expect(watched).toEqual(whole);
  });
});
