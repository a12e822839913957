import { describe, expect, it } from 'vitest';
import { DEFAULT_POLICY, decide } from '../../../engine/index.js';
import { BUYER, SELLER, STRANGER, accept, cancel, reRequest, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
/** A return claim with a request on 7/29 (deadline 8/4, timeout 00:00 8/5). */
const requested: GivenStep[] = [...claimOpenedAt(T0), [tokyo.at('2021-07-29T10:00'), request()]];
const onHold: GivenStep[] = [...requested, [tokyo.at('2021-07-30T10:00'), reject()]];

describe('R7 who may answer, and until when', () => {
  it('the buyer may accept (actor given explicitly)', () => {
    given(requested).when(accept({ actor: BUYER }), tokyo.at('2021-07-30')).then([{ kind: 'WithdrawalAccepted' }]);
  });

  it.each([SELLER, STRANGER])('%s accepting is refused with NOT_BUYER', (actor) => {
    given(requested).when(accept({ actor }), tokyo.at('2021-07-30')).thenRefuses('NOT_BUYER');
  });

  it.each([SELLER, STRANGER])('%s rejecting is refused with NOT_BUYER', (actor) => {
    given(requested).when(reject(undefined, { actor }), tokyo.at('2021-07-30')).thenRefuses('NOT_BUYER');
  });

  it('accepting with no request open is refused with NO_OPEN_REQUEST', () => {
    given(claimOpenedAt(T0)).when(accept(), tokyo.at('2021-07-30')).thenRefuses('NO_OPEN_REQUEST');
  });

  it('rejecting with no request open is refused with NO_OPEN_REQUEST', () => {
    given(claimOpenedAt(T0)).when(reject(), tokyo.at('2021-07-30')).thenRefuses('NO_OPEN_REQUEST');
  });

  it('accepting a withdrawal on hold is refused with NO_OPEN_REQUEST', () => {
    given(onHold).when(accept(), tokyo.at('2021-07-31')).thenRefuses('NO_OPEN_REQUEST');
  });

  it('rejecting a withdrawal on hold again is refused with NO_OPEN_REQUEST', () => {
    given(onHold).when(reject(), tokyo.at('2021-07-31')).thenRefuses('NO_OPEN_REQUEST');
  });

  it('answering after the seller cancelled is refused with NO_OPEN_REQUEST', () => {
    given([...requested, [tokyo.at('2021-07-30'), cancel()]]).when(accept(), tokyo.at('2021-07-31')).thenRefuses('NO_OPEN_REQUEST');
  });

  it('manual §1: accepting at 23:59:59.999 of the deadline date 8/4 is on time', () => {
    given(requested).when(accept(), tokyo.endOf('2021-08-04')).then([{ kind: 'WithdrawalAccepted', at: tokyo.at('2021-08-04T23:59:59.999') }]);
  });

  it('manual §1: rejecting at 23:59:59.999 of the deadline date 8/4 is on time', () => {
    given(requested).when(reject(), tokyo.endOf('2021-08-04')).then([{ kind: 'WithdrawalRejected' }]);
  });

  it('at 00:00 on 8/5 the claim has already been withdrawn by the timeout, so accepting gives CLAIM_CLOSED', () => {
    const w = given(requested).when(accept(), tokyo.midnight('2021-08-05')).thenRefuses('CLAIM_CLOSED');
    expect(w.fired).toMatchObject([{ kind: 'WithdrawalTimedOut', at: tokyo.midnight('2021-08-05') }]);
  });

  it('with autoWithdrawOnTimeout false, the request lapsed at 00:00 on 8/5, so a reject then gives NO_OPEN_REQUEST', () => {
    const w = given(requested, { policy: { autoWithdrawOnTimeout: false } }).when(reject(), tokyo.midnight('2021-08-05')).thenRefuses('NO_OPEN_REQUEST');
    expect(w.fired).toMatchObject([{ kind: 'WithdrawalLapsed', cause: 'timeout' }]);
  });

  it('the rules alone (no clock) refuse an answer at or after the timeout instant with NO_OPEN_REQUEST', () => {
    const g = given(requested);
    const late = decide(g.engine.view, accept(), tokyo.midnight('2021-08-05'), DEFAULT_POLICY);
    expect(late).toMatchObject({ ok: false, refusal: { code: 'NO_OPEN_REQUEST' } });
    const onTime = decide(g.engine.view, accept(), tokyo.midnight('2021-08-05') - 1, DEFAULT_POLICY);
    expect(onTime.ok).toBe(true);
  });

  it('a re-request’s new window is answerable through its own deadline', () => {
    const g = given([...onHold, [tokyo.at('2021-08-10T09:00'), reRequest()]]);
    expect(g.view().deadline).toBe('2021-08-16');
    g.when(accept(), tokyo.endOf('2021-08-16')).then([{ kind: 'WithdrawalAccepted' }]);
  });
});

describe('R8 accepting withdraws the claim at once', () => {
  it('the claim becomes withdrawn with outcome accepted and no open withdrawal', () => {
    const w = given(requested).when(accept(), tokyo.at('2021-07-30T12:00')).then([{ kind: 'WithdrawalAccepted', claim: 'C1', pendingWithdrawals: 0 }]);
    expect(w.view()).toMatchObject({ status: 'withdrawn', withdrawal: 'none', outcome: 'accepted', deadline: null });
    expect(w.claim().closedAt).toBe(tokyo.at('2021-07-30T12:00'));
  });

  it('the pending deadline timer later finds nothing to do (no timeout after an accept)', () => {
    const g = given(requested);
    g.when(accept(), tokyo.at('2021-07-30'));
    g.engine.advanceTo(tokyo.midnight('2021-08-06'));
    expect(g.engine.events().map((e) => e.kind)).not.toContain('WithdrawalTimedOut');
    expect(g.view().outcome).toBe('accepted');
    expect(g.engine.stats.staleTimers).toBe(1);
  });

  it('accepting one claim leaves the buyer’s other pending request counted', () => {
    const g = given([
      ...requested,
      [tokyo.at('2021-07-29T11:00'), { kind: 'PlaceOrder', order: 'O2', seller: SELLER, buyer: BUYER }],
      [tokyo.at('2021-07-29T11:00'), { kind: 'OpenClaim', claim: 'C2', order: 'O2', type: 'cancel' }],
      [tokyo.at('2021-07-29T12:00'), request(undefined, { claim: 'C2' })],
    ]);
    g.when(accept(), tokyo.at('2021-07-30')).then([{ kind: 'WithdrawalAccepted', pendingWithdrawals: 1 }]);
  });
});

describe('R9 rejecting puts the withdrawal on hold', () => {
  it('the withdrawal goes on hold with the buyer’s category and reason; the claim keeps its status', () => {
    const w = given(requested)
      .when(reject('Still broken', { category: 'product_defect' }), tokyo.at('2021-07-30T10:00'))
      .then([{ kind: 'WithdrawalRejected', category: 'product_defect', reason: 'Still broken', pendingWithdrawals: 0 }]);
    expect(w.view()).toMatchObject({ status: 'return_requested', withdrawal: 'on_hold', deadline: null, outcome: null });
    expect(w.claim().rejection).toEqual({ category: 'product_defect', reason: 'Still broken' });
  });

  it('the category defaults to other', () => {
    given(requested).when(reject('no'), tokyo.at('2021-07-30')).then([{ category: 'other' }]);
  });

  it.each(['', '   '])('an empty reason %j is refused with MESSAGE_REQUIRED', (reason) => {
    given(requested).when(reject(reason), tokyo.at('2021-07-30')).thenRefuses('MESSAGE_REQUIRED');
  });

  it('policy requireMessage: false accepts an empty reason', () => {
    given(requested, { policy: { requireMessage: false } }).when(reject(''), tokyo.at('2021-07-30')).then([{ kind: 'WithdrawalRejected' }]);
  });

  it('a rejected request does not time out at its old deadline', () => {
    const g = given(onHold);
    g.engine.advanceTo(tokyo.midnight('2021-08-06'));
    expect(g.view()).toMatchObject({ status: 'return_requested', withdrawal: 'on_hold' });
  });
});
