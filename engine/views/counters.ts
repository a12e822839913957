import type { StateView } from '../StateView.js';

/** R6: the buyer's MyQoo10 pending-withdrawal counter. */
export function pendingWithdrawals(state: StateView, buyer: string): number {
  return state.pendingWithdrawals(buyer);
}

/** R20: memos sent to the party with no later memo from it on the same order. */
export function unansweredMemos(state: StateView, party: 'seller' | 'buyer', id: string): number {
  return state.unansweredMemos(party, id);
}

/** R20: the memo box shows the unanswered mark "N" while the count is at least 1. */
export function showsUnansweredMark(state: StateView, party: 'seller' | 'buyer', id: string): boolean {
  return unansweredMemos(state, party, id) >= 1;
}
