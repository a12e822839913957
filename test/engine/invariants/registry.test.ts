import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type ClaimEvent, INVARIANT_IDS, makePolicy } from '../../../engine/index.js';
import { INVARIANTS } from '../../../engine/invariants/index.js';
import { check, date, ids, memo, requested, setup, tokyo } from './events.js';

const FOLDER = new URL('../../../engine/invariants/', import.meta.url);

describe('the invariant registry (engine/invariants/index.ts)', () => {
  it("derives the ids I1 to I12, in numeric order (the order of a checker's counts)", () => {
    expect(INVARIANT_IDS).toEqual(['I1', 'I2', 'I3', 'I4', 'I5', 'I6', 'I7', 'I8', 'I9', 'I10', 'I11', 'I12']);
  });

  it('registers the record of every check file, and no other', async () => {
    const records: unknown[] = [];
    for (const f of readdirSync(FOLDER).filter((n) => /^check.*\.ts$/.test(n))) {
      const mod = (await import(new URL(f, FOLDER).href)) as Record<string, unknown>;
      records.push(...Object.values(mod).filter((v) => typeof v === 'object' && v !== null && Array.isArray((v as { ids?: unknown }).ids)));
    }
    expect(records.length).toBe(INVARIANTS.length);
    for (const r of records) expect(INVARIANTS).toContain(r);
  });

  it('runs the checks of one event in the order of the registry: the late reminder, the overdue request, the checks of the new request, its reminder instant; at the end, the late reminder before the overdue request', () => {
    // Under a 2-day reminder, request 1 on 7/29 (deadline 8/4) promises its reminder at 00:00
    // on 8/3; neither it nor the timeout at 00:00 on 8/5 comes, and a second request on 8/6
    // promises no reminder (expected 00:00 on 8/11).
    const policy = makePolicy({ reminderDaysBeforeDeadline: 2 });
    const first: ClaimEvent = { ...(requested(tokyo(7, 29, 10), { deadline: date(8, 4), timeoutAt: tokyo(8, 5), pendingWithdrawals: 1 }) as Extract<ClaimEvent, { kind: 'WithdrawalRequested' }>), remindAt: tokyo(8, 3) };
    const second = requested(tokyo(8, 6, 10), { deadline: date(8, 12), timeoutAt: tokyo(8, 13), pendingWithdrawals: 1, request: 2 });
    const c = check([...setup(), [first], [second]], policy);
    expect(ids(c.violations)).toEqual(['I11', 'I3', 'I6', 'I11']);
    expect(c.violations.map((v) => v.message)).toEqual([
      expect.stringContaining('with no reminder; it was due at'),
      expect.stringContaining('past its timeout'),
      expect.stringContaining('opened a second withdrawal'),
      expect.stringContaining('sets its reminder at no reminder'),
    ]);
    // At the end of the run, request 2 is still pending: its reminder's late side, then the overdue request.
    c.finish(tokyo(9, 1));
    expect(ids(c.violations.slice(4))).toEqual(['I11', 'I3']);
  });

  it('judges a re-timed request through the registered onRetime hooks: the reminder due before the change, at the change, on the old deadline', () => {
    expect(INVARIANTS.filter((i) => 'onRetime' in i).map((i) => i.ids[0])).toEqual(['I11']);
    // The reminder promised at 00:00 on 8/3 never comes; at 00:00 on 8/4 the window becomes 10
    // days (deadline 8/7, reminder 8/6): the memo at 10:00 brings the change in, and the reminder
    // missed before it is reported at the change's instant, not at the memo.
    const policy = makePolicy({ reminderDaysBeforeDeadline: 2, inFlightDeadlines: 'retime', changes: [{ at: '2021-08-04', set: { responseWindowDays: 10 } }] });
    const first: ClaimEvent = { ...(requested(tokyo(7, 29, 10), { deadline: date(8, 4), timeoutAt: tokyo(8, 5), pendingWithdrawals: 1 }) as Extract<ClaimEvent, { kind: 'WithdrawalRequested' }>), remindAt: tokyo(8, 3) };
    const c = check([...setup(), [first], [memo(tokyo(8, 4, 10))]], policy);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]).toMatchObject({ at: tokyo(8, 4), message: expect.stringContaining('(a dated change re-times its deadline) with no reminder; it was due at') });
  });
});
