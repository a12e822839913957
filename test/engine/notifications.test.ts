import { describe, expect, it } from 'vitest';
import type { ClaimEvent } from '../../engine/index.js';
import { notificationsOf } from './support/notificationsOf.js';
import { advance, cancel, memo, reject, request, support } from './support/commands.js';
import { tokyo } from './support/localTime.js';
import { type When, claimOpenedAt, given } from './support/spec.js';

const T0 = tokyo.at('2021-07-20T09:00');
const T1 = tokyo.at('2021-07-21T09:00');
const eventOf = (w: When): ClaimEvent => {
  if (!w.decision.ok) throw new Error('refused');
  return w.decision.events[0]!;
};

describe('R6 notifications of a request', () => {
  const e = eventOf(given(claimOpenedAt(T0)).when(request(), T1));

  it('the seller is told in its Qpost inbox that the claim is withdrawn automatically without an answer', () => {
    expect(notificationsOf(e)).toContainEqual({
      to: 'seller',
      channel: 'qpost',
      claim: 'C1',
      text: 'Withdrawal request completed. If the buyer does not answer by the deadline, the claim is withdrawn automatically.',
    });
  });

  it('interpretation: the buyer is notified on MyQoo10 with the pending-withdrawal counter', () => {
    expect(notificationsOf(e)).toContainEqual(expect.objectContaining({ to: 'buyer', channel: 'myqoo10', claim: 'C1', pendingWithdrawals: 1 }));
    expect(notificationsOf(e)).toHaveLength(2);
  });

  it('a re-request notifies both parties again, with the counter back up', () => {
    const w = given([...claimOpenedAt(T0), [T1, request()], [T1, reject()]]).when({ kind: 'ReRequestWithdrawal', claim: 'C1', message: 'again' }, tokyo.midnight('2021-07-26'));
    const n = notificationsOf(eventOf(w));
    expect(n.map((x) => x.to)).toEqual(['seller', 'buyer']);
    expect(n[1]!.pendingWithdrawals).toBe(1);
  });
});

describe('R9 the seller sees the buyer’s rejection reason', () => {
  it('the seller’s Qpost notification carries the category and the reason', () => {
    const e = eventOf(given([...claimOpenedAt(T0), [T1, request()]]).when(reject('Still broken', { category: 'defect' }), T1));
    expect(notificationsOf(e)).toEqual([{ to: 'seller', channel: 'qpost', claim: 'C1', text: 'The buyer rejected the withdrawal request: [defect] Still broken' }]);
  });
});

describe('R6 the buyer’s counter travels with each closing notification', () => {
  it.each([
    ['accept', { kind: 'AcceptWithdrawal', claim: 'C1' } as const],
    ['cancel', cancel()],
    ['lapse (R16)', advance('return_on_hold')],
  ])('%s tells the buyer, with the counter back to 0', (_what, command) => {
    const w = given([...claimOpenedAt(T0, 'return', 'returning'), [T1, request()]]).when(command, T1);
    if (!w.decision.ok) throw new Error('refused');
    const closing = w.decision.events.find((x) => x.kind !== 'ClaimAdvanced')!;
    expect(notificationsOf(closing)).toEqual([expect.objectContaining({ to: 'buyer', channel: 'myqoo10', claim: 'C1', pendingWithdrawals: 0 })]);
  });

  it('a timeout tells the buyer, with the counter back to 0', () => {
    const g = given([...claimOpenedAt(T0), [T1, request()]]);
    g.engine.advanceTo(tokyo.midnight('2021-07-28'));
    const timedOut = g.engine.events().at(-1)!;
    expect(timedOut.kind).toBe('WithdrawalTimedOut');
    expect(notificationsOf(timedOut)).toEqual([expect.objectContaining({ to: 'buyer', pendingWithdrawals: 0 })]);
  });
});

describe('events that notify nobody', () => {
  it('orders, claims, advances, memos and support contacts send no withdrawal notification', () => {
    const g = given([...claimOpenedAt(T0, 'cancel'), [T1, advance('cancelling')], [T1, memo('seller')], [T1, support()]]);
    expect(g.engine.events().map((e) => e.kind)).toEqual(['OrderPlaced', 'ClaimOpened', 'ClaimAdvanced', 'MemoSent', 'SupportContacted']);
    for (const e of g.engine.events()) expect(notificationsOf(e)).toEqual([]);
  });
});
