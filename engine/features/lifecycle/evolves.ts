import { firstStatus, isTerminal } from '../../claimTypes.js';
import { bump } from '../../State.js';
import { claimOf, closeWithdrawal, setStatus } from '../claimFolds.js';
import type { Feature } from '../Feature.js';

/**
 * How an order, a claim and its moves enter the state (R16–R18); and a lapse, whether a move
 * (R16) or an unanswered request under `autoWithdrawOnTimeout: false` (R10) caused it.
 */
export const lifecycleEvolves: Feature['evolves'] = {
  OrderPlaced: (state, event) => {
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
  },
  ClaimOpened: (state, event) => {
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
  },
  ClaimAdvanced: (state, event) => {
    const claim = claimOf(state, event.claim);
    setStatus(state, claim, event.to, event.at);
  },
  WithdrawalLapsed: (state, event) => {
    closeWithdrawal(state, claimOf(state, event.claim), event.pendingWithdrawals);
  },
};

function sameOr(held: string | undefined, name: string): string {
  return held === name ? held : name;
}
