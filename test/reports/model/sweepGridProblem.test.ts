import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, makePolicy } from '../../../engine/index.js';
import { parseSweepParameter, sweepGridProblem } from '../../../reports/model/parseSweepParameter.js';
import type { SweepParameter } from '../../../reports/model/SweepReport.js';
import { runInProcess } from '../../cli/runInProcess.js';

const param = (text: string): SweepParameter => {
  const p = parseSweepParameter(text);
  if ('error' in p) throw new Error(p.error);
  return p;
};
const REMINDER_3 = makePolicy({ reminderDaysBeforeDeadline: 3 });
const WHY = 'reminderDaysBeforeDeadline 3 must be less than responseWindowDays 2: a reminder 3 days before a 2-day window runs out would fall on or before the request date (use at most 1, or null for no reminder)';

describe('sweepGridProblem: a grid point that is no valid policy on the base', () => {
  it('is none when every point holds', () => {
    expect(sweepGridProblem([param('responseWindowDays=2..9')], DEFAULT_POLICY)).toBeNull();
    expect(sweepGridProblem([param('responseWindowDays=4..9'), param('rejectionCooldownDays=0..3')], REMINDER_3)).toBeNull();
  });

  it('names the first bad point and the values that hold, as a --param', () => {
    expect(sweepGridProblem([param('responseWindowDays=2..9')], REMINDER_3)).toBe(
      `sweep: the grid point responseWindowDays=2 is not a valid policy on the base policy: ${WHY} (sweep only values that hold with the base policy, such as --param responseWindowDays=4..9, or change the base policy (--base))`,
    );
    expect(sweepGridProblem([param('responseWindowDays=2,4,6,9')], REMINDER_3)).toMatch(/such as --param responseWindowDays=4,6,9,/);
    expect(sweepGridProblem([param('responseWindowDays=2..10:2')], REMINDER_3)).toMatch(/such as --param responseWindowDays=4\.\.10:2,/);
  });

  it('with two parameters, names the point whole; with too few good values, says what to change', () => {
    expect(sweepGridProblem([param('rejectionCooldownDays=1,2'), param('responseWindowDays=2,3')], REMINDER_3)).toBe(
      `sweep: the grid point rejectionCooldownDays=1, responseWindowDays=2 is not a valid policy on the base policy: ${WHY} (change the base policy (--base) or the swept values)`,
    );
  });

  it('claimsim sweep exits 2 with the line before any run', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'claimsim-sweep-grid-'));
    const base = join(dir, 'base.yaml');
    writeFileSync(base, 'reminderDaysBeforeDeadline: 3\n');
    const population = join(import.meta.dirname, '../../../generators/populations/small.yaml');
    const r = await runInProcess(['sweep', '--population', population, '--base', base, '--param', 'responseWindowDays=2..9', '--out', join(dir, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe(`sweep: the grid point responseWindowDays=2 is not a valid policy on the base policy: ${WHY} (sweep only values that hold with the base policy, such as --param responseWindowDays=4..9, or change the base policy (--base))`);
    expect(r.stdout).toBe('');
  });
});
