import { describe, expect, it } from 'vitest';
import { type ClaimEvent, type EventKind, FEATURES, emptyState, evolve, replay } from '../../engine/index.js';
import { EVENT_KINDS } from '../../engine/events/index.js';
import { accept, cancel, memo, reject, request } from './support/commands.js';
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

  it('the party events fold to the same state live and replayed, through every feature\'s fold', () => {
    const at = (d: string): number => tokyo.at(`2021-${d}`);
    const g = given([
      ...claimOpenedAt(T0, 'return', 'returning'),
      [at('07-21T10:00'), memo('buyer')],
      [at('07-22T10:00'), request()],
      [at('07-23T10:00'), reject()],
      [at('07-23T11:00'), cancel()],
      [at('07-30T10:00'), request()],
      [at('07-31T10:00'), accept()],
    ]);
    expect(g.engine.events().map((e) => e.kind)).toEqual(expect.arrayContaining(['MemoSent', 'WithdrawalRejected', 'WithdrawalCancelled', 'WithdrawalAccepted']));
    const replayed = replay(g.engine.events());
    expect(replayed.claims.get('C1')).toEqual(g.engine.view.claim('C1'));
    expect(replayed.claims.get('C1')).toMatchObject({ status: 'withdrawn', outcome: 'accepted', withdrawal: 'none', rejection: { category: expect.any(String) } });
    expect([...replayed.board]).toEqual([['withdrawn', 1]]);
    expect(replayed.unansweredBySeller.get('S1')).toBe(1);
  });
});
