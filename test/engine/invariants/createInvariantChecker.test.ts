import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, createInvariantChecker, daysFromCivil, makePolicy } from '../../../engine/index.js';
import {
  MANUAL_REQUEST, accepted, advanced, cancelled, check, date, ids, lapsed, memo, opened, placed, rejected, requested, setup, support, timedOut, tokyo,
} from './events.js';

describe('clean logs', () => {
  it('I1–I9 the manual §1 example (request 7/29, timeout 8/5 00:00) reports nothing', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [timedOut(tokyo(8, 5))], [support(tokyo(8, 6))]]);
    expect(c.violations).toEqual([]);
    c.finish(tokyo(9, 1));
    expect(c.violations).toEqual([]);
  });

  it('I1–I9 reject, wait out the cooldown, re-request, accept: nothing to report', () => {
    const c = check([
      ...setup(),
      [MANUAL_REQUEST],
      [rejected(tokyo(8, 1, 12), tokyo(8, 6))],
      [requested(tokyo(8, 6), { deadline: date(8, 12), timeoutAt: tokyo(8, 13), pendingWithdrawals: 1, reRequest: true, request: 2 })],
      [accepted(tokyo(8, 12, 23, 59, 59, 999))],
    ]);
    expect(c.violations).toEqual([]);
    expect(c.total).toBe(0);
  });
});

describe('I1 no withdrawal open on an ineligible status', () => {
  it('I1 an advance to return_received that leaves the request open is reported after the decision', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [advanced(tokyo(7, 30), 'return_requested', 'returning')], [advanced(tokyo(7, 31), 'returning', 'return_received')]]);
    expect(ids(c.violations)).toEqual(['I1']);
    const v = c.violations[0]!;
    expect(v).toMatchObject({ claim: 'C1', at: tokyo(7, 31) });
    expect(v.message).toContain('return_received');
    expect(v.events.at(-1)).toMatchObject({ kind: 'ClaimAdvanced', to: 'return_received' });
  });

  it('I1 an advance and the lapse it causes, in one decision, are not a violation', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [advanced(tokyo(7, 30), 'return_requested', 'returning')],
      [advanced(tokyo(7, 31), 'returning', 'return_on_hold'), lapsed(tokyo(7, 31), 'ineligible_status', 0)]]);
    expect(c.violations).toEqual([]);
  });

  it('I1 a request on a claim in an ineligible status is reported', () => {
    const c = check([...setup(), [advanced(tokyo(7, 21), 'return_requested', 'returning')], [advanced(tokyo(7, 22), 'returning', 'return_on_hold')], [MANUAL_REQUEST]]);
    expect(ids(c.violations)).toEqual(['I1']);
  });

  it('I1 follows the policy: return_on_hold made eligible keeps the withdrawal open without a report', () => {
    const policy = makePolicy({ eligibleStatuses: ['return_requested', 'returning', 'return_on_hold'] });
    const c = check([...setup(), [MANUAL_REQUEST], [advanced(tokyo(7, 30), 'return_requested', 'returning')], [advanced(tokyo(7, 31), 'returning', 'return_on_hold')]], policy);
    expect(c.violations).toEqual([]);
  });
});

describe('I2 deadline = request date + window − 1', () => {
  it('I2 the §4 form: a request on 2021/08/04 has deadline 2021/08/10', () => {
    const c = check([...setup(), [requested(tokyo(8, 4, 15), { deadline: date(8, 10), timeoutAt: tokyo(8, 11), pendingWithdrawals: 1 })]]);
    expect(c.violations).toEqual([]);
  });

  it('I2 a deadline one day short is reported with both dates', () => {
    const c = check([...setup(), [requested(tokyo(7, 29, 10), { deadline: date(8, 3), timeoutAt: tokyo(8, 5), pendingWithdrawals: 1 })]]);
    expect(ids(c.violations)).toEqual(['I2']);
    expect(c.violations[0]!.message).toMatch(/2021-08-03.*2021-08-04/);
    expect(c.violations[0]!.events.at(-1)).toMatchObject({ kind: 'WithdrawalRequested' });
  });

  it('I2 counts dates in the policy zone: 23:30 in New York is already the next day in UTC', () => {
    const policy = makePolicy({ timezone: 'America/New_York' });
    // 2021-07-29 23:30 EDT = 2021-07-30 03:30 UTC: the request date is 7/29, deadline 8/4.
    const at = Date.UTC(2021, 6, 30, 3, 30);
    const good = requested(at, { deadline: date(8, 4), timeoutAt: Date.UTC(2021, 7, 5, 4), pendingWithdrawals: 1 });
    const utcRead = requested(at, { deadline: date(8, 5), timeoutAt: Date.UTC(2021, 7, 6, 4), pendingWithdrawals: 1 });
    expect(check([...setup(), [good]], policy).violations).toEqual([]);
    expect(ids(check([...setup(), [utcRead]], policy).violations)).toEqual(['I2', 'I3']);
  });
});

