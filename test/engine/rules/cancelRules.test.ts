import { describe, expect, it } from 'vitest';
import { BUYER, STRANGER, accept, advance, cancel, reRequest, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const requested: GivenStep[] = [...claimOpenedAt(T0), [tokyo.at('2021-07-29T10:00'), request()]];

describe('R10 no answer by the deadline', () => {
  it('manual §1: still requested at 23:59:59.999 on 8/4', () => {
    const g = given(requested);
    g.engine.advanceTo(tokyo.endOf('2021-08-04'));
    expect(g.view()).toMatchObject({ status: 'return_requested', withdrawal: 'requested', deadline: '2021-08-04' });
    expect(g.engine.view.pendingWithdrawals(BUYER)).toBe(1);
  });

  it('manual §1: withdrawn automatically at 00:00 on 8/5, outcome timeout', () => {
    const g = given(requested);
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.view()).toMatchObject({ status: 'withdrawn', withdrawal: 'none', outcome: 'timeout' });
    expect(g.engine.events().at(-1)).toEqual({ kind: 'WithdrawalTimedOut', at: tokyo.midnight('2021-08-05'), claim: 'C1', request: 1, pendingWithdrawals: 0 });
    expect(g.claim().closedAt).toBe(tokyo.midnight('2021-08-05'));
  });

  it('times out once, however far the clock moves', () => {
    const g = given(requested);
    g.engine.advanceTo(tokyo.midnight('2021-12-31'));
    expect(g.engine.events().filter((e) => e.kind === 'WithdrawalTimedOut')).toHaveLength(1);
  });

  it('a re-request times out at its own deadline + 1, not the first request’s', () => {
    const g = given([...requested, [tokyo.at('2021-07-30'), reject()], [tokyo.at('2021-08-04T12:00'), reRequest()]]);
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.view().withdrawal).toBe('requested');
    g.engine.advanceTo(tokyo.endOf('2021-08-10'));
    expect(g.view()).toMatchObject({ withdrawal: 'requested', deadline: '2021-08-10' });
    g.engine.advanceTo(tokyo.midnight('2021-08-11'));
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
    expect(g.engine.events().at(-1)).toMatchObject({ kind: 'WithdrawalTimedOut', request: 2 });
  });

  it('a request still open after the claim moved on to another eligible status times out as usual', () => {
    const g = given([...requested, [tokyo.at('2021-07-30'), advance('returning')]]);
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.view()).toMatchObject({ status: 'withdrawn', outcome: 'timeout' });
  });

  it('an expiry command before the timeout instant decides nothing', () => {
    given(requested).when({ kind: 'ExpireWithdrawal', claim: 'C1', request: 1 }, tokyo.endOf('2021-08-04')).then([]);
  });

  it('an expiry for a claim the engine does not hold (never opened, or evicted) decides nothing', () => {
    given(requested).when({ kind: 'ExpireWithdrawal', claim: 'C9', request: 1 }, tokyo.midnight('2021-08-05')).then([]);
  });

  it('a stale expiry (an older request’s) decides nothing', () => {
    const g = given([...requested, [tokyo.at('2021-07-30'), reject()], [tokyo.at('2021-08-04T12:00'), reRequest()]]);
    g.when({ kind: 'ExpireWithdrawal', claim: 'C1', request: 1 }, tokyo.midnight('2021-08-05')).then([]);
    expect(g.view().withdrawal).toBe('requested');
  });

  it('autoWithdrawOnTimeout false: the request lapses at 00:00 on 8/5 and the claim carries on', () => {
    const g = given(requested, { policy: { autoWithdrawOnTimeout: false } });
    g.engine.advanceTo(tokyo.endOf('2021-08-04'));
    expect(g.view().withdrawal).toBe('requested');
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    expect(g.engine.events().at(-1)).toEqual({ kind: 'WithdrawalLapsed', at: tokyo.midnight('2021-08-05'), claim: 'C1', cause: 'timeout', pendingWithdrawals: 0 });
    expect(g.view()).toMatchObject({ status: 'return_requested', withdrawal: 'none', outcome: null, cooldownUntil: null });
  });

  it('autoWithdrawOnTimeout false: a lapse starts no cooldown, so the seller may ask again at once', () => {
    given(requested, { policy: { autoWithdrawOnTimeout: false } })
      .when(request(), tokyo.midnight('2021-08-05'))
      .then([{ kind: 'WithdrawalRequested', reRequest: false, request: 2, deadline: tokyo.day('2021-08-11') }]);
  });
});

