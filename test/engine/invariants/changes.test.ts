import { describe, expect, it } from 'vitest';
import { type ClaimEvent, makePolicy } from '../../../engine/index.js';
import { MANUAL_REQUEST, check, date, ids, rejected, requested, setup, timedOut, tokyo } from './events.js';

/** The window becomes 10 days and the rejection cooldown 2 at 00:00 on 8/1 (Asia/Tokyo). */
const CHANGE = tokyo(8, 1);
const policyWith = (inFlight: Record<string, string>) =>
  makePolicy({ ...inFlight, changes: [{ at: '2021-08-01', set: { responseWindowDays: 10, rejectionCooldownDays: 2 } }] });
const KEEP = policyWith({});
const RETIME = policyWith({ inFlightDeadlines: 'retime' });
const RECOMPUTE = policyWith({ inFlightCooldowns: 'recompute' });
const retimed = (at: number, deadline: number, timeoutAt: number): ClaimEvent => ({ kind: 'DeadlineRetimed', at, claim: 'C1', request: 1, deadline, timeoutAt });
const cooldownRetimed = (at: number, rejectionCooldownUntil: number | null): ClaimEvent => ({
  kind: 'CooldownRetimed', at, claim: 'C1', rejectionCooldownUntil, cancellationCooldownUntil: null,
});

describe('the checker reads the policy in force at each event itself (R10a, R15a)', () => {
  it('I2 a request 1 ms before the change is judged by the old window, one at the change by the new', () => {
    const before = check([...setup(), [requested(CHANGE - 1, { deadline: date(8, 6), timeoutAt: tokyo(8, 7), pendingWithdrawals: 1 })]], KEEP);
    expect(before.violations).toEqual([]);
    const at = check([...setup(), [requested(CHANGE, { deadline: date(8, 7), timeoutAt: tokyo(8, 8), pendingWithdrawals: 1 })]], KEEP);
    expect(ids(at.violations)).toEqual(['I2', 'I3']);
    const right = check([...setup(), [requested(CHANGE, { deadline: date(8, 10), timeoutAt: tokyo(8, 11), pendingWithdrawals: 1 })]], KEEP);
    expect(right.violations).toEqual([]);
  });

  it('I2 keep: a request in flight keeps its deadline; a timeout at 00:00 on 8/5 is clean, a re-timing is not', () => {
    expect(check([...setup(), [MANUAL_REQUEST], [timedOut(tokyo(8, 5))]], KEEP).violations).toEqual([]);
    const c = check([...setup(), [MANUAL_REQUEST], [retimed(CHANGE, date(8, 7), tokyo(8, 8))]], KEEP);
    expect(ids(c.violations)).toEqual(['I2']);
    expect(c.violations[0]!.message).toContain('inFlightDeadlines is keep');
  });

  it('I2 retime: the re-timed deadline 8/7 is clean, and the timeout then expected at 00:00 on 8/8', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [retimed(CHANGE, date(8, 7), tokyo(8, 8))], [timedOut(tokyo(8, 8))]], RETIME);
    expect(c.violations).toEqual([]);
    c.finish(tokyo(9, 1));
    expect(c.violations).toEqual([]);
  });

  it('I2 retime: a re-timed deadline a day off, or at an instant where no change takes effect, is reported', () => {
    expect(ids(check([...setup(), [MANUAL_REQUEST], [retimed(CHANGE, date(8, 8), tokyo(8, 9))]], RETIME).violations)).toEqual(['I2']);
    const elsewhere = check([...setup(), [MANUAL_REQUEST], [retimed(CHANGE + 1, date(8, 7), tokyo(8, 8))]], RETIME);
    expect(elsewhere.violations[0]!.message).toContain('where no dated change takes effect');
  });

  it('I3 retime: a request left with its old deadline times out early by the checker\'s own reading', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [timedOut(tokyo(8, 5))]], RETIME);
    expect(ids(c.violations)).toEqual(['I3']);
    expect(c.violations[0]!.message).toContain('early');
  });

  it('I5 recompute: a rejection on 7/30 recounted with 2 days ends at the change; re-timed to none is clean', () => {
    const rejectedOn730 = rejected(tokyo(7, 30, 10), tokyo(8, 4));
    const again = requested(CHANGE, { deadline: date(8, 10), timeoutAt: tokyo(8, 11), pendingWithdrawals: 1, reRequest: true, request: 2 });
    expect(check([...setup(), [MANUAL_REQUEST], [rejectedOn730], [cooldownRetimed(CHANGE, null)], [again]], RECOMPUTE).violations).toEqual([]);
    const wrong = check([...setup(), [MANUAL_REQUEST], [rejectedOn730], [cooldownRetimed(CHANGE, tokyo(8, 3))]], RECOMPUTE);
    expect(ids(wrong.violations)).toEqual(['I5']);
  });

  it('I5 keep: a re-request after the change but before the kept end (00:00 on 8/4) is inside the cooldown', () => {
    const rejectedOn730 = rejected(tokyo(7, 30, 10), tokyo(8, 4));
    const again = requested(CHANGE, { deadline: date(8, 10), timeoutAt: tokyo(8, 11), pendingWithdrawals: 1, reRequest: true, request: 2 });
    expect(ids(check([...setup(), [MANUAL_REQUEST], [rejectedOn730], [again]], KEEP).violations)).toEqual(['I5']);
    expect(ids(check([...setup(), [MANUAL_REQUEST], [rejectedOn730], [cooldownRetimed(CHANGE, null)]], KEEP).violations)).toEqual(['I5']);
  });
});
