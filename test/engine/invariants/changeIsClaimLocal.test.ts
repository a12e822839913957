import { describe, expect, it } from 'vitest';
import { type ClaimEvent, Engine, type Policy, createInvariantChecker, makePolicy } from '../../../engine/index.js';
import { openClaim, placeOrder, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { check, date, opened, placed, requested, timedOut, tokyo as t21 } from './events.js';

/**
 * The checker takes a dated change into each claim's record at that claim's own place in the
 * log: after the claim's timers due at the change instant (they fire first), before anything
 * else of the claim dated then. What other claims do at that instant changes nothing.
 *
 * The case: a 2-day reminder; at 00:00 on 8/3 the window becomes 10 days (retime) and the
 * reminder 3 days. C1, requested 7/29 (deadline 8/4), is reminded at 00:00 on 8/3 for 8/4;
 * then re-timed to 8/7 with its own reminder at 00:00 on 8/5. C2, requested 7/27 (deadline
 * 8/2), times out at 00:00 on 8/3, just before C1's reminder.
 */
const CHANGE = '2021-08-03';
const policy: Policy = makePolicy({
  reminderDaysBeforeDeadline: 2,
  inFlightDeadlines: 'retime',
  changes: [{ at: CHANGE, set: { responseWindowDays: 10, reminderDaysBeforeDeadline: 3 } }],
});

function engineRun(withC2: boolean): { events: ClaimEvent[]; violations: string[] } {
  const engine = new Engine({ policy, start: tokyo.at('2021-07-20T09:00'), keepLog: true });
  const checker = createInvariantChecker(policy);
  engine.subscribe((events) => checker.observe(events));
  engine.execute(placeOrder());
  engine.execute(openClaim());
  if (withC2) {
    engine.execute(placeOrder('O2', { buyer: 'B2' }));
    engine.execute(openClaim('cancel', { claim: 'C2', order: 'O2' }));
    expect(engine.execute(request('please', { claim: 'C2' }), tokyo.at('2021-07-27T10:00')).ok).toBe(true);
  }
  expect(engine.execute(request(), tokyo.at('2021-07-29T10:00')).ok).toBe(true);
  engine.advanceTo(tokyo.midnight('2021-08-10'));
  checker.finish(engine.now);
  return { events: [...engine.events()], violations: checker.violations.map((v) => `${v.invariant}: ${v.message}`) };
}

const ofC1 = (events: readonly ClaimEvent[]) => events.filter((e) => e.kind !== 'OrderPlaced' && e.claim === 'C1');

describe('a dated change is claim-local in the checker (R10a, I11)', () => {
  it('I11 a reminder due at the change instant is clean whether or not another claim times out just before it', () => {
    const alone = engineRun(false);
    const beside = engineRun(true);
    expect(beside.events.filter((e) => e.at === tokyo.midnight(CHANGE)).map((e) => `${e.kind} ${'claim' in e ? e.claim : ''}`)).toEqual([
      'WithdrawalTimedOut C2',
      'BuyerReminded C1',
      'DeadlineRetimed C1',
    ]);
    expect(ofC1(beside.events)).toEqual(ofC1(alone.events));
    expect(alone.violations).toEqual([]);
    expect(beside.violations).toEqual([]);
  });

  it('I11 the engine reminds of the old deadline at the change, then of the re-timed one at 00:00 on 8/5', () => {
    const reminders = ofC1(engineRun(true).events).filter((e) => e.kind === 'BuyerReminded');
    expect(reminders.map((e) => [tokyo.show(e.at), e.kind === 'BuyerReminded' ? e.deadline : 0])).toEqual([
      ['2021-08-03T00:00:00.000', tokyo.day('2021-08-04')],
      ['2021-08-05T00:00:00.000', tokyo.day('2021-08-07')],
    ]);
  });

  const C1_REQUEST = requested(t21(7, 29, 10), { deadline: date(8, 4), timeoutAt: t21(8, 5), pendingWithdrawals: 2 });
  const C2_REQUEST = requested(t21(7, 27, 10), { deadline: date(8, 2), timeoutAt: t21(8, 3), pendingWithdrawals: 1, claim: 'C2' });
  const withRemind = (e: ClaimEvent, remindAt: number): ClaimEvent => ({ ...e, remindAt }) as ClaimEvent;
  const setup = (): ClaimEvent[][] => [
    [placed(t21(7, 20, 9))],
    [opened(t21(7, 20, 9))],
    [opened(t21(7, 20, 9), 'C2', 'cancel_requested')],
    [withRemind(C2_REQUEST, t21(8, 1))],
    [withRemind(C1_REQUEST, t21(8, 3))],
  ];
  const reminded: ClaimEvent = { kind: 'BuyerReminded', at: t21(8, 3), claim: 'C1', request: 1, deadline: date(8, 4) };
  const retimed: ClaimEvent = {
    kind: 'DeadlineRetimed', at: t21(8, 3), claim: 'C1', request: 1, deadline: date(8, 7), timeoutAt: t21(8, 8), remindAt: t21(8, 5),
  };
  const c2Reminded: ClaimEvent = { kind: 'BuyerReminded', at: t21(8, 1), claim: 'C2', request: 1, deadline: date(8, 2) };
  const c2TimedOut = timedOut(t21(8, 3), 1, 1, 'C2');

  it('I11 the same verdict for any order of two claims\' timers at the change instant', () => {
    const first = check([...setup(), [c2Reminded], [c2TimedOut], [reminded], [retimed]], policy);
    const second = check([...setup(), [c2Reminded], [reminded], [c2TimedOut], [retimed]], policy);
    expect(first.violations).toEqual([]);
    expect(second.violations).toEqual([]);
  });

  it('I11 a reminder due at the change instant and not sent before the change is reported, though the change moves it', () => {
    const c = check([...setup(), [c2Reminded], [c2TimedOut], [retimed]], policy);
    expect(c.violations.map((v) => v.invariant)).toEqual(['I11']);
    expect(c.violations[0]!.message).toContain('with no reminder; it was due at 2021-08-03T00:00:00.000');
  });
});
