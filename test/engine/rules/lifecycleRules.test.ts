import { describe, expect, it } from 'vitest';
import { CLAIM_STATUSES, type ClaimStatus, type ClaimType, type LifecycleStatus, isTerminal } from '../../../engine/index.js';
import { BUYER, SELLER, advance, openClaim, placeOrder, reject, request } from '../support/commands.js';
import { tokyo } from '../support/localTime.js';
import { type GivenStep, claimOpenedAt, given } from '../support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const T1 = tokyo.at('2021-07-21T09:00');

/** rules.md's arrows, written out again here so the engine's table is checked, not copied. */
const ARROWS: Record<string, string[]> = {
  cancel_requested: ['cancelling'],
  cancelling: ['cancel_completed'],
  return_requested: ['returning'],
  returning: ['return_on_hold', 'return_received'],
  return_on_hold: ['returning', 'return_received'],
  return_received: ['return_completed'],
  exchange_requested: ['exchange_reshipping'],
  exchange_reshipping: ['exchange_completed'],
  non_receipt_reported: ['non_receipt_seller_confirmed'],
  non_receipt_seller_confirmed: ['non_receipt_refunded', 'non_receipt_partially_refunded'],
};
const typeOf = (s: string): ClaimType =>
  s.startsWith('non_receipt') ? 'non_receipt' : s.startsWith('cancel') ? 'cancel' : s.startsWith('exchange') ? 'exchange' : 'return';

describe('claim lifecycle: only the arrows of rules.md', () => {
  for (const [from, allowed] of Object.entries(ARROWS)) {
    it(`from ${from}: ${allowed.join(', ')} accepted; every other status refused with INVALID_TRANSITION`, () => {
      for (const to of CLAIM_STATUSES) {
        const w = given(claimOpenedAt(T0, typeOf(from), from as LifecycleStatus)).when(advance(to), T1);
        if (allowed.includes(to)) w.then([{ kind: 'ClaimAdvanced', claim: 'C1', from: from as ClaimStatus, to }]);
        else w.thenRefuses('INVALID_TRANSITION');
      }
    });
  }

  it('every non-terminal status has its arrows listed above (none forgotten)', () => {
    const nonTerminal = CLAIM_STATUSES.filter((s) => !isTerminal(s));
    expect(Object.keys(ARROWS).sort()).toEqual([...nonTerminal].sort());
  });

  it.each(['cancel_completed', 'return_completed', 'exchange_completed', 'non_receipt_refunded', 'non_receipt_partially_refunded'] as const)(
    'a claim in terminal %s cannot move (CLAIM_CLOSED)',
    (status) => {
      given(claimOpenedAt(T0, typeOf(status), status)).when(advance('returning'), T1).thenRefuses('CLAIM_CLOSED');
    },
  );

  it('an unknown status name is refused with INVALID_TRANSITION', () => {
    given(claimOpenedAt(T0)).when(advance('shipped' as ClaimStatus), T1).thenRefuses('INVALID_TRANSITION');
  });

  it('an unknown claim is refused with CLAIM_NOT_FOUND', () => {
    given(claimOpenedAt(T0)).when(advance('returning', 'C404'), T1).thenRefuses('CLAIM_NOT_FOUND');
  });

  it('becoming terminal records the instant the claim closed', () => {
    const w = given(claimOpenedAt(T0, 'cancel', 'cancelling')).when(advance('cancel_completed'), T1);
    expect(w.claim().closedAt).toBe(T1);
  });
});

describe('opening orders and claims', () => {
  it('a claim opens in its type’s first status, received now, seller and buyer taken from the order', () => {
    const g = given([[T0, placeOrder()]]);
    g.when(openClaim('exchange', { reason: 'wrong size' }), T1).then([
      { kind: 'ClaimOpened', claim: 'C1', order: 'O1', seller: SELLER, buyer: BUYER, type: 'exchange', status: 'exchange_requested', receivedAt: T1, reason: 'wrong size' },
    ]);
  });

  it('an explicit receipt instant is kept', () => {
    given([[T1, placeOrder()]]).when(openClaim('return', { receivedAt: T0 }), T1).then([{ receivedAt: T0, at: T1 }]);
  });

  it('a claim on an unknown order is refused with ORDER_NOT_FOUND', () => {
    given([[T0, placeOrder()]]).when(openClaim('return', { order: 'O404' }), T1).thenRefuses('ORDER_NOT_FOUND');
  });

  it('ORDER_NOT_FOUND comes before CLAIM_ALREADY_EXISTS', () => {
    given(claimOpenedAt(T0)).when(openClaim('return', { order: 'O404' }), T1).thenRefuses('ORDER_NOT_FOUND');
  });

  it('a second claim with the same id is refused with CLAIM_ALREADY_EXISTS', () => {
    given(claimOpenedAt(T0)).when(openClaim('cancel'), T1).thenRefuses('CLAIM_ALREADY_EXISTS');
  });

  it('a second order with the same id is refused with ORDER_ALREADY_EXISTS', () => {
    given(claimOpenedAt(T0)).when(placeOrder(), T1).thenRefuses('ORDER_ALREADY_EXISTS');
  });

  it('a status of another type is refused with INVALID_TRANSITION', () => {
    given([[T0, placeOrder()]]).when(openClaim('cancel', { status: 'returning' }), T1).thenRefuses('INVALID_TRANSITION');
  });

  it('a claim cannot open as withdrawn', () => {
    given([[T0, placeOrder()]]).when(openClaim('cancel', { status: 'withdrawn' as LifecycleStatus }), T1).thenRefuses('INVALID_TRANSITION');
  });
});

