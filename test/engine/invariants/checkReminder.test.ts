import { describe, expect, it } from 'vitest';
import { type ClaimEvent, makePolicy } from '../../../engine/index.js';
import { MANUAL_REQUEST, accepted, check, date, ids, memo, rejected, requested, setup, timedOut, tokyo } from './events.js';

/**
 * I11, the reminder: the manual's §1 request (7/29 10:00, deadline 8/4, timeout at 00:00 on
 * 8/5) under a 2-day reminder is reminded at 00:00 on 8/3, two days before the timeout.
 */
const TWO_DAYS = makePolicy({ reminderDaysBeforeDeadline: 2 });
const REQUEST: ClaimEvent = { ...(MANUAL_REQUEST as Extract<ClaimEvent, { kind: 'WithdrawalRequested' }>), remindAt: tokyo(8, 3) };
const reminded = (at: number, request = 1, deadline = date(8, 4)): ClaimEvent => ({ kind: 'BuyerReminded', at, claim: 'C1', request, deadline });

describe('I11 the reminder', () => {
  it('I11 reminded at 00:00 on 8/3, then timed out at 00:00 on 8/5: nothing to report', () => {
    const c = check([...setup(), [REQUEST], [reminded(tokyo(8, 3))], [timedOut(tokyo(8, 5))]], TWO_DAYS);
    c.finish(tokyo(9, 1));
    expect(c.violations).toEqual([]);
  });

  it('I11 a request answered before its reminder instant needs none', () => {
    const c = check([...setup(), [REQUEST], [accepted(tokyo(8, 2, 23, 59, 59, 999))]], TWO_DAYS);
    c.finish(tokyo(9, 1));
    expect(c.violations).toEqual([]);
  });

  it('I11 a reminder while the policy sends none is reported', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [reminded(tokyo(8, 3))]]);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain('the policy sends none');
  });

  it('I11 a request that promises a reminder the policy does not send, or omits the one it does, is reported', () => {
    expect(ids(check([...setup(), [REQUEST]]).violations)).toEqual(['I11']);
    expect(ids(check([...setup(), [MANUAL_REQUEST]], TWO_DAYS).violations)).toEqual(['I11']);
    const wrong = check([...setup(), [{ ...REQUEST, remindAt: tokyo(8, 4) } as ClaimEvent]], TWO_DAYS);
    expect(ids(wrong.violations)).toEqual(['I11']);
    expect(wrong.violations[0]!.message).toContain('expected 2021-08-03T00:00');
  });

  it('I11 a reminder a day late is reported as late', () => {
    const c = check([...setup(), [REQUEST], [reminded(tokyo(8, 4))]], TWO_DAYS);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain('late');
  });

  it('I11 a reminder a millisecond early is reported as early', () => {
    const c = check([...setup(), [REQUEST], [reminded(tokyo(8, 2, 23, 59, 59, 999))]], TWO_DAYS);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain('early');
  });

  it('I11 no reminder by the instant: any event on the claim at 00:00 on 8/3 is too late for the timer', () => {
    expect(check([...setup(), [REQUEST], [memo(tokyo(8, 2, 23, 59, 59, 999))]], TWO_DAYS).violations).toEqual([]);
    const c = check([...setup(), [REQUEST], [memo(tokyo(8, 3))]], TWO_DAYS);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain('with no reminder; it was due at 2021-08-03T00:00');
  });

  it('I11 a request that times out unreminded is reported', () => {
    expect(ids(check([...setup(), [REQUEST], [timedOut(tokyo(8, 5))]], TWO_DAYS).violations)).toEqual(['I11']);
  });

  it('I11 the end of the run past the reminder instant with no reminder is reported; before it, not', () => {
    const before = check([...setup(), [REQUEST]], TWO_DAYS);
    before.finish(tokyo(8, 2, 23, 59, 59, 999));
    expect(before.violations).toEqual([]);
    const after = check([...setup(), [REQUEST]], TWO_DAYS);
    after.finish(tokyo(8, 3));
    expect(ids(after.violations)).toEqual(['I11']);
  });

  it('I11 a reminder to a request already rejected is reported', () => {
    const c = check([...setup(), [REQUEST], [rejected(tokyo(8, 1), tokyo(8, 6))], [reminded(tokyo(8, 3))]], TWO_DAYS);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain('no request pending (status return_requested, withdrawal on_hold)');
  });

  it('I11 a reminder to a claim already withdrawn is reported (beside I7, an event on a closed claim)', () => {
    const c = check([...setup(), [REQUEST], [accepted(tokyo(8, 1))], [reminded(tokyo(8, 3))]], TWO_DAYS);
    expect(ids(c.violations)).toContain('I11');
  });

  it('I11 a second reminder of the same request is reported', () => {
    const c = check([...setup(), [REQUEST], [reminded(tokyo(8, 3))], [reminded(tokyo(8, 3))]], TWO_DAYS);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain('a second reminder of request 1');
  });

  it('I11 a reminder of an older request than the open one is reported', () => {
    const reRequest = requested(tokyo(8, 4, 10), { deadline: date(8, 10), timeoutAt: tokyo(8, 11), pendingWithdrawals: 1, reRequest: true, request: 2 });
    const c = check([...setup(), [REQUEST], [rejected(tokyo(7, 30), tokyo(8, 4))], [{ ...reRequest, remindAt: tokyo(8, 9) } as ClaimEvent], [reminded(tokyo(8, 9), 1)]], TWO_DAYS);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain('request 2 is the open one');
  });

  it('I11 a reminder naming another deadline than the request’s is reported', () => {
    const c = check([...setup(), [REQUEST], [reminded(tokyo(8, 3), 1, date(8, 5))]], TWO_DAYS);
    expect(ids(c.violations)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain("the request's deadline is 2021-08-04");
  });
});
