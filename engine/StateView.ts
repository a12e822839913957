import type { State } from './State.js';
import type { Claim } from './Claim.js';
import type { Order, Party } from './Order.js';

/**
 * What the rules, the views and the checker read of the state: claims, orders and counters by
 * name, never the storage behind them. The engine hands out one (`Engine.view`); `viewOf` wraps
 * a state rebuilt by `replay`.
 */
export interface StateView {
  /** The claim held under this id, or undefined (never opened, or evicted by a streaming run). */
  claim(id: string): Readonly<Claim> | undefined;
  /** Every claim held, in the order opened. */
  claims(): IterableIterator<Readonly<Claim>>;
  /** How many claims are held. */
  readonly claimCount: number;
  order(id: string): Readonly<Order> | undefined;
  /** R17: the board's rows (claim statuses and open withdrawal states) with a non-zero count. */
  board(): ReadonlyMap<string, number>;
  /** R6: the buyer's MyQoo10 pending-withdrawal counter. */
  pendingWithdrawals(buyer: string): number;
  /** R6: every buyer's non-zero counter. */
  pendingCounters(): ReadonlyMap<string, number>;
  /** R20: memos sent to the party with no later memo from it on the same order. */
  unansweredMemos(party: Party, id: string): number;
}

/** A read-only view of a state. */
export function viewOf(state: State): StateView {
  return {
    claim: (id) => state.claims.get(id),
    claims: () => state.claims.values(),
    get claimCount() {
      return state.claims.size;
    },
    order: (id) => state.orders.get(id),
    board: () => state.board,
    pendingWithdrawals: (buyer) => state.pendingWithdrawals.get(buyer) ?? 0,
    pendingCounters: () => state.pendingWithdrawals,
    unansweredMemos: (party, id) => (party === 'seller' ? state.unansweredBySeller : state.unansweredByBuyer).get(id) ?? 0,
  };
}
