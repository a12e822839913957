import { ClaimStore } from './ClaimStore.js';
import { OrderStore } from './OrderStore.js';
import type { State } from './types.js';

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
