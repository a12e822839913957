import { describe, expect, it } from 'vitest';
import { type ClaimType, DEFAULT_ELIGIBLE_STATUSES, type LifecycleStatus, SUPPORT_CATEGORY, TERMINAL_STATUSES, isTerminal } from '../../../engine/index.js';
import { BUYER, SELLER, STRANGER, accept, advance, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const returnClaim = claimOpenedAt(T0);

describe('R1 only the claim’s seller can request a withdrawal', () => {
  it('accepts the request from the seller (actor given explicitly)', () => {
    given(returnClaim)
      .when(request(undefined, { actor: SELLER }), tokyo.at('2021-07-29T10:00'))
      .then([{ kind: 'WithdrawalRequested', claim: 'C1' }]);
  });

  it('accepts the request with the default actor (the claim’s seller)', () => {
    given(returnClaim).when(request(), tokyo.at('2021-07-29T10:00')).then([{ kind: 'WithdrawalRequested' }]);
  });

  it('refuses the buyer with NOT_SELLER', () => {
    given(returnClaim).when(request(undefined, { actor: BUYER }), tokyo.at('2021-07-29T10:00')).thenRefuses('NOT_SELLER');
  });

  it('refuses another seller with NOT_SELLER, naming the real seller', () => {
    const w = given(returnClaim).when(request(undefined, { actor: STRANGER }), tokyo.at('2021-07-29T10:00')).thenRefuses('NOT_SELLER');
    expect(w.decision.ok ? '' : w.decision.refusal.message).toContain(SELLER);
  });

  it('refuses an unknown claim with CLAIM_NOT_FOUND before checking the actor', () => {
    given(returnClaim).when(request(undefined, { claim: 'C404', actor: STRANGER })).thenRefuses('CLAIM_NOT_FOUND');
  });
});

describe('R2 eligible claim statuses', () => {
  it('the default eligible statuses are cancel_requested, return_requested, returning, exchange_requested', () => {
    expect([...DEFAULT_ELIGIBLE_STATUSES].sort()).toEqual(['cancel_requested', 'exchange_requested', 'return_requested', 'returning']);
  });

  const eligible: [ClaimType, LifecycleStatus][] = [
    ['cancel', 'cancel_requested'],
    ['return', 'return_requested'],
    ['return', 'returning'],
    ['exchange', 'exchange_requested'],
  ];
  it.each(eligible)('a %s claim in %s accepts a request', (type, status) => {
    given(claimOpenedAt(T0, type, status))
      .when(request(), tokyo.at('2021-07-21T10:00'))
      .then([{ kind: 'WithdrawalRequested' }]);
  });

  it('interpretation: plain returning is eligible (only its sub-states on hold and received are blocked)', () => {
    const g = given([...returnClaim, [tokyo.at('2021-07-21'), advance('returning')]]);
    g.when(request(), tokyo.at('2021-07-22')).then([{ kind: 'WithdrawalRequested' }]);
  });

  const ineligible: [ClaimType, LifecycleStatus][] = [
    ['cancel', 'cancelling'],
    ['return', 'return_on_hold'],
    ['return', 'return_received'],
    ['exchange', 'exchange_reshipping'],
    ['non_receipt', 'non_receipt_reported'],
    ['non_receipt', 'non_receipt_seller_confirmed'],
  ];
  it.each(ineligible)('a %s claim in %s refuses a request with INELIGIBLE_STATUS', (type, status) => {
    given(claimOpenedAt(T0, type, status)).when(request(), tokyo.at('2021-07-21')).thenRefuses('INELIGIBLE_STATUS');
  });

  const terminal = [...TERMINAL_STATUSES].filter((s) => s !== 'withdrawn') as LifecycleStatus[];
  it.each(terminal)('a claim in terminal %s refuses a request with CLAIM_CLOSED', (status) => {
    const type = status.startsWith('non_receipt') ? 'non_receipt' : (status.split('_')[0] as 'cancel' | 'return' | 'exchange');
    given(claimOpenedAt(T0, type, status)).when(request(), tokyo.at('2021-07-21')).thenRefuses('CLAIM_CLOSED');
  });

  it('a withdrawn claim refuses a new request with CLAIM_CLOSED', () => {
    given([...returnClaim, [tokyo.at('2021-07-21'), request()], [tokyo.at('2021-07-22'), accept()]])
      .when(request(), tokyo.at('2021-08-01'))
      .thenRefuses('CLAIM_CLOSED');
  });

  it('follows the policy’s eligibleStatuses: cancelling becomes eligible, return_requested not', () => {
    const policy = { eligibleStatuses: ['cancelling'] as LifecycleStatus[] };
    given(claimOpenedAt(T0, 'cancel', 'cancelling'), { policy }).when(request(), T0).then([{ kind: 'WithdrawalRequested' }]);
    given(returnClaim, { policy }).when(request(), T0).thenRefuses('INELIGIBLE_STATUS');
  });

  it('every lifecycle status is either eligible by default, ineligible or terminal (none forgotten)', () => {
    const listed = new Set<string>([...eligible, ...ineligible].map(([, s]) => s));
    for (const s of terminal) listed.add(s);
    const all = ['cancel_requested', 'cancelling', 'cancel_completed', 'return_requested', 'returning', 'return_on_hold', 'return_received',
      'return_completed', 'exchange_requested', 'exchange_reshipping', 'exchange_completed', 'non_receipt_reported',
      'non_receipt_seller_confirmed', 'non_receipt_refunded', 'non_receipt_partially_refunded'];
    expect([...listed].sort()).toEqual(all.sort());
    expect(all.filter((s) => isTerminal(s as LifecycleStatus))).toHaveLength(5);
  });
});

describe('R3 an ineligible claim is sent to the support desk', () => {
  it('the INELIGIBLE_STATUS refusal names the support desk category', () => {
    const w = given(claimOpenedAt(T0, 'return', 'return_received')).when(request(), T0).thenRefuses('INELIGIBLE_STATUS', { support: SUPPORT_CATEGORY });
    expect(w.decision.ok ? '' : w.decision.refusal.message).toContain('refund / claim withdrawal › claim withdrawal');
  });

  it('the CLAIM_CLOSED refusal of a completed return points to support too', () => {
    given(claimOpenedAt(T0, 'return', 'return_completed')).when(request(), T0).thenRefuses('CLAIM_CLOSED', { support: SUPPORT_CATEGORY });
  });
});

describe('R4 the request needs a seller message', () => {
  it.each(['', ' ', '\t\n', '　'])('refuses the message %j with MESSAGE_REQUIRED', (message) => {
    given(returnClaim).when(request(message), T0).thenRefuses('MESSAGE_REQUIRED');
  });

  it('accepts a one-character message', () => {
    given(returnClaim).when(request('x'), T0).then([{ kind: 'WithdrawalRequested', message: 'x' }]);
  });

  it('keeps the message as typed (no trimming) in the event', () => {
    given(returnClaim).when(request('  resent  '), T0).then([{ message: '  resent  ' }]);
  });

  it('policy requireMessage: false accepts an empty message', () => {
    given(returnClaim, { policy: { requireMessage: false } }).when(request(''), T0).then([{ kind: 'WithdrawalRequested', message: '' }]);
  });
});

describe('R5 at most one open withdrawal per claim', () => {
  it('a second request while requested is refused with WITHDRAWAL_ALREADY_OPEN', () => {
    given([...returnClaim, [tokyo.at('2021-07-21'), request()]])
      .when(request(), tokyo.at('2021-07-22'))
      .thenRefuses('WITHDRAWAL_ALREADY_OPEN');
  });

  it('a fresh request while on hold is refused with WITHDRAWAL_ALREADY_OPEN (re-request instead)', () => {
    const w = given([...returnClaim, [tokyo.at('2021-07-21'), request()], [tokyo.at('2021-07-22'), reject()]])
      .when(request(), tokyo.at('2021-08-10'))
      .thenRefuses('WITHDRAWAL_ALREADY_OPEN');
    expect(w.decision.ok ? '' : w.decision.refusal.message).toContain('re-request');
  });

  it('a second claim on another order of the same buyer may have its own open request', () => {
    const g = given([
      ...returnClaim,
      [T0, { kind: 'PlaceOrder', order: 'O2', seller: SELLER, buyer: BUYER }],
      [T0, { kind: 'OpenClaim', claim: 'C2', order: 'O2', type: 'cancel' }],
      [tokyo.at('2021-07-21'), request()],
    ]);
    g.when(request(undefined, { claim: 'C2' }), tokyo.at('2021-07-21')).then([{ kind: 'WithdrawalRequested', claim: 'C2', pendingWithdrawals: 2 }]);
  });
});

describe('R6 a successful request', () => {
  it('manual §1: a request on 7/29 has deadline 8/4 and times out at 00:00 on 8/5', () => {
    given(returnClaim)
      .when(request(), tokyo.at('2021-07-29T10:00'))
      .then([{ kind: 'WithdrawalRequested', deadline: tokyo.day('2021-08-04'), timeoutAt: tokyo.midnight('2021-08-05'), reRequest: false, request: 1 }]);
  });

  it('manual §4 form: a request dated 2021-08-04 has response deadline 2021-08-10', () => {
    const w = given(returnClaim).when(request(), tokyo.at('2021-08-04T15:30'));
    expect(w.view().deadline).toBe('2021-08-10');
  });

  it.each([
    ['2021-07-29T00:00', '2021-08-04'],
    ['2021-07-29T23:59:59.999', '2021-08-04'],
    ['2021-07-30T00:00', '2021-08-05'],
  ])('a request at %s (first and last instant of its date) has deadline %s', (when, deadline) => {
    const w = given(returnClaim).when(request(), tokyo.at(when));
    expect(w.view().deadline).toBe(deadline);
  });

  it('the withdrawal becomes requested; the claim keeps its status', () => {
    const w = given(returnClaim).when(request(), tokyo.at('2021-07-29T10:00'));
    expect(w.view()).toMatchObject({ status: 'return_requested', withdrawal: 'requested', outcome: null });
  });

  it.each([
    [1, '2021-07-29'],
    [3, '2021-07-31'],
    [14, '2021-08-11'],
  ])('responseWindowDays %i: deadline is request date + window − 1 (%s)', (responseWindowDays, deadline) => {
    const w = given(returnClaim, { policy: { responseWindowDays } }).when(request(), tokyo.at('2021-07-29T10:00'));
    expect(w.view().deadline).toBe(deadline);
    expect(w.claim().timeoutAt).toBe(tokyo.calendar.startOfDay(tokyo.day(deadline) + 1));
  });

  it('the buyer’s pending-withdrawal counter goes up by one', () => {
    const w = given(returnClaim).when(request(), T0).then([{ pendingWithdrawals: 1 }]);
    expect(w.engine.view.pendingWithdrawals(BUYER)).toBe(1);
  });

  it('records no PII for a plain message', () => {
    given(returnClaim).when(request('We shipped it on 2021-08-04.'), T0).then([{ pii: [] }]);
  });
});