describe('R14 the seller cancels its own request', () => {
  it('cancels a requested withdrawal: no open withdrawal, the claim keeps its status, the counter goes down', () => {
    const w = given(requested)
      .when(cancel(), tokyo.at('2021-07-30T10:00'))
      .then([{ kind: 'WithdrawalCancelled', claim: 'C1', from: 'requested', pendingWithdrawals: 0 }]);
    expect(w.view()).toMatchObject({ status: 'return_requested', withdrawal: 'none', deadline: null, outcome: null });
  });

  it('cancels a withdrawal on hold (the counter was already down)', () => {
    given([...requested, [tokyo.at('2021-07-30'), reject()]])
      .when(cancel(), tokyo.at('2021-07-31'))
      .then([{ kind: 'WithdrawalCancelled', from: 'on_hold', pendingWithdrawals: 0 }]);
  });

  it('a cancelled request never times out', () => {
    const g = given([...requested, [tokyo.at('2021-07-30'), cancel()]]);
    g.engine.advanceTo(tokyo.midnight('2021-08-06'));
    expect(g.view()).toMatchObject({ status: 'return_requested', withdrawal: 'none' });
  });

  it.each([BUYER, STRANGER])('%s cancelling is refused with NOT_SELLER', (actor) => {
    given(requested).when(cancel({ actor }), tokyo.at('2021-07-30')).thenRefuses('NOT_SELLER');
  });

  it('cancelling with nothing open is refused with NO_OPEN_REQUEST', () => {
    given(claimOpenedAt(T0)).when(cancel(), tokyo.at('2021-07-30')).thenRefuses('NO_OPEN_REQUEST');
  });

  it('cancelling twice is refused the second time with NO_OPEN_REQUEST', () => {
    given([...requested, [tokyo.at('2021-07-30'), cancel()]]).when(cancel(), tokyo.at('2021-07-30')).thenRefuses('NO_OPEN_REQUEST');
  });

  it('cancelling after the buyer accepted is refused with CLAIM_CLOSED', () => {
    given([...requested, [tokyo.at('2021-07-30'), accept()]]).when(cancel(), tokyo.at('2021-07-31')).thenRefuses('CLAIM_CLOSED');
  });

  it('cancelling at 00:00 after the deadline comes too late: the timeout fired first (CLAIM_CLOSED)', () => {
    given(requested).when(cancel(), tokyo.midnight('2021-08-05')).thenRefuses('CLAIM_CLOSED');
  });

  it('cancelling at 23:59:59.999 on the deadline date is still in time', () => {
    given(requested).when(cancel(), tokyo.endOf('2021-08-04')).then([{ kind: 'WithdrawalCancelled' }]);
  });
});

describe('R15 cancellation cooldown', () => {
  const cancelledOn = (when: string): GivenStep[] => [...requested, [tokyo.at(when), cancel()]];

  it('manual §3: after a cancel on 8/1, a new request is refused through 23:59:59.999 on 8/5, until 00:00 on 8/6', () => {
    given(cancelledOn('2021-08-01T15:00'))
      .when(request(), tokyo.endOf('2021-08-05'))
      .thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-06') });
  });

  it('manual §3: after a cancel on 8/1, a new request at 00:00 on 8/6 is accepted', () => {
    given(cancelledOn('2021-08-01T15:00')).when(request(), tokyo.midnight('2021-08-06')).then([{ kind: 'WithdrawalRequested', request: 2 }]);
  });

  it('the cancel event carries the cooldown’s end; the view shows it as local time', () => {
    const w = given(requested).when(cancel(), tokyo.at('2021-08-01T00:00')).then([{ cooldownUntil: tokyo.midnight('2021-08-06') }]);
    expect(w.view().cooldownUntil).toBe('2021-08-06T00:00:00.000');
  });

  it('a cancel at 23:59:59.999 ends its cooldown at the same instant as one at 00:00 that day', () => {
    const early = given(requested).when(cancel(), tokyo.midnight('2021-08-01'));
    const late = given(requested).when(cancel(), tokyo.endOf('2021-08-01'));
    expect(early.claim().cancellationCooldownUntil).toBe(late.claim().cancellationCooldownUntil);
  });

  it('the refusal message gives the cooldown’s end', () => {
    const w = given(cancelledOn('2021-08-01')).when(request(), tokyo.at('2021-08-03'));
    expect(w.decision.ok ? '' : w.decision.refusal.message).toContain('2021-08-06T00:00:00.000');
  });

  it('cancellationCooldownDays 0: no cooldown, the seller may ask again at the same instant', () => {
    given(cancelledOn('2021-08-01T15:00'), { policy: { cancellationCooldownDays: 0 } })
      .when(request(), tokyo.at('2021-08-01T15:00'))
      .then([{ kind: 'WithdrawalRequested' }]);
  });

  it('cancellationCooldownDays 1: the cooldown ends at 00:00 the next day', () => {
    const g = given(cancelledOn('2021-08-01T15:00'), { policy: { cancellationCooldownDays: 1 } });
    g.when(request(), tokyo.endOf('2021-08-01')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-02') });
  });

  it('cooldowns add up: a cancel from on hold does not end the rejection’s cooldown', () => {
    const steps: GivenStep[] = [...requested, [tokyo.at('2021-08-01T10:00'), reject()], [tokyo.at('2021-08-02T10:00'), cancel()]];
    const policy = { cancellationCooldownDays: 1 };
    // Cancellation cooldown ends 8/3, the rejection's 8/6: the later one holds.
    given(steps, { policy }).when(request(), tokyo.at('2021-08-04')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-06') });
    given(steps, { policy }).when(request(), tokyo.midnight('2021-08-06')).then([{ kind: 'WithdrawalRequested' }]);
  });

  it('cooldowns add up: a later cancellation cooldown outlasts the rejection’s', () => {
    const steps: GivenStep[] = [...requested, [tokyo.at('2021-08-01T10:00'), reject()], [tokyo.at('2021-08-03T10:00'), cancel()]];
    given(steps).when(request(), tokyo.endOf('2021-08-07')).thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-08') });
    given(steps).when(request(), tokyo.midnight('2021-08-08')).then([{ kind: 'WithdrawalRequested' }]);
  });

  it('a cancel with the cancellation cooldown off still leaves the rejection’s cooldown in force', () => {
    const steps: GivenStep[] = [...requested, [tokyo.at('2021-08-01T10:00'), reject()], [tokyo.at('2021-08-01T11:00'), cancel()]];
    given(steps, { policy: { cancellationCooldownDays: 0 } })
      .when(request(), tokyo.at('2021-08-02'))
      .thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-08-06') });
  });
});
