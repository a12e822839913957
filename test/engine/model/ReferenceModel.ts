import type { Calendar, ClaimView, Policy, RefusalCode } from '../../../engine/index.js';
import { calendarFor, formatDay } from '../../../engine/index.js';

/**
 * A small reference model of rules.md, written from the text alone: plain records, no
 * engine rule code. The model test runs it side by side with the Engine.
 */

type ClaimKind = 'cancel' | 'return' | 'exchange' | 'non_receipt';

/** rules.md, "Claim types and statuses": each type's statuses in lifecycle order. */
export const STATUSES: Readonly<Record<ClaimKind, readonly string[]>> = {
  cancel: ['cancel_requested', 'cancelling', 'cancel_completed'],
  return: ['return_requested', 'returning', 'return_on_hold', 'return_received', 'return_completed'],
  exchange: ['exchange_requested', 'exchange_reshipping', 'exchange_completed'],
  non_receipt: ['non_receipt_reported', 'non_receipt_seller_confirmed', 'non_receipt_refunded', 'non_receipt_partially_refunded'],
};
export const ALL_STATUSES: readonly string[] = [...Object.values(STATUSES).flat(), 'withdrawn'];

/** The arrows of the status table, "only the arrows above are allowed". */
const ARROWS: ReadonlySet<string> = new Set([
  'cancel_requested>cancelling', 'cancelling>cancel_completed',
  'return_requested>returning', 'returning>return_on_hold', 'return_on_hold>return_received', 'return_received>return_completed',
  'returning>return_received', 'return_on_hold>returning',
  'exchange_requested>exchange_reshipping', 'exchange_reshipping>exchange_completed',
  'non_receipt_reported>non_receipt_seller_confirmed', 'non_receipt_seller_confirmed>non_receipt_refunded',
  'non_receipt_seller_confirmed>non_receipt_partially_refunded',
]);

/** The bold statuses, and withdrawn. */
const TERMINAL: ReadonlySet<string> = new Set([
  'cancel_completed', 'return_completed', 'exchange_completed', 'non_receipt_refunded', 'non_receipt_partially_refunded', 'withdrawn',
]);

export interface ModelClaim {
  readonly id: string;
  readonly order: string;
  readonly seller: string;
  readonly buyer: string;
  readonly kind: ClaimKind;
  status: string;
  withdrawal: 'none' | 'requested' | 'on_hold';
  outcome: 'accepted' | 'timeout' | null;
  deadline: number | null;
  timeoutAt: number | null;
  reRequests: number;
  /** The latest end of every cooldown started (they add up, R15). */
  cooldownEnd: number;
  readonly delayedFrom: number;
}

export interface ModelOrder {
  readonly seller: string;
  readonly buyer: string;
  toSeller: number;
  toBuyer: number;
}

/** What an action came to: accepted, or refused with a code (and a cooldown's end). */
export type Outcome = { ok: true } | { ok: false; code: RefusalCode; until?: number };

const OK: Outcome = { ok: true };
const no = (code: RefusalCode, until?: number): Outcome => (until === undefined ? { ok: false, code } : { ok: false, code, until });

export class ReferenceModel {
  readonly calendar: Calendar;
  readonly claims = new Map<string, ModelClaim>();
  readonly orders = new Map<string, ModelOrder>();
  now: number;

  constructor(readonly policy: Policy, start: number) {
    this.calendar = calendarFor(policy.timezone);
    this.now = start;
  }

  placeOrder(id: string, seller: string, buyer: string): void {
    this.orders.set(id, { seller, buyer, toSeller: 0, toBuyer: 0 });
  }

  openClaim(id: string, order: string, kind: ClaimKind, status = STATUSES[kind][0]!): void {
    const o = this.orders.get(order)!;
    this.claims.set(id, {
      id, order, seller: o.seller, buyer: o.buyer, kind, status, withdrawal: 'none', outcome: null, deadline: null, timeoutAt: null,
      reRequests: 0, cooldownEnd: Number.NEGATIVE_INFINITY,
      // R18: delayed from 00:00 of receipt date + delayThresholdDays.
      delayedFrom: this.midnightAfter(this.now, this.policy.delayThresholdDays),
    });
  }