describe('I3 timeout exactly at 00:00 of deadline+1', () => {
  it('I3 a timeout promised at another instant than 00:00 of deadline+1 is reported', () => {
    const c = check([...setup(), [requested(tokyo(7, 29, 10), { deadline: date(8, 4), timeoutAt: tokyo(8, 4, 23), pendingWithdrawals: 1 })]]);
    expect(ids(c.violations)).toEqual(['I3']);
  });

  it('I3 a timeout an hour early is reported as early', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [timedOut(tokyo(8, 4, 23))]]);
    expect(ids(c.violations)).toEqual(['I3']);
    expect(c.violations[0]).toMatchObject({ claim: 'C1', at: tokyo(8, 4, 23) });
    expect(c.violations[0]!.message).toContain('early');
  });

  it('I3 a timeout one millisecond late is reported as late', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [timedOut(tokyo(8, 5, 0, 0, 0, 1))]]);
    expect(ids(c.violations)).toEqual(['I3']);
    expect(c.violations[0]!.message).toContain('late');
  });

  it('I3 any other event on the claim at 00:00 of deadline+1 while still requested is too late for the timer', () => {
    expect(check([...setup(), [MANUAL_REQUEST], [memo(tokyo(8, 4, 23, 59, 59, 999))]]).violations).toEqual([]);
    const c = check([...setup(), [MANUAL_REQUEST], [memo(tokyo(8, 5))]]);
    expect(ids(c.violations)).toEqual(['I3']);
    expect(c.violations[0]!.events.map((e) => e.kind)).toEqual(['ClaimOpened', 'WithdrawalRequested', 'MemoSent']);
  });

  it('I3 finish(now) reports a request still open at or after its timeout instant', () => {
    const before = check([...setup(), [MANUAL_REQUEST]]);
    before.finish(tokyo(8, 4, 23, 59, 59, 999));
    expect(before.violations).toEqual([]);
    const after = check([...setup(), [MANUAL_REQUEST]]);
    after.finish(tokyo(8, 5));
    expect(ids(after.violations)).toEqual(['I3']);
    expect(after.violations[0]!.at).toBe(tokyo(8, 5));
  });

  it('I3 a stale timer (for a request already replaced) is reported', () => {
    const c = check([
      ...setup(), [MANUAL_REQUEST], [rejected(tokyo(7, 30), tokyo(8, 4))],
      [requested(tokyo(8, 4), { deadline: date(8, 10), timeoutAt: tokyo(8, 11), pendingWithdrawals: 1, reRequest: true, request: 2 })],
      [timedOut(tokyo(8, 11), 1)],
    ]);
    expect(ids(c.violations)).toEqual(['I3']);
    expect(c.violations[0]!.message).toContain('request 1');
  });

  it('I3 with autoWithdrawOnTimeout false the request lapses; a withdrawal instead is reported', () => {
    const policy = makePolicy({ autoWithdrawOnTimeout: false });
    expect(check([...setup(), [MANUAL_REQUEST], [lapsed(tokyo(8, 5), 'timeout')]], policy).violations).toEqual([]);
    expect(ids(check([...setup(), [MANUAL_REQUEST], [timedOut(tokyo(8, 5))]], policy).violations)).toEqual(['I3']);
    expect(ids(check([...setup(), [MANUAL_REQUEST], [lapsed(tokyo(8, 5), 'timeout')]], DEFAULT_POLICY).violations)).toEqual(['I3']);
  });

  it('I3 where a daylight-saving change skips midnight, 00:00 of deadline+1 is the first instant of that date', () => {
    // America/Santiago, 2024-09-08: 00:00 (UTC−4) jumps to 01:00 (UTC−3), at 04:00 UTC.
    const policy = makePolicy({ timezone: 'America/Santiago', responseWindowDays: 1 });
    const request = requested(Date.UTC(2024, 8, 7, 14), { deadline: daysFromCivil(2024, 9, 7), timeoutAt: Date.UTC(2024, 8, 8, 4), pendingWithdrawals: 1 });
    const base = [...setup(), [request]];
    expect(check([...base, [timedOut(Date.UTC(2024, 8, 8, 4))]], policy).violations).toEqual([]);
    expect(ids(check([...base, [timedOut(Date.UTC(2024, 8, 8, 3))]], policy).violations)).toEqual(['I3']);
  });

  it('I3 a timeout with no request open is reported', () => {
    expect(ids(check([...setup(), [timedOut(tokyo(8, 5))]]).violations)).toEqual(['I3']);
  });
});

