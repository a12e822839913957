import type { State } from '../types.js';

/** R6: the buyer's MyQoo10 pending-withdrawal counter. */
export function pendingWithdrawals(state: State, buyer: string): number {
  return state.pendingWithdrawals.get(buyer) ?? 0;
}

/** R20: memos sent to the party with no later memo from it on the same order. */
export function unansweredMemos(state: State, party: 'seller' | 'buyer', id: string): number {
  return (party === 'seller' ? state.unansweredBySeller : state.unansweredByBuyer).get(id) ?? 0;
}

/** R20: the memo box shows the unanswered mark "N" while the count is at least 1. */
export function showsUnansweredMark(state: State, party: 'seller' | 'buyer', id: string): boolean {
  return unansweredMemos(state, party, id) >= 1;
}
