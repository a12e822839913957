import type { Policy } from '../../Policy.js';
import { calendarFor } from '../../calendarFor.js';
import { startOfDayAfter } from '../../dayCounting.js';
import { canTransition, firstStatus, isClaimStatus, typeOfStatus } from '../../claimTypes.js';
import type { Instant } from '../../Calendar.js';
import type { ClaimEvent, ClaimOpened, OrderPlaced } from '../../ClaimEvent.js';
import type { AdvanceClaim, OpenClaim, PlaceOrder } from '../../Command.js';
import type { Decision } from '../../Decision.js';
import type { Mutable } from '../../Mutable.js';
import type { StateView } from '../../StateView.js';
import { guardClaim, isDecision } from '../../rules/guards.js';
import { pendingWithdrawalsAfter } from '../../rules/pendingWithdrawalsAfter.js';
import { refuse } from '../../rules/refuse.js';

/** Registers an order (the seller-buyer pair a claim is about). */
export function decidePlaceOrder(state: StateView, cmd: PlaceOrder, now: Instant): Decision {
  if (state.order(cmd.order) !== undefined) return refuse('ORDER_ALREADY_EXISTS', `order "${cmd.order}" already exists`);
  const event: Mutable<OrderPlaced> = {
    kind: 'OrderPlaced',
    at: now,
    order: cmd.order,
    seller: cmd.seller,
    buyer: cmd.buyer,
    orderedAt: cmd.orderedAt ?? null,
    shippedAt: cmd.shippedAt ?? null,
  };
  // Optional details travel only when given, so logs stay lean.
  if (cmd.orderNumber !== undefined) event.orderNumber = cmd.orderNumber;
  if (cmd.cartNumber !== undefined) event.cartNumber = cmd.cartNumber;
  if (cmd.itemCode !== undefined) event.itemCode = cmd.itemCode;
  if (cmd.sellerItemCode !== undefined) event.sellerItemCode = cmd.sellerItemCode;
  if (cmd.itemName !== undefined) event.itemName = cmd.itemName;
  return { ok: true, events: [event] };
}

/** The buyer opens a claim on an order; R18's delay clock starts at its receipt date. */
export function decideOpenClaim(state: StateView, cmd: OpenClaim, now: Instant, policy: Policy): Decision {
  const order = state.order(cmd.order);
  if (!order) return refuse('ORDER_NOT_FOUND', `no order "${cmd.order}"`);
  // Group 3: the buyer opens a claim on its own order (rules.md, clarifications: who may act).
  if (cmd.actor !== undefined && cmd.actor !== order.buyer) {
    return refuse('NOT_BUYER', `${cmd.actor} is not the buyer of order ${order.id} (${order.buyer} is); only the buyer opens a claim`);
  }
  if (state.claim(cmd.claim) !== undefined) return refuse('CLAIM_ALREADY_EXISTS', `claim "${cmd.claim}" already exists`);
  const status = cmd.status ?? firstStatus(cmd.type);
  if (typeOfStatus(status) !== cmd.type) {
    return refuse('INVALID_TRANSITION', `status ${status} does not belong to a ${cmd.type} claim`);
  }
  const receivedAt = cmd.receivedAt ?? now;
  const cal = calendarFor(policy.timezone);
  const event: Mutable<ClaimOpened> = {
    kind: 'ClaimOpened',
    at: now,
    claim: cmd.claim,
    order: order.id,
    seller: order.seller,
    buyer: order.buyer,
    type: cmd.type,
    status,
    receivedAt,
    delayedFrom: startOfDayAfter(cal, receivedAt, policy.delayThresholdDays),
  };
  if (cmd.reason !== undefined) event.reason = cmd.reason;
  if (cmd.nonReceiptReason !== undefined) event.nonReceiptReason = cmd.nonReceiptReason;
  if (cmd.returnCollectionMethod !== undefined) event.returnCollectionMethod = cmd.returnCollectionMethod;
  return { ok: true, events: [event] };
}

/** The claim's own lifecycle (only the spec's arrows); R16: an open withdrawal lapses on leaving eligibility. */
export function decideAdvance(state: StateView, cmd: AdvanceClaim, now: Instant, policy: Policy): Decision {
  const claim = guardClaim(state, cmd.claim, undefined, null);
  if (isDecision(claim)) return claim;
  if (!isClaimStatus(cmd.to) || !canTransition(claim.status, cmd.to)) {
    return refuse('INVALID_TRANSITION', `a ${claim.type} claim cannot go from ${claim.status} to ${cmd.to}`);
  }
  const events: ClaimEvent[] = [{ kind: 'ClaimAdvanced', at: now, claim: claim.id, from: claim.status, to: cmd.to }];
  if (claim.withdrawal !== 'none' && !(policy.eligibleStatuses as readonly string[]).includes(cmd.to)) {
    events.push({
      kind: 'WithdrawalLapsed',
      at: now,
      claim: claim.id,
      cause: 'ineligible_status',
      pendingWithdrawals: pendingWithdrawalsAfter(state, claim, 'none'),
    });
  }
  return { ok: true, events };
}