  /** The clock moves to t; R10: every request whose window has closed by t times out. */
  advanceTo(t: number): void {
    for (const c of this.claims.values()) {
      if (c.withdrawal !== 'requested' || c.timeoutAt === null || c.timeoutAt > t) continue;
      this.closeWithdrawal(c);
      if (this.policy.autoWithdrawOnTimeout) {
        c.status = 'withdrawn';
        c.outcome = 'timeout';
      }
    }
    this.now = t;
  }

  /** R1–R6, R11–R13, R15, R21: a request (`re` false) or a re-request. */
  request(id: string, actor: string | undefined, message: string, pii: boolean, re: boolean): Outcome {
    const c = this.claims.get(id)!;
    if (TERMINAL.has(c.status)) return no('CLAIM_CLOSED');
    if (actor !== undefined && actor !== c.seller) return no('NOT_SELLER');
    if (!this.policy.eligibleStatuses.includes(c.status as never)) return no('INELIGIBLE_STATUS');
    if (!re && c.withdrawal !== 'none') return no('WITHDRAWAL_ALREADY_OPEN');
    if (re && c.withdrawal !== 'on_hold') return no('NOT_ON_HOLD');
    if (this.now < c.cooldownEnd) return no('COOLDOWN_ACTIVE', c.cooldownEnd);
    if (re && this.policy.maxReRequests !== null && c.reRequests >= this.policy.maxReRequests) return no('RE_REQUEST_LIMIT');
    const refused = this.messageRefusal(message, pii, this.policy.requireMessage);
    if (refused) return refused;
    c.withdrawal = 'requested';
    // R6: the window counts the request date as day 1; it closes at 00:00 of date + window.
    c.deadline = this.calendar.dayOf(this.now) + this.policy.responseWindowDays - 1;
    c.timeoutAt = this.midnightAfter(this.now, this.policy.responseWindowDays);
    if (re) c.reRequests++;
    return OK;
  }

  /** R7, R8: the buyer accepts; the claim is withdrawn at once. */
  accept(id: string, actor: string | undefined): Outcome {
    const c = this.claims.get(id)!;
    const refused = this.answerRefusal(c, actor);
    if (refused) return refused;
    this.closeWithdrawal(c);
    c.status = 'withdrawn';
    c.outcome = 'accepted';
    return OK;
  }

  /** R7, R9, R12: the buyer rejects; on hold, and no re-request for rejectionCooldownDays. */
  reject(id: string, actor: string | undefined, reason: string, pii: boolean): Outcome {
    const c = this.claims.get(id)!;
    const refused = this.answerRefusal(c, actor) ?? this.messageRefusal(reason, pii, this.policy.requireMessage);
    if (refused) return refused;
    this.closeWithdrawal(c);
    c.withdrawal = 'on_hold';
    this.startCooldown(c, this.policy.rejectionCooldownDays);
    return OK;
  }

  /** R14, R15: the seller cancels its own request (requested or on hold). */
  cancel(id: string, actor: string | undefined): Outcome {
    const c = this.claims.get(id)!;
    if (TERMINAL.has(c.status)) return no('CLAIM_CLOSED');
    if (actor !== undefined && actor !== c.seller) return no('NOT_SELLER');
    if (c.withdrawal === 'none') return no('NO_OPEN_REQUEST');
    this.closeWithdrawal(c);
    this.startCooldown(c, this.policy.cancellationCooldownDays);
    return OK;
  }

  /** The status table's arrows; R16: leaving eligibility lapses an open withdrawal. */
  advance(id: string, to: string): Outcome {
    const c = this.claims.get(id)!;
    if (TERMINAL.has(c.status)) return no('CLAIM_CLOSED');
    if (!ARROWS.has(`${c.status}>${to}`)) return no('INVALID_TRANSITION');
    c.status = to;
    if (c.withdrawal !== 'none' && !this.policy.eligibleStatuses.includes(to as never)) this.closeWithdrawal(c);
    return OK;
  }

