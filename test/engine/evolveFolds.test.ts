import { describe, expect, it } from 'vitest';
import { type ClaimEvent, type EventKind, FEATURES, emptyState, evolve, replay } from '../../engine/index.js';
import { EVENT_KINDS } from '../../engine/events/index.js';
import { request } from './support/commands.js';
import { tokyo } from './support/localTime.js';
import { claimOpenedAt, given } from './support/spec.js';

/** Which feature folds each kind of event (issue 20: a rule's evolve part is in its folder). */
const FOLDED_BY: Record<EventKind, string> = {
  OrderPlaced: 'lifecycle',
  ClaimOpened: 'lifecycle',
  ClaimAdvanced: 'lifecycle',
  WithdrawalLapsed: 'lifecycle',
  WithdrawalRequested: 'request',
  WithdrawalAccepted: 'answer',
  WithdrawalRejected: 'answer',
  WithdrawalCancelled: 'cancel',
  WithdrawalTimedOut: 'responseDeadline',
  MemoSent: 'memos',
  SupportContacted: 'memos',
  BuyerReminded: 'reminder',
  DeadlineRetimed: 'datedChanges',
  CooldownRetimed: 'datedChanges',
  SellerToldCooldownEnded: 'cooldownEndNotice',
};

const T0 = tokyo.at('2021-07-20T09:00');

describe('evolve reads the features\' registrations only', () => {
  it('every event kind is folded by one feature, the one whose folder holds the rule', () => {
    const folders = Object.fromEntries(EVENT_KINDS.map((kind) => [kind, FEATURES.filter((f) => f.evolves?.[kind] !== undefined).map((f) => f.name)]));
    expect(folders).toEqual(Object.fromEntries(EVENT_KINDS.map((kind) => [kind, [FOLDED_BY[kind]]])));
  });

  it('an event no feature folds is a corrupt log: it throws, naming the kind', () => {
    const bogus = { kind: 'WithdrawalForgotten', at: T0, claim: 'C1' } as unknown as ClaimEvent;
    expect(() => evolve(emptyState(), bogus)).toThrow(/no feature folds WithdrawalForgotten/);
  });

  it('a lapse after an unanswered request (autoWithdrawOnTimeout: false) is folded as a move\'s lapse is: no withdrawal, the claim keeps its status', () => {
    const g = given([...claimOpenedAt(T0), [tokyo.at('2021-07-29T10:00'), request()]], { policy: { autoWithdrawOnTimeout: false } });
    g.engine.advanceTo(tokyo.midnight('2021-08-05'));
    const log = g.engine.events();
    expect(log.at(-1)).toMatchObject({ kind: 'WithdrawalLapsed', cause: 'timeout' });
    const claim = replay(log).claims.get('C1')!;
    expect(claim).toMatchObject({ status: 'return_requested', withdrawal: 'none', deadline: null, timeoutAt: null, outcome: null });
  });

  it('each feature\'s fold sets what its event says, step by step (a memo, a request, a rejection, a cancellation on hold, a request, an acceptance)', () => {
    const at = (d: string): number => tokyo.at(`2021-${d}`);
    const state = emptyState();
    const fold = (e: ClaimEvent) => {
      evolve(state, e);
      return { claim: state.claims.get('C1'), board: Object.fromEntries(state.board), pending: state.pendingWithdrawals.get('B1') ?? 0 };
    };
    fold({ kind: 'OrderPlaced', at: T0, order: 'O1', seller: 'S1', buyer: 'B1', orderedAt: null, shippedAt: null });
    expect(fold({ kind: 'ClaimOpened', at: T0, claim: 'C1', order: 'O1', seller: 'S1', buyer: 'B1', type: 'return', status: 'returning', receivedAt: T0, delayedFrom: at('07-23T09:00') })).toMatchObject({
      claim: { status: 'returning', withdrawal: 'none', leftFirstStatusAt: T0, closedAt: null, requests: 0 },
      board: { returning: 1 },
    });
    // memos: the buyer's memo waits for the seller's answer (R20).
    fold({ kind: 'MemoSent', at: at('07-21T10:00'), claim: 'C1', order: 'O1', from: 'buyer', text: 'Hello.', pii: [] });
    expect([[...state.unansweredBySeller], [...state.unansweredByBuyer]]).toEqual([[['S1', 1]], []]);
    // request: the withdrawal is requested, with the event's deadline and timeout, and the buyer's counter.
    expect(fold({ kind: 'WithdrawalRequested', at: at('07-22T10:00'), claim: 'C1', reRequest: false, request: 1, message: 'Please withdraw.', deadline: 18836, timeoutAt: at('07-29T00:00'), pendingWithdrawals: 1, pii: [] })).toMatchObject({
      claim: { withdrawal: 'requested', requestedAt: at('07-22T10:00'), deadline: 18836, timeoutAt: at('07-29T00:00'), requests: 1 },
      board: { returning: 1, withdrawal_requested: 1 },
      pending: 1,
    });
    // answer: a rejection puts the withdrawal on hold, clears the deadline, starts the cooldown (R9, R12).
    expect(fold({ kind: 'WithdrawalRejected', at: at('07-23T10:00'), claim: 'C1', category: 'other', reason: 'Still broken.', cooldownUntil: at('07-28T00:00'), pendingWithdrawals: 0, pii: [] })).toMatchObject({
      claim: { withdrawal: 'on_hold', deadline: null, timeoutAt: null, rejectionCooldownUntil: at('07-28T00:00'), rejection: { category: 'other', reason: 'Still broken.' } },
      board: { returning: 1, withdrawal_on_hold: 1 },
      pending: 0,
    });
    // cancel: the withdrawal on hold is over, with its own cooldown (R14, R15); the rejection's stays.
    expect(fold({ kind: 'WithdrawalCancelled', at: at('07-23T11:00'), claim: 'C1', from: 'on_hold', cooldownUntil: at('07-27T00:00'), pendingWithdrawals: 0 })).toMatchObject({
      claim: { withdrawal: 'none', requestedAt: null, cancellationCooldownUntil: at('07-27T00:00'), rejectionCooldownUntil: at('07-28T00:00'), status: 'returning' },
      board: { returning: 1 },
    });
    fold({ kind: 'WithdrawalRequested', at: at('07-30T10:00'), claim: 'C1', reRequest: false, request: 2, message: 'Please withdraw.', deadline: 18844, timeoutAt: at('08-06T00:00'), pendingWithdrawals: 1, pii: [] });
    // answer: an acceptance closes the request and withdraws the claim (R8).
    const done = fold({ kind: 'WithdrawalAccepted', at: at('07-31T10:00'), claim: 'C1', pendingWithdrawals: 0 });
    expect(done).toMatchObject({
      claim: { status: 'withdrawn', outcome: 'accepted', withdrawal: 'none', requestedAt: null, deadline: null, timeoutAt: null, closedAt: at('07-31T10:00'), requests: 2 },
      board: { withdrawn: 1 },
      pending: 0,
    });
    expect(Object.keys(done.board)).toEqual(['withdrawn']);
  });
});