describe('I4 no answer after the deadline', () => {
  it('I4 an acceptance at 23:59:59.999 of the deadline is fine; at 00:00 the next day it is reported', () => {
    expect(check([...setup(), [MANUAL_REQUEST], [accepted(tokyo(8, 4, 23, 59, 59, 999))]]).violations).toEqual([]);
    const c = check([...setup(), [MANUAL_REQUEST], [accepted(tokyo(8, 5))]]);
    expect(ids(c.violations)).toEqual(['I4']);
    expect(c.violations[0]!.message).toContain('2021-08-04');
  });

  it('I4 a rejection answering no open request is reported', () => {
    const c = check([...setup(), [rejected(tokyo(7, 30), tokyo(8, 4))]]);
    expect(ids(c.violations)).toEqual(['I4']);
  });
});

describe('I5 no request inside a cooldown', () => {
  const reRequestAt = (at: number, deadline: number, timeoutAt: number) =>
    requested(at, { deadline, timeoutAt, pendingWithdrawals: 1, reRequest: true, request: 2 });

  it('I5 a re-request at 23:59:59.999 of the fifth day after a rejection is reported; at 00:00 it is fine', () => {
    const base = [...setup(), [MANUAL_REQUEST], [rejected(tokyo(8, 1, 12), tokyo(8, 6))]];
    expect(check([...base, [reRequestAt(tokyo(8, 6), date(8, 12), tokyo(8, 13))]]).violations).toEqual([]);
    const c = check([...base, [reRequestAt(tokyo(8, 5, 23, 59, 59, 999), date(8, 11), tokyo(8, 12))]]);
    expect(ids(c.violations)).toEqual(['I5']);
    expect(c.violations[0]!.message).toContain('2021-08-06T00:00:00.000');
  });

  it('I5 cooldowns add up: a cancel from on hold does not end the rejection cooldown, and starts its own', () => {
    const base = [...setup(), [MANUAL_REQUEST], [rejected(tokyo(8, 1), tokyo(8, 6))], [cancelled(tokyo(8, 2), 'on_hold', tokyo(8, 7))]];
    const fresh = (at: number, deadline: number, timeoutAt: number) => requested(at, { deadline, timeoutAt, pendingWithdrawals: 1, request: 2 });
    expect(ids(check([...base, [fresh(tokyo(8, 6, 12), date(8, 12), tokyo(8, 13))]]).violations)).toEqual(['I5']);
    expect(check([...base, [fresh(tokyo(8, 7), date(8, 13), tokyo(8, 14))]]).violations).toEqual([]);
  });

  it('I5 a rejection announcing a cooldown other than 00:00 of rejection date + 5 is reported', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [rejected(tokyo(8, 1, 12), tokyo(8, 5))]]);
    expect(ids(c.violations)).toEqual(['I5']);
  });

  it('I5 with rejectionCooldownDays 0 there is no cooldown to announce or respect', () => {
    const policy = makePolicy({ rejectionCooldownDays: 0 });
    const c = check([...setup(), [MANUAL_REQUEST], [rejected(tokyo(8, 1, 12), null)], [reRequestAt(tokyo(8, 1, 12), date(8, 7), tokyo(8, 8))]], policy);
    expect(c.violations).toEqual([]);
  });
});

describe('I6 at most one open withdrawal', () => {
  it('I6 a second first request while one is requested is reported', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [requested(tokyo(7, 30), { deadline: date(8, 5), timeoutAt: tokyo(8, 6), pendingWithdrawals: 1, request: 2 })]]);
    expect(ids(c.violations)).toEqual(['I6']);
  });

  it('I6 a first request (not a re-request) while on hold is reported', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [rejected(tokyo(7, 30), tokyo(8, 4))],
      [requested(tokyo(8, 4), { deadline: date(8, 10), timeoutAt: tokyo(8, 11), pendingWithdrawals: 1, request: 2 })]]);
    expect(ids(c.violations)).toEqual(['I6']);
  });
});

