// The claim-withdrawal service itself: in-memory storage and the marketplace's rules
// (withdrawal requests, answers, the nightly timeout job, re-requests, cancels, memos).
// Time is a test clock: it moves only when advanceClock is called.
import { addDays, dateOf, midnightAfter, startOfDate } from './calendar.js';

const FIRST_STATUS = { cancel: 'cancel_requested', return: 'return_requested', exchange: 'exchange_requested', non_receipt: 'non_receipt_reported' };
const NEXT = {
  cancel_requested: ['cancelling'],
  cancelling: ['cancel_completed'],
  return_requested: ['returning'],
  returning: ['return_on_hold', 'return_received'],
  return_on_hold: ['return_received', 'returning'],
  return_received: ['return_completed'],
  exchange_requested: ['exchange_reshipping'],
  exchange_reshipping: ['exchange_completed'],
  non_receipt_reported: ['non_receipt_seller_confirmed'],
  non_receipt_seller_confirmed: ['non_receipt_refunded', 'non_receipt_partially_refunded'],
};
const TYPE_OF_STATUS = Object.fromEntries(
  Object.entries({
    cancel: ['cancel_requested', 'cancelling', 'cancel_completed'],
    return: ['return_requested', 'returning', 'return_on_hold', 'return_received', 'return_completed'],
    exchange: ['exchange_requested', 'exchange_reshipping', 'exchange_completed'],
    non_receipt: ['non_receipt_reported', 'non_receipt_seller_confirmed', 'non_receipt_refunded', 'non_receipt_partially_refunded'],
  }).flatMap(([type, statuses]) => statuses.map((s) => [s, type])),
);
const CLOSED = new Set(['cancel_completed', 'return_completed', 'exchange_completed', 'non_receipt_refunded', 'non_receipt_partially_refunded', 'withdrawn']);
const SUPPORT = 'refund / claim withdrawal › claim withdrawal';

export const DEFAULT_POLICY = {
  timezone: 'Asia/Tokyo',
  responseWindowDays: 7,
  rejectionCooldownDays: 5,
  cancellationCooldownDays: 5,
  delayThresholdDays: 4,
  maxReRequests: null,
  autoWithdrawOnTimeout: true,
  eligibleStatuses: ['cancel_requested', 'return_requested', 'returning', 'exchange_requested'],
  requireMessage: true,
};

/** The known bugs, switched on by name (`--bug NAME`). */
export const BUGS = {
  'missed-nights': 'the nightly timeout job only runs for the last midnight of a clock move: requests due on an earlier night are never timed out',
  'cooldown-hours': 'cooldowns end 24-hour steps after the rejection or cancel instant, not at 00:00 of the calendar date',
};

class Refusal {
  constructor(code, message, extra = {}) {
    this.code = code;
    this.message = message;
    Object.assign(this, extra);
  }
}

export class ClaimService {
  constructor({ bug = null } = {}) {
    this.bug = bug;
    this.reset(DEFAULT_POLICY, 0);
  }

  reset(policy, now) {
    this.policy = { ...DEFAULT_POLICY, ...policy };
    this.now = now;
    this.orders = new Map();
    this.claims = new Map();
  }

  // ------------------------------------------------------------ the clock and the nightly job

  /** Moves the test clock to `to`; the nightly job withdraws every request whose deadline passed. */
  advanceClock(to) {
    const events = [];
    const zone = this.policy.timezone;
    if (this.bug === 'missed-nights') {
      // Runs once, for "tonight" only, and looks for requests due exactly tonight.
      const tonight = startOfDate(dateOf(to, zone), zone);
      if (tonight > this.now) for (const c of this.openRequests()) if (c.timeoutAt === tonight) events.push(this.expire(c));
    } else {
      const due = this.openRequests().filter((c) => c.timeoutAt <= to).sort((a, b) => a.timeoutAt - b.timeoutAt || a.requestedSeq - b.requestedSeq);
      for (const c of due) events.push(this.expire(c));
    }
    this.now = to;
    return events;
  }

  openRequests() {
    return [...this.claims.values()].filter((c) => c.withdrawal === 'requested');
  }