  /** R20, R21: a memo answers the memos sent to its sender on the order, and awaits an answer. */
  memo(id: string, from: 'seller' | 'buyer', text: string, pii: boolean): Outcome {
    const c = this.claims.get(id)!;
    if (TERMINAL.has(c.status)) return no('CLAIM_CLOSED');
    // The engine's reading: a memo, like every message, must say something.
    const refused = this.messageRefusal(text, pii, true);
    if (refused) return refused;
    const o = this.orders.get(c.order)!;
    if (from === 'seller') {
      o.toSeller = 0;
      o.toBuyer++;
    } else {
      o.toBuyer = 0;
      o.toSeller++;
    }
    return OK;
  }

  /** R3: support can be contacted in every status. */
  contactSupport(_id: string): Outcome {
    return OK;
  }

  /** What the claim looks like now, in the shape of the engine's claimView. */
  view(id: string): ClaimView {
    const c = this.claims.get(id)!;
    return {
      status: c.status as ClaimView['status'],
      withdrawal: c.withdrawal,
      outcome: c.outcome,
      deadline: c.deadline === null ? null : formatDay(c.deadline),
      reRequests: c.reRequests,
      cooldownUntil: this.now < c.cooldownEnd ? this.calendar.formatLocal(c.cooldownEnd) : null,
      delayed: c.status === STATUSES[c.kind][0] && this.now >= c.delayedFrom,
    };
  }

  /** R6: the buyer's claims with a withdrawal requested. */
  pendingWithdrawals(buyer: string): number {
    let n = 0;
    for (const c of this.claims.values()) if (c.buyer === buyer && c.withdrawal === 'requested') n++;
    return n;
  }

  /** R20: memos sent to the party, summed over its orders. */
  unanswered(party: 'seller' | 'buyer', id: string): number {
    let n = 0;
    for (const o of this.orders.values()) {
      if (party === 'seller' && o.seller === id) n += o.toSeller;
      if (party === 'buyer' && o.buyer === id) n += o.toBuyer;
    }
    return n;
  }

  /** R17, R18: the status board, every row present. */
  board(): { counts: Record<string, number>; delayed: Record<string, number> } {
    const counts: Record<string, number> = {};
    for (const s of [...ALL_STATUSES, 'withdrawal_requested', 'withdrawal_on_hold']) counts[s] = 0;
    const delayed: Record<string, number> = {};
    for (const k of Object.keys(STATUSES) as ClaimKind[]) delayed[STATUSES[k][0]!] = 0;
    for (const c of this.claims.values()) {
      counts[c.status]!++;
      if (c.withdrawal !== 'none') counts[`withdrawal_${c.withdrawal}`]!++;
      if (this.view(c.id).delayed) delayed[c.status]!++;
    }
    return { counts, delayed };
  }

  private answerRefusal(c: ModelClaim, actor: string | undefined): Outcome | null {
    if (TERMINAL.has(c.status)) return no('CLAIM_CLOSED');
    if (actor !== undefined && actor !== c.buyer) return no('NOT_BUYER');
    if (c.withdrawal !== 'requested') return no('NO_OPEN_REQUEST');
    return null;
  }

  private messageRefusal(text: string, pii: boolean, required: boolean): Outcome | null {
    if (required && text.trim() === '') return no('MESSAGE_REQUIRED');
    if (pii && this.policy.piiCheck === 'block') return no('PII_IN_MESSAGE');
    return null;
  }

  private closeWithdrawal(c: ModelClaim): void {
    c.withdrawal = 'none';
    c.deadline = null;
    c.timeoutAt = null;
  }

  private startCooldown(c: ModelClaim, days: number): void {
    if (days > 0) c.cooldownEnd = Math.max(c.cooldownEnd, this.midnightAfter(this.now, days));
  }

  /** 00:00 of (the date of t) + days: where a window of `days` counted from t ends. */
  private midnightAfter(t: number, days: number): number {
    return this.calendar.startOfDay(this.calendar.dayOf(t) + days);
  }
}
