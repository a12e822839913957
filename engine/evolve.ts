import { firstStatus, isTerminal } from './claimTypes.js';
import { type State, WITHDRAWAL_ON_HOLD, WITHDRAWAL_REQUESTED, bump, setCount } from './State.js';
import type { ClaimSlot } from './ClaimSlot.js';
import { REGISTRY } from './features/registry.js';
import type { ClaimEvent, ClaimStatus, WithdrawalState } from './types.js';

/**
 * Folds one event into the state. Decides nothing: every value it stores is in the event.
 * The state is mutated in place (a million open claims cannot be copied per event);
 * replaying a log into `emptyState()` rebuilds the same state.
 */
export function evolve(state: State, event: ClaimEvent): State {
  switch (event.kind) {
    case 'OrderPlaced': {
      state.orders.add({
        id: event.order,
        seller: event.seller,
        buyer: event.buyer,
        orderedAt: event.orderedAt,
        shippedAt: event.shippedAt,
        orderNumber: event.orderNumber,
        cartNumber: event.cartNumber,
        itemCode: event.itemCode,
        sellerItemCode: event.sellerItemCode,
        itemName: event.itemName,
      });
      break;
    }
    case 'ClaimOpened': {
      // The claim's names are the order's own strings when they are equal (one copy per order,
      // not one per claim); a log that names others keeps its own.
      const order = state.orders.slot(event.order);
      const claim = state.claims.add({
        id: event.claim,
        order: order?.id ?? event.order,
        seller: sameOr(order?.seller, event.seller),
        buyer: sameOr(order?.buyer, event.buyer),
        type: event.type,
        status: event.status,
        receivedAt: event.receivedAt,
        delayedFrom: event.delayedFrom,
        leftFirstStatusAt: event.status === firstStatus(event.type) ? null : event.at,
        closedAt: isTerminal(event.status) ? event.at : null,
        reason: event.reason,
        nonReceiptReason: event.nonReceiptReason,
        returnCollectionMethod: event.returnCollectionMethod,
      });
      bump(state.board, claim.status, 1);
      if (order) order.claims++;
      break;
    }
    case 'ClaimAdvanced': {
      const claim = claimOf(state, event.claim);
      setStatus(state, claim, event.to, event.at);
      break;
    }
    case 'WithdrawalRequested': {
      const claim = claimOf(state, event.claim);
      setWithdrawal(state, claim, 'requested');
      claim.requestedAt = event.at;
      claim.deadline = event.deadline;
      claim.timeoutAt = event.timeoutAt;
      claim.requests = event.request;
      if (event.reRequest) claim.reRequests++;
      setCount(state.pendingWithdrawals, claim.buyer, event.pendingWithdrawals);
      break;
    }
    case 'WithdrawalAccepted':
    case 'WithdrawalTimedOut': {
      const claim = claimOf(state, event.claim);
      closeWithdrawal(state, claim, event.pendingWithdrawals);
      claim.outcome = event.kind === 'WithdrawalAccepted' ? 'accepted' : 'timeout';
      setStatus(state, claim, 'withdrawn', event.at);
      break;
    }
    case 'WithdrawalRejected': {
      const claim = claimOf(state, event.claim);
      setWithdrawal(state, claim, 'on_hold');
      claim.deadline = null;
      claim.timeoutAt = null;
      claim.rejectionCooldownUntil = event.cooldownUntil;
      claim.rejection = { category: event.category, reason: event.reason };
      setCount(state.pendingWithdrawals, claim.buyer, event.pendingWithdrawals);
      break;
    }
    case 'WithdrawalCancelled': {
      const claim = claimOf(state, event.claim);
      closeWithdrawal(state, claim, event.pendingWithdrawals);
      claim.cancellationCooldownUntil = event.cooldownUntil;
      break;
    }
    case 'WithdrawalLapsed': {
      closeWithdrawal(state, claimOf(state, event.claim), event.pendingWithdrawals);
      break;
    }
    case 'MemoSent': {
      const order = state.orders.slot(event.order);
      if (!order) throw new Error(`MemoSent for unknown order ${event.order}`);
      // R20: a memo answers every memo sent to its sender on this order, and waits for an answer.
      if (event.from === 'seller') {
        bump(state.unansweredBySeller, order.seller, -order.memosToSeller);
        order.memosToSeller = 0;
        order.memosToBuyer++;
        bump(state.unansweredByBuyer, order.buyer, 1);
      } else {
        bump(state.unansweredByBuyer, order.buyer, -order.memosToBuyer);
        order.memosToBuyer = 0;
        order.memosToSeller++;
        bump(state.unansweredBySeller, order.seller, 1);
      }
      break;
    }
    case 'SupportContacted':
      break;
    default: {
      // A feature's own event (engine/features): folded by the feature that registered it.
      const fold = REGISTRY.evolves[event.kind];
      if (fold === undefined) throw new Error(`unknown event ${JSON.stringify(event)}: no feature folds ${event.kind}`);
      fold(state, event);
    }
  }
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
  const row = ROW[claim.withdrawal];
  if (row) bump(state.board, row, -1);
  const order = state.orders.slot(claim.order);
  state.claims.delete(claimId);
  if (!order) return state;
  order.claims--;
  if (order.claims <= 0 && order.memosToBuyer === 0 && order.memosToSeller === 0) state.orders.delete(order.id);
  return state;
}

function sameOr(held: string | undefined, name: string): string {
  return held === name ? held : name;
}

function claimOf(state: State, id: string): ClaimSlot {
  const claim = state.claims.slot(id);
  if (!claim) throw new Error(`event for unknown claim ${id}`);
  return claim;
}

function setStatus(state: State, claim: ClaimSlot, to: ClaimStatus, at: number): void {
  bump(state.board, claim.status, -1);
  bump(state.board, to, 1);
  if (claim.leftFirstStatusAt === null) claim.leftFirstStatusAt = at;
  if (isTerminal(to)) claim.closedAt = at;
  claim.status = to;
}

const ROW: Record<WithdrawalState, string | null> = {
  none: null,
  requested: WITHDRAWAL_REQUESTED,
  on_hold: WITHDRAWAL_ON_HOLD,
};

function setWithdrawal(state: State, claim: ClaimSlot, to: WithdrawalState): void {
  const from = ROW[claim.withdrawal];
  if (from) bump(state.board, from, -1);
  const row = ROW[to];
  if (row) bump(state.board, row, 1);
  claim.withdrawal = to;
}

function closeWithdrawal(state: State, claim: ClaimSlot, pendingWithdrawals: number): void {
  setWithdrawal(state, claim, 'none');
  claim.requestedAt = null;
  claim.deadline = null;
  claim.timeoutAt = null;
  setCount(state.pendingWithdrawals, claim.buyer, pendingWithdrawals);
}