  expire(claim) {
    const at = claim.timeoutAt;
    claim.withdrawal = 'none';
    claim.deadline = null;
    claim.timeoutAt = null;
    if (this.policy.autoWithdrawOnTimeout) {
      claim.status = 'withdrawn';
      claim.outcome = 'timeout';
      return { kind: 'WithdrawalTimedOut', at, claim: claim.id, request: claim.requests, pendingWithdrawals: this.pending(claim.buyer) };
    }
    return { kind: 'WithdrawalLapsed', at, claim: claim.id, cause: 'timeout', pendingWithdrawals: this.pending(claim.buyer) };
  }

  // ------------------------------------------------------------ commands

  /** One command at the clock's instant: its events, or a Refusal (which changes nothing). */
  execute(cmd) {
    try {
      const handler = this[`on${cmd.kind}`];
      if (typeof handler !== 'function') return new Refusal('UNSUPPORTED', `this service does not handle ${cmd.kind}`);
      return handler.call(this, cmd);
    } catch (err) {
      if (err instanceof Refusal) return err;
      throw err;
    }
  }

  onPlaceOrder(cmd) {
    if (this.orders.has(cmd.order)) throw new Refusal('ORDER_ALREADY_EXISTS', `order ${cmd.order} already exists`);
    const order = { id: cmd.order, seller: cmd.seller, buyer: cmd.buyer, memosToSeller: 0, memosToBuyer: 0 };
    this.orders.set(order.id, order);
    const event = { kind: 'OrderPlaced', at: this.now, order: cmd.order, seller: cmd.seller, buyer: cmd.buyer, orderedAt: cmd.orderedAt ?? null, shippedAt: cmd.shippedAt ?? null };
    for (const k of ['orderNumber', 'cartNumber', 'itemCode', 'sellerItemCode', 'itemName']) if (cmd[k] !== undefined) event[k] = cmd[k];
    return [event];
  }

  onOpenClaim(cmd) {
    const order = this.orders.get(cmd.order);
    if (!order) throw new Refusal('ORDER_NOT_FOUND', `no order ${cmd.order}`);
    if (cmd.actor !== undefined && cmd.actor !== order.buyer) throw new Refusal('NOT_BUYER', `only the buyer of ${order.id} opens a claim`);
    if (this.claims.has(cmd.claim)) throw new Refusal('CLAIM_ALREADY_EXISTS', `claim ${cmd.claim} already exists`);
    const status = cmd.status ?? FIRST_STATUS[cmd.type];
    if (TYPE_OF_STATUS[status] !== cmd.type) throw new Refusal('INVALID_TRANSITION', `${status} is not a ${cmd.type} status`);
    const receivedAt = cmd.receivedAt ?? this.now;
    const claim = {
      id: cmd.claim,
      order: order.id,
      seller: order.seller,
      buyer: order.buyer,
      type: cmd.type,
      status,
      receivedAt,
      delayedFrom: midnightAfter(receivedAt, this.policy.delayThresholdDays, this.policy.timezone),
      withdrawal: 'none',
      outcome: null,
      deadline: null,
      timeoutAt: null,
      requests: 0,
      requestedSeq: 0,
      reRequests: 0,
      rejectionCooldownUntil: null,
      cancellationCooldownUntil: null,
      rejectionCategory: null,
    };
    this.claims.set(claim.id, claim);
    const event = { kind: 'ClaimOpened', at: this.now, claim: claim.id, order: order.id, seller: order.seller, buyer: order.buyer, type: cmd.type, status, receivedAt, delayedFrom: claim.delayedFrom };
    for (const k of ['reason', 'nonReceiptReason', 'returnCollectionMethod']) if (cmd[k] !== undefined) event[k] = cmd[k];
    return [event];
  }

  onAdvanceClaim(cmd) {
    const claim = this.openClaim(cmd.claim);
    if (!(NEXT[claim.status] ?? []).includes(cmd.to)) throw new Refusal('INVALID_TRANSITION', `a ${claim.type} claim cannot go from ${claim.status} to ${cmd.to}`);
    const events = [{ kind: 'ClaimAdvanced', at: this.now, claim: claim.id, from: claim.status, to: cmd.to }];
    claim.status = cmd.to;
    if (claim.withdrawal !== 'none' && !this.policy.eligibleStatuses.includes(cmd.to)) {
      this.closeWithdrawal(claim);
      events.push({ kind: 'WithdrawalLapsed', at: this.now, claim: claim.id, cause: 'ineligible_status', pendingWithdrawals: this.pending(claim.buyer) });
    }
    return events;
  }

