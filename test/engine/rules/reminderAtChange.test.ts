import { describe, expect, it } from 'vitest';
import { type ClaimEvent, type Command, Engine, type Policy, createInvariantChecker, makePolicy } from '../../../engine/index.js';
import { openClaim, placeOrder, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';

/**
 * The reminder (an extension of R10) under dated changes (R10a): the real engine with the real
 * checker beside it. A request on 7/29 under a 7-day window has deadline 8/4; with a 2-day
 * reminder it is reminded at 00:00 on 8/3 and times out at 00:00 on 8/5.
 */
const T0 = tokyo.at('2021-07-20T09:00');
const REQUEST = tokyo.at('2021-07-29T10:00');

function run(policy: Policy, until: string): { events: ClaimEvent[]; violations: string[] } {
  const engine = new Engine({ policy, start: T0, keepLog: true });
  const checker = createInvariantChecker(policy);
  engine.subscribe((events) => checker.observe(events));
  const steps: [number, Command][] = [
    [T0, placeOrder()],
    [T0, openClaim()],
    [REQUEST, request()],
  ];
  for (const [at, command] of steps) expect(engine.execute(command, at).ok).toBe(true);
  engine.advanceTo(tokyo.midnight(until));
  checker.finish(engine.now);
  return { events: [...engine.events()], violations: checker.violations.map((v) => `${v.invariant}: ${v.message}`) };
}
const reminders = (events: readonly ClaimEvent[]) => events.filter((e) => e.kind === 'BuyerReminded');
const policy = (at: string, set: Record<string, unknown>, inFlightDeadlines: 'keep' | 'retime') =>
  makePolicy({ reminderDaysBeforeDeadline: 2, inFlightDeadlines, changes: [{ at, set }] });

describe('the reminder follows a re-timed deadline (R10a), and a kept request keeps its reminder', () => {
  it('R10a retime 7 → 10 days on 8/1: the reminder moves to 00:00 on 8/6 with the deadline 8/7; the old one at 8/3 is stale', () => {
    const { events, violations } = run(policy('2021-08-01', { responseWindowDays: 10 }, 'retime'), '2021-08-09');
    expect(events.find((e) => e.kind === 'DeadlineRetimed')).toMatchObject({ deadline: tokyo.day('2021-08-07'), remindAt: tokyo.midnight('2021-08-06') });
    expect(reminders(events)).toEqual([{ kind: 'BuyerReminded', at: tokyo.midnight('2021-08-06'), claim: 'C1', request: 1, deadline: tokyo.day('2021-08-07') }]);
    expect(violations).toEqual([]);
  });

  it('R10a keep: a change that turns the reminder off still leaves the promised one at 00:00 on 8/3', () => {
    const { events, violations } = run(policy('2021-08-01', { reminderDaysBeforeDeadline: null }, 'keep'), '2021-08-06');
    expect(reminders(events).map((e) => e.at)).toEqual([tokyo.midnight('2021-08-03')]);
    expect(violations).toEqual([]);
  });

  it('R10a a reminder due exactly at the change instant fires before it; the re-timed deadline gets its own later', () => {
    const { events, violations } = run(policy('2021-08-03', { responseWindowDays: 10 }, 'retime'), '2021-08-09');
    expect(reminders(events).map((e) => [e.at, e.deadline])).toEqual([
      [tokyo.midnight('2021-08-03'), tokyo.day('2021-08-04')],
      [tokyo.midnight('2021-08-06'), tokyo.day('2021-08-07')],
    ]);
    expect(violations).toEqual([]);
  });

  it('R10a the change 1 ms after the reminder instant: the old reminder is sent, then re-timed as above', () => {
    const at = '2021-08-03T00:00:00.001+09:00';
    const { events, violations } = run(policy(at, { responseWindowDays: 10 }, 'retime'), '2021-08-09');
    expect(reminders(events).map((e) => e.at)).toEqual([tokyo.midnight('2021-08-03'), tokyo.midnight('2021-08-06')]);
    expect(violations).toEqual([]);
  });

  it('R10a the change 1 ms before the reminder instant: only the re-timed reminder is sent', () => {
    const at = '2021-08-02T23:59:59.999+09:00';
    const { events, violations } = run(policy(at, { responseWindowDays: 10 }, 'retime'), '2021-08-09');
    expect(reminders(events).map((e) => e.at)).toEqual([tokyo.midnight('2021-08-06')]);
    expect(violations).toEqual([]);
  });

  it('R10a retime 7 → 4 days on 8/1: the new reminder (00:00 on 7/31) is before the change, so none is sent', () => {
    const { events, violations } = run(policy('2021-08-01', { responseWindowDays: 4 }, 'retime'), '2021-08-06');
    expect(events.find((e) => e.kind === 'DeadlineRetimed')).not.toHaveProperty('remindAt');
    expect(reminders(events)).toEqual([]);
    expect(violations).toEqual([]);
  });

  it('the checker reports a re-timed deadline that promises the wrong reminder (I11)', () => {
    const p = policy('2021-08-01', { responseWindowDays: 10 }, 'retime');
    const engine = new Engine({ policy: p, start: T0, keepLog: true });
    for (const [at, c] of [[T0, placeOrder()], [T0, openClaim()], [REQUEST, request()]] as [number, Command][]) engine.execute(c, at);
    engine.advanceTo(tokyo.midnight('2021-08-01'));
    const checker = createInvariantChecker(p);
    for (const e of engine.events()) checker.observe([e.kind === 'DeadlineRetimed' ? { ...e, remindAt: tokyo.midnight('2021-08-05') } : e]);
    expect(checker.violations.map((v) => v.invariant)).toEqual(['I11']);
  });

  it('a change whose window would put the reminder on or before the request date is refused, with its place', () => {
    expect(() => policy('2021-08-01', { responseWindowDays: 2 }, 'keep')).toThrow(/changes\[0\].*reminderDaysBeforeDeadline 2 must be less than responseWindowDays 2/);
  });
});
