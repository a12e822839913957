import { describe, expect, it } from 'vitest';
import type { Claim, StateView, WithdrawalState } from '../../../engine/index.js';
import { pendingWithdrawalsAfter } from '../../../engine/rules/pendingWithdrawalsAfter.js';

/** A buyer with `pending` requests awaiting an answer, and one claim of theirs in `from`. */
function counterAfter(pending: number, from: WithdrawalState, to: WithdrawalState): number {
  const state = { pendingWithdrawals: (buyer: string) => (buyer === 'B1' ? pending : 0) } as unknown as StateView;
  const claim = { id: 'C1', buyer: 'B1', withdrawal: from } as Readonly<Claim>;
  return pendingWithdrawalsAfter(state, claim, to);
}

describe('R6 the buyer counter after a withdrawal moves', () => {
  it.each([
    ['a request', 'none', 'requested', 3],
    ['a re-request', 'on_hold', 'requested', 3],
    ['an acceptance, a timeout, a lapse or a cancellation of an open request', 'requested', 'none', 1],
    ['a rejection', 'requested', 'on_hold', 1],
    ['a cancellation or lapse of one on hold', 'on_hold', 'none', 2],
  ] as const)('%s: from %s to %s, 2 becomes %i', (_what, from, to, after) => {
    expect(counterAfter(2, from, to)).toBe(after);
  });
});