  onRequestWithdrawal(cmd) {
    const claim = this.requestable(cmd);
    if (claim.withdrawal !== 'none') throw new Refusal('WITHDRAWAL_ALREADY_OPEN', `claim ${claim.id} already has a withdrawal ${claim.withdrawal}`);
    this.refuseInCooldown(claim);
    return this.request(claim, cmd.message, false);
  }

  onReRequestWithdrawal(cmd) {
    const claim = this.requestable(cmd);
    if (claim.withdrawal !== 'on_hold') throw new Refusal('NOT_ON_HOLD', `claim ${claim.id} has no withdrawal on hold`);
    this.refuseInCooldown(claim);
    if (this.policy.maxReRequests !== null && claim.reRequests >= this.policy.maxReRequests) throw new Refusal('RE_REQUEST_LIMIT', `claim ${claim.id} reached the re-request limit`);
    return this.request(claim, cmd.message, true);
  }

  onAcceptWithdrawal(cmd) {
    const claim = this.answerable(cmd);
    this.closeWithdrawal(claim);
    claim.status = 'withdrawn';
    claim.outcome = 'accepted';
    return [{ kind: 'WithdrawalAccepted', at: this.now, claim: claim.id, pendingWithdrawals: this.pending(claim.buyer) }];
  }

  onRejectWithdrawal(cmd) {
    const claim = this.answerable(cmd);
    this.requireText(cmd.reason, this.policy.requireMessage);
    const cooldownUntil = this.cooldownEnd(this.policy.rejectionCooldownDays);
    claim.withdrawal = 'on_hold';
    claim.deadline = null;
    claim.timeoutAt = null;
    claim.rejectionCooldownUntil = cooldownUntil;
    claim.rejectionCategory = cmd.category ?? 'other';
    return [{ kind: 'WithdrawalRejected', at: this.now, claim: claim.id, category: claim.rejectionCategory, reason: cmd.reason, cooldownUntil, pendingWithdrawals: this.pending(claim.buyer), pii: [] }];
  }

  onCancelWithdrawal(cmd) {
    const claim = this.openClaim(cmd.claim, cmd.actor, 'seller');
    if (claim.withdrawal === 'none') throw new Refusal('NO_OPEN_REQUEST', `claim ${claim.id} has no withdrawal request to cancel`);
    const from = claim.withdrawal;
    const cooldownUntil = this.cooldownEnd(this.policy.cancellationCooldownDays);
    this.closeWithdrawal(claim);
    claim.cancellationCooldownUntil = cooldownUntil;
    return [{ kind: 'WithdrawalCancelled', at: this.now, claim: claim.id, from, cooldownUntil, pendingWithdrawals: this.pending(claim.buyer) }];
  }

  onSendMemo(cmd) {
    const claim = this.openClaim(cmd.claim, cmd.actor, cmd.from);
    this.requireText(cmd.text, true);
    const order = this.orders.get(claim.order);
    // A memo answers every memo its sender had on this order, and waits for an answer itself.
    if (cmd.from === 'seller') {
      order.memosToSeller = 0;
      order.memosToBuyer++;
    } else {
      order.memosToBuyer = 0;
      order.memosToSeller++;
    }
    return [{ kind: 'MemoSent', at: this.now, claim: claim.id, order: claim.order, from: cmd.from, text: cmd.text, pii: [] }];
  }

  onContactSupport(cmd) {
    const claim = this.claims.get(cmd.claim);
    if (!claim) throw new Refusal('CLAIM_NOT_FOUND', `no claim ${cmd.claim}`);
    if (cmd.actor !== undefined && cmd.actor !== claim.seller) throw new Refusal('NOT_SELLER', `${cmd.actor} is not the seller of ${claim.id}`);
    return [{ kind: 'SupportContacted', at: this.now, claim: claim.id, category: SUPPORT, text: cmd.text }];
  }

  // ------------------------------------------------------------ checks shared by the commands

