import { type State, bump } from './State.js';
import { WITHDRAWAL_ROW } from './features/claimFolds.js';
import { REGISTRY } from './registry.js';
import type { ClaimEvent } from './ClaimEvent.js';

/**
 * Folds one event into the state. Decides nothing: every value it stores is in the event.
 * Each event kind is folded by the one feature that registers it (engine/features: the
 * lifecycle folds orders, claims, moves and lapses, the request its requests, the answer its
 * answers …). The state is mutated in place (a million open claims cannot be copied per event);
 * replaying a log into `emptyState()` rebuilds the same state.
 */
export function evolve(state: State, event: ClaimEvent): State {
  const fold = REGISTRY.evolves[event.kind];
  if (fold === undefined) throw new Error(`unknown event ${JSON.stringify(event)}: no feature folds ${event.kind}`);
  fold(state, event);
  return state;
}

/**
 * Drops a claim a streaming run has finished with: the claim, its board rows (its status and
 * an open withdrawal's state), and its order once no other claim refers to it and no memo count
 * needs it. A request it still had open stays in its buyer's counter, which counts requests, not
 * claims held. Evicting a claim not held changes nothing.
 */
export function evictClaim(state: State, claimId: string): State {
  const claim = state.claims.slot(claimId);
  if (!claim) return state;
  bump(state.board, claim.status, -1);
  const row = WITHDRAWAL_ROW[claim.withdrawal];
  if (row) bump(state.board, row, -1);
  const order = state.orders.slot(claim.order);
  state.claims.delete(claimId);
  if (!order) return state;
  order.claims--;
  if (order.claims <= 0 && order.memosToBuyer === 0 && order.memosToSeller === 0) state.orders.delete(order.id);
  return state;
}
