import { ClaimStore } from './ClaimStore.js';
import { OrderStore } from './OrderStore.js';

/** What the engine holds: the claims and orders, and the counters the views read. */
export interface State {
  /** The claims held, kept by number (see `ClaimStore`); read like a `Map` of claims. */
  readonly claims: ClaimStore;
  /** The orders held, kept by number (see `OrderStore`); read like a `Map` of orders. */
  readonly orders: OrderStore;
  /** R6: the buyer's MyQoo10 pending-withdrawal counter. */
  readonly pendingWithdrawals: Map<string, number>;
  /** R20: unanswered memos per seller and per buyer. */
  readonly unansweredBySeller: Map<string, number>;
  readonly unansweredByBuyer: Map<string, number>;
  /** R17: claims per claim status, and per open withdrawal state, over the claims held. */
  readonly board: Map<string, number>;
}

/** An empty state: no orders, no claims, all counters at zero. */
export function emptyState(): State {
  return {
    claims: new ClaimStore(),
    orders: new OrderStore(),
    pendingWithdrawals: new Map(),
    unansweredBySeller: new Map(),
    unansweredByBuyer: new Map(),
    board: new Map(),
  };
}

export const WITHDRAWAL_REQUESTED = 'withdrawal_requested';
export const WITHDRAWAL_ON_HOLD = 'withdrawal_on_hold';

export function bump(map: Map<string, number>, key: string, by: number): void {
  const v = (map.get(key) ?? 0) + by;
  if (v === 0) map.delete(key);
  else map.set(key, v);
}

/** Sets a counter, keeping no entry for zero (so a replayed state compares equal). */
export function setCount(map: Map<string, number>, key: string, value: number): void {
  if (value === 0) map.delete(key);
  else map.set(key, value);
}