  /** Found, not closed, and (when `role` is given) acted on by that party. */
  openClaim(id, actor, role) {
    const claim = this.claims.get(id);
    if (!claim) throw new Refusal('CLAIM_NOT_FOUND', `no claim ${id}`);
    if (CLOSED.has(claim.status)) throw new Refusal('CLAIM_CLOSED', `claim ${id} is closed; contact support`, { support: SUPPORT });
    if (role === 'seller' && actor !== undefined && actor !== claim.seller) throw new Refusal('NOT_SELLER', `${actor} is not the seller of ${id}`);
    if (role === 'buyer' && actor !== undefined && actor !== claim.buyer) throw new Refusal('NOT_BUYER', `${actor} is not the buyer of ${id}`);
    return claim;
  }

  requestable(cmd) {
    const claim = this.openClaim(cmd.claim, cmd.actor, 'seller');
    if (!this.policy.eligibleStatuses.includes(claim.status)) throw new Refusal('INELIGIBLE_STATUS', `no withdrawal can be requested in ${claim.status}; contact support`, { support: SUPPORT });
    return claim;
  }

  answerable(cmd) {
    const claim = this.openClaim(cmd.claim, cmd.actor, 'buyer');
    if (claim.withdrawal !== 'requested' || this.now >= claim.timeoutAt) throw new Refusal('NO_OPEN_REQUEST', `claim ${claim.id} has no request to answer`);
    return claim;
  }

  refuseInCooldown(claim) {
    const until = this.cooldownInForce(claim);
    if (until !== null) throw new Refusal('COOLDOWN_ACTIVE', `claim ${claim.id} is in a cooldown`, { until });
  }

  cooldownInForce(claim) {
    const ends = [claim.rejectionCooldownUntil, claim.cancellationCooldownUntil].filter((t) => t !== null);
    const end = ends.length ? Math.max(...ends) : null;
    return end !== null && this.now < end ? end : null;
  }

  cooldownEnd(days) {
    if (days <= 0) return null;
    if (this.bug === 'cooldown-hours') return this.now + days * 24 * 3600_000;
    return midnightAfter(this.now, days, this.policy.timezone);
  }

  requireText(text, required) {
    if (required && text.trim() === '') throw new Refusal('MESSAGE_REQUIRED', 'the message must not be empty');
  }

  request(claim, message, reRequest) {
    this.requireText(message, this.policy.requireMessage);
    const zone = this.policy.timezone;
    const deadline = addDays(dateOf(this.now, zone), this.policy.responseWindowDays - 1);
    claim.withdrawal = 'requested';
    claim.deadline = deadline;
    claim.timeoutAt = startOfDate(addDays(deadline, 1), zone);
    claim.requests++;
    claim.requestedSeq = ++ClaimService.seq;
    if (reRequest) claim.reRequests++;
    return [{ kind: 'WithdrawalRequested', at: this.now, claim: claim.id, reRequest, request: claim.requests, message, deadline, timeoutAt: claim.timeoutAt, pendingWithdrawals: this.pending(claim.buyer), pii: [] }];
  }

  closeWithdrawal(claim) {
    claim.withdrawal = 'none';
    claim.deadline = null;
    claim.timeoutAt = null;
  }

  // ------------------------------------------------------------ what the screens show

  pending(buyer) {
    let n = 0;
    for (const c of this.claims.values()) if (c.buyer === buyer && c.withdrawal === 'requested') n++;
    return n;
  }

  unansweredMemos(party, id) {
    let n = 0;
    for (const o of this.orders.values()) {
      if (party === 'seller' && o.seller === id) n += o.memosToSeller;
      if (party === 'buyer' && o.buyer === id) n += o.memosToBuyer;
    }
    return n;
  }

  claimView(id) {
    const c = this.claims.get(id);
    if (!c) return null;
    return {
      status: c.status,
      withdrawal: c.withdrawal,
      outcome: c.outcome,
      deadline: c.deadline,
      reRequests: c.reRequests,
      cooldownUntil: this.cooldownInForce(c),
      delayed: c.status === FIRST_STATUS[c.type] && this.now >= c.delayedFrom,
      rejectionCategory: c.rejectionCategory,
    };
  }

  board() {
    const counts = {};
    for (const status of [...Object.keys(TYPE_OF_STATUS), 'withdrawn', 'withdrawal_requested', 'withdrawal_on_hold']) counts[status] = 0;
    for (const c of this.claims.values()) {
      counts[c.status]++;
      if (c.withdrawal !== 'none') counts[`withdrawal_${c.withdrawal}`]++;
    }
    return counts;
  }
}
ClaimService.seq = 0;