describe('I7 terminal claims never change again', () => {
  it('I7 a memo on a withdrawn claim is reported; contacting support is not', () => {
    const closed = [...setup(), [MANUAL_REQUEST], [accepted(tokyo(7, 30))]];
    expect(check([...closed, [support(tokyo(7, 31))]]).violations).toEqual([]);
    const c = check([...closed, [memo(tokyo(7, 31))]]);
    expect(ids(c.violations)).toEqual(['I7']);
    expect(c.violations[0]!.message).toContain('withdrawn');
  });

  it('I7 a completed claim that moves again is reported', () => {
    const c = check([...setup(), [advanced(tokyo(7, 21), 'return_requested', 'returning')], [advanced(tokyo(7, 22), 'returning', 'return_received')],
      [advanced(tokyo(7, 23), 'return_received', 'return_completed')], [advanced(tokyo(7, 24), 'return_completed', 'returning')]]);
    expect(ids(c.violations)).toEqual(['I7']);
  });

  it('I7 the lapse that comes with an advance to a terminal status belongs to the same decision', () => {
    const c = check([[placed(tokyo(7, 20))], [opened(tokyo(7, 20), 'C1', 'cancel_requested')], [MANUAL_REQUEST],
      [advanced(tokyo(7, 30), 'cancel_requested', 'cancelling'), lapsed(tokyo(7, 30), 'ineligible_status', 0)]]);
    expect(c.violations).toEqual([]);
  });
});

describe('I8 counters equal the claims', () => {
  it('I8 the buyer counter counts every claim of the buyer in requested', () => {
    const second = (pendingWithdrawals: number) =>
      requested(tokyo(7, 29, 11), { claim: 'C2', deadline: date(8, 4), timeoutAt: tokyo(8, 5), pendingWithdrawals });
    const base = [...setup(), [opened(tokyo(7, 20, 9), 'C2', 'cancel_requested')], [MANUAL_REQUEST]];
    expect(check([...base, [second(2)], [accepted(tokyo(7, 30), 1)]]).violations).toEqual([]);
    const c = check([...base, [second(1)]]);
    expect(ids(c.violations)).toEqual(['I8']);
    expect(c.violations[0]).toMatchObject({ claim: 'C2' });
    expect(c.violations[0]!.message).toContain('B1');
  });

  it('I8 a counter that forgets to go down on a rejection is reported', () => {
    expect(ids(check([...setup(), [MANUAL_REQUEST], [rejected(tokyo(7, 30), tokyo(8, 4), 1)]]).violations)).toEqual(['I8']);
  });
});

describe('I9 timestamps never go backwards', () => {
  it('I9 an event earlier than the one before it is reported with both events', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [memo(tokyo(7, 29, 9))]]);
    expect(ids(c.violations)).toEqual(['I9']);
    expect(c.violations[0]!.events.map((e) => e.kind)).toEqual(['WithdrawalRequested', 'MemoSent']);
    expect(c.violations[0]!.claim).toBe('C1');
  });

  it('I9 equal timestamps are fine', () => {
    expect(check([...setup(), [MANUAL_REQUEST], [memo(tokyo(7, 29, 10))]]).violations).toEqual([]);
  });
});

describe('reporting', () => {
  it('keeps the first violations in full and counts all of them', () => {
    const c = createInvariantChecker(DEFAULT_POLICY, { keep: 1 });
    for (const d of [...setup(), [MANUAL_REQUEST], [accepted(tokyo(7, 30))], [memo(tokyo(7, 31))], [memo(tokyo(8, 1))]]) c.observe(d);
    expect(c.total).toBe(2);
    expect(c.counts.I7).toBe(2);
    expect(c.violations).toHaveLength(1);
  });

  it('shows each violation with the claim\'s latest events, as many as asked for', () => {
    const log = [...setup(), [MANUAL_REQUEST], [memo(tokyo(7, 30))], [accepted(tokyo(7, 31))], [memo(tokyo(8, 1))]];
    const kinds = (recentEvents?: number) => {
      const c = createInvariantChecker(DEFAULT_POLICY, recentEvents === undefined ? {} : { recentEvents });
      for (const d of log) c.observe(d);
      return c.violations[0]!.events.map((e) => e.kind);
    };
    expect(kinds()).toEqual(['ClaimOpened', 'WithdrawalRequested', 'MemoSent', 'WithdrawalAccepted', 'MemoSent']);
    expect(kinds(2)).toEqual(['WithdrawalAccepted', 'MemoSent']);
    expect(kinds(0)).toEqual([]);
  });

  it('forget drops a claim: later events on it are not checked', () => {
    const c = check([...setup(), [MANUAL_REQUEST], [accepted(tokyo(7, 30))]]);
    c.forget('C1');
    c.observe([memo(tokyo(7, 31))]);
    expect(c.violations).toEqual([]);
  });
});