describe('R16 the claim moves on while a withdrawal is open', () => {
  const requestedIn = (type: ClaimType, status: LifecycleStatus): GivenStep[] => [...claimOpenedAt(T0, type, status), [T1, request()]];

  it.each([
    ['cancel', 'cancel_requested', 'cancelling'],
    ['return', 'returning', 'return_on_hold'],
    ['return', 'returning', 'return_received'],
    ['exchange', 'exchange_requested', 'exchange_reshipping'],
  ] as const)('a %s claim with a request moving %s → %s: the withdrawal lapses, the counter goes down', (type, from, to) => {
    const w = given(requestedIn(type, from))
      .when(advance(to), tokyo.at('2021-07-22'))
      .then([
        { kind: 'ClaimAdvanced', from, to },
        { kind: 'WithdrawalLapsed', cause: 'ineligible_status', pendingWithdrawals: 0 },
      ]);
    expect(w.view()).toMatchObject({ status: to, withdrawal: 'none', deadline: null, outcome: null, cooldownUntil: null });
  });

  it('moving to another eligible status keeps the request open', () => {
    const w = given(requestedIn('return', 'return_requested')).when(advance('returning'), tokyo.at('2021-07-22')).then([{ kind: 'ClaimAdvanced' }]);
    expect(w.view()).toMatchObject({ status: 'returning', withdrawal: 'requested' });
  });

  it('a withdrawal on hold lapses too; the buyer counter (already down) is unchanged', () => {
    given([...requestedIn('return', 'returning'), [tokyo.at('2021-07-22'), reject()]])
      .when(advance('return_received'), tokyo.at('2021-07-23'))
      .then([{ kind: 'ClaimAdvanced' }, { kind: 'WithdrawalLapsed', cause: 'ineligible_status', pendingWithdrawals: 0 }]);
  });

  it('a lapse starts no cooldown: back in returning, the seller may ask again at once', () => {
    given([...requestedIn('return', 'returning'), [tokyo.at('2021-07-22'), advance('return_on_hold')], [tokyo.at('2021-07-22T12:00'), advance('returning')]])
      .when(request(), tokyo.at('2021-07-22T12:00'))
      .then([{ kind: 'WithdrawalRequested', request: 2, reRequest: false }]);
  });

  it('choice: a lapse from on hold does not end the rejection’s cooldown (cooldowns add up, R15)', () => {
    given([
      ...requestedIn('return', 'returning'),
      [tokyo.at('2021-07-22T10:00'), reject()],
      [tokyo.at('2021-07-22T11:00'), advance('return_on_hold')],
      [tokyo.at('2021-07-22T12:00'), advance('returning')],
    ])
      .when(request(), tokyo.at('2021-07-23'))
      .thenRefuses('COOLDOWN_ACTIVE', { until: tokyo.midnight('2021-07-27') });
  });

  it('the lapsed request’s deadline timer later does nothing', () => {
    const g = given([...requestedIn('cancel', 'cancel_requested'), [tokyo.at('2021-07-22'), advance('cancelling')]]);
    g.engine.advanceTo(tokyo.midnight('2021-08-01'));
    expect(g.view()).toMatchObject({ status: 'cancelling', withdrawal: 'none', outcome: null });
    expect(g.engine.stats.staleTimers).toBe(1);
  });

  it('follows the policy’s eligibleStatuses: with cancelling eligible, the request survives the move', () => {
    const policy = { eligibleStatuses: ['cancel_requested', 'cancelling'] as LifecycleStatus[] };
    given(requestedIn('cancel', 'cancel_requested'), { policy }).when(advance('cancelling'), tokyo.at('2021-07-22')).then([{ kind: 'ClaimAdvanced' }]);
  });

  it('a claim with no withdrawal open just moves', () => {
    given(claimOpenedAt(T0, 'cancel')).when(advance('cancelling'), T1).then([{ kind: 'ClaimAdvanced' }]);
  });
});
