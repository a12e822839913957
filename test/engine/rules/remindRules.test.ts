import { describe, expect, it } from 'vitest';
import { accept, advance, cancel, reRequest, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { notificationsOf } from '../support/notificationsOf.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';
import { type ClaimEvent, type Decide, decide } from '../../../engine/index.js';

const T0 = tokyo.at('2021-07-20T09:00');
// A request on 8/4: deadline 8/10 (7-day window), times out at 00:00 on 8/11.
const requested: GivenStep[] = [...claimOpenedAt(T0), [tokyo.at('2021-08-04T10:00'), request()]];
const reminders = (events: readonly ClaimEvent[]) => events.filter((e) => e.kind === 'BuyerReminded');
const twoDays = { policy: { reminderDaysBeforeDeadline: 2 } };

describe('the reminder (reminderDaysBeforeDeadline, an extension of R10)', () => {
  it('off by default: a request carries no reminder instant and no reminder is ever sent', () => {
    const g = given(requested);
    expect(g.engine.events().at(-1)).not.toHaveProperty('remindAt');
    g.engine.advanceTo(tokyo.midnight('2021-08-12'));
    expect(reminders(g.engine.events())).toEqual([]);
  });

  it('2 days: the request promises 00:00 on 8/9, two days before the timeout at 00:00 on 8/11', () => {
    const g = given(requested, twoDays);
    expect(g.engine.events().at(-1)).toMatchObject({ kind: 'WithdrawalRequested', deadline: tokyo.day('2021-08-10'), remindAt: tokyo.midnight('2021-08-09') });
  });

  it('not yet at 23:59:59.999 on 8/8; sent at exactly 00:00 on 8/9 with the request and its deadline', () => {
    const g = given(requested, twoDays);
    g.engine.advanceTo(tokyo.endOf('2021-08-08'));
    expect(reminders(g.engine.events())).toEqual([]);
    g.engine.advanceTo(tokyo.midnight('2021-08-09'));
    expect(reminders(g.engine.events())).toEqual([{ kind: 'BuyerReminded', at: tokyo.midnight('2021-08-09'), claim: 'C1', request: 1, deadline: tokyo.day('2021-08-10') }]);
  });

  it('1 day: reminded at 00:00 of the deadline itself', () => {
    const g = given(requested, { policy: { reminderDaysBeforeDeadline: 1 } });
    g.engine.advanceTo(tokyo.midnight('2021-08-11'));
    expect(reminders(g.engine.events()).map((e) => e.at)).toEqual([tokyo.midnight('2021-08-10')]);
  });

  it('window − 1 days: reminded at 00:00 of the day after the request date', () => {
    const g = given(requested, { policy: { reminderDaysBeforeDeadline: 6 } });
    g.engine.advanceTo(tokyo.midnight('2021-08-11'));
    expect(reminders(g.engine.events()).map((e) => e.at)).toEqual([tokyo.midnight('2021-08-05')]);
  });

  it('is sent once, however far the clock moves, and changes nothing of the claim', () => {
    const g = given(requested, twoDays);
    g.engine.advanceTo(tokyo.endOf('2021-08-10'));
    expect(reminders(g.engine.events())).toHaveLength(1);
    expect(g.view()).toMatchObject({ status: 'return_requested', withdrawal: 'requested', deadline: '2021-08-10' });
  });

  it('fires before an action dated the same instant: an answer at 00:00 on 8/9 comes after the reminder', () => {
    const g = given(requested, twoDays).when(accept(), tokyo.midnight('2021-08-09'));
    expect(g.fired).toMatchObject([{ kind: 'BuyerReminded' }]);
    expect(g.decision).toMatchObject({ ok: true, events: [{ kind: 'WithdrawalAccepted' }] });
  });

  it.each([
    ['accepted', accept()],
    ['rejected', reject()],
    ['cancelled', cancel()],
  ])('a request %s in the last millisecond before goes unreminded', (_what, answer) => {
    const g = given([...requested, [tokyo.endOf('2021-08-08'), answer]], twoDays);
    g.engine.advanceTo(tokyo.midnight('2021-08-12'));
    expect(reminders(g.engine.events())).toEqual([]);
    expect(g.engine.stats.staleTimers).toBeGreaterThan(0);
  });

  it('a request that lapsed when the claim left the eligible statuses goes unreminded', () => {
    const g = given([...requested, [tokyo.at('2021-08-05'), advance('returning')], [tokyo.at('2021-08-06'), advance('return_on_hold')]], twoDays);
    g.engine.advanceTo(tokyo.midnight('2021-08-12'));
    expect(g.engine.events().map((e) => e.kind)).toContain('WithdrawalLapsed');
    expect(reminders(g.engine.events())).toEqual([]);
  });

  it('a re-request gets its own reminder, counted from its own deadline', () => {
    const g = given([...requested, [tokyo.at('2021-08-05'), reject()], [tokyo.at('2021-08-12T12:00'), reRequest()]], twoDays);
    g.engine.advanceTo(tokyo.midnight('2021-08-20'));
    expect(reminders(g.engine.events())).toMatchObject([{ at: tokyo.midnight('2021-08-17'), request: 2, deadline: tokyo.day('2021-08-18') }]);
  });

  it('the stale reminder of an older request decides nothing', () => {
    const g = given([...requested, [tokyo.at('2021-08-05'), reject()], [tokyo.at('2021-08-10T12:00'), reRequest()]], twoDays);
    g.when({ kind: 'RemindBuyer', claim: 'C1', request: 1, deadline: tokyo.day('2021-08-10') }, tokyo.midnight('2021-08-11')).then([]);
  });

  it('a request that promises a reminder before its own instant (rules under test) is reminded at once, not refused by the clock', () => {
    const early: Decide = (state, cmd, now, policy) => {
      const d = decide(state, cmd, now, policy);
      return d.ok ? { ok: true, events: d.events.map((e) => (e.kind === 'WithdrawalRequested' ? { ...e, remindAt: now - 1 } : e)) } : d;
    };
    const g = given(requested, { ...twoDays, decide: early });
    g.engine.advanceTo(tokyo.at('2021-08-04T10:01'));
    expect(reminders(g.engine.events()).map((e) => e.at)).toEqual([tokyo.at('2021-08-04T10:00')]);
  });

  it('reaches the buyer on MyQoo10 with the deadline', () => {
    const g = given(requested, twoDays);
    g.engine.advanceTo(tokyo.midnight('2021-08-09'));
    expect(notificationsOf(g.engine.events().at(-1)!)).toEqual([
      { to: 'buyer', channel: 'myqoo10', claim: 'C1', text: 'Reminder: the seller asks you to withdraw your claim; answer by 2021-08-10.' },
    ]);
  });
});
