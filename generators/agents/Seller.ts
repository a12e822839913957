import type { ClaimType, Instant } from '../../engine/index.js';
import { MessageSlot } from '../random/Purpose.js';
import type { CompiledSeller } from '../population/CompiledPopulation.js';
import { requestMessage, supportText, withPersonalData } from '../names/messages.js';
import { type AgentContext, PII_RETRY_MS, after } from './AgentContext.js';
import { sendMemo } from './sendMemo.js';
import type { SellerSide } from '../reactions/Reaction.js';

/** Re-requests refused for the cooldown (R12) that a seller tries again, per claim. */
const MAX_COOLDOWN_RETRIES = 8;

/**
 * The seller of each claim: requests a withdrawal (R6), cancels it (R14), sends memos (R20),
 * after a rejection gives up or re-requests after the cooldown (R11–R13), and escalates a
 * claim it can no longer withdraw to the support desk (R3). A profile per seller. Its reactions
 * to other events (generators/reactions) read and act through `side`.
 */
export class Seller {
  private readonly profile: Uint16Array;
  /** Per claim: rejections received so far (each draws its own reaction). */
  private readonly rejections: Uint8Array;
  /** Per claim: re-requests tried again after a cooldown refusal. */
  private readonly cooldownRetries: Uint8Array;
  /** What the sellers' reactions read of a claim and plan for it. */
  readonly side: SellerSide;

  constructor(private readonly ctx: AgentContext) {
    const n = ctx.claims.claims;
    this.profile = new Uint16Array(n);
    this.rejections = new Uint8Array(n);
    this.cooldownRetries = new Uint8Array(n);
    this.side = {
      claims: ctx.claims,
      now: ctx.now,
      lastRejection: (i) => this.rejections[i]! - 1,
      maxReRequests: (i) => this.of(i).reRequest.max,
      reRequest: (at, i, j) => ctx.moves.reRequest(at, i, j, false),
      reactionValues: (i) => this.of(i).reactions,
    };
  }

  /** Claim i's seller has this profile (an index in the population's seller profiles). */
  assign(i: number, profile: number): void {
    this.profile[i] = profile;
  }

  /** The claim was opened at `at`: plan the withdrawal request, if this seller makes one for its type. */
  claimOpened(i: number, type: ClaimType, at: Instant): void {
    const seller = this.of(i);
    const draw = this.ctx.draw.seller;
    if (draw.requests(i) >= seller.request[type]) return;
    this.ctx.moves.request(after(at, seller.requestDelay(draw.requestDelay(i))), i, false);
  }

  /** Request r was made at `at`: plan its cancellation (R14) and a memo (R20), or not. */
  requested(i: number, r: number, at: Instant): void {
    const seller = this.of(i);
    const draw = this.ctx.draw.seller;
    if (draw.cancels(i, r) < seller.cancel.probability) this.ctx.moves.cancelRequest(after(at, seller.cancel.delay(draw.cancelDelay(i, r))), i, r);
    if (draw.sendsMemo(i, r) < seller.memo.probability) this.ctx.moves.sellerMemo(after(at, seller.memo.delay(draw.memoDelay(i, r))), i, r, false);
  }

  /** R11–R14, after the buyer's rejection at `at`: give up (cancel from on hold), re-request, or wait. */
  rejected(i: number, at: Instant, cooldownUntil: Instant | null): void {
    const j = this.rejections[i]!++;
    const seller = this.of(i);
    const draw = this.ctx.draw.seller;
    if (draw.givesUp(i, j) < seller.giveUp.probability) {
      this.ctx.moves.giveUp(after(at, seller.giveUp.delay(draw.afterRejectionDelay(i, j))), i);
      return;
    }
    const re = seller.reRequest;
    if (j >= re.max || draw.reRequests(i, j) >= re.probability) return;
    const from = re.fromRejection ? at : (cooldownUntil ?? at);
    this.ctx.moves.reRequest(after(from, re.delay(draw.afterRejectionDelay(i, j))), i, j, false);
  }

  /** Move, R6: request the withdrawal; an ineligible or closed claim goes to the support desk (R3). */
  request(i: number, clean: boolean): void {
    const claims = this.ctx.claims;
    if (!claims.isHeld(i) || claims.withdrawal(i) !== 'none') return;
    const d = this.ctx.act({ kind: 'RequestWithdrawal', claim: claims.id(i), message: this.message(i, claims.requests(i) + 1, clean) });
    if (d.ok) return;
    if (d.refusal.code === 'PII_IN_MESSAGE' && !clean) this.ctx.moves.request(this.ctx.now() + PII_RETRY_MS, i, true);
    else if (d.refusal.code === 'INELIGIBLE_STATUS' || d.refusal.code === 'CLAIM_CLOSED') this.escalate(i);
  }

  /** Move, R11: re-request after rejection j; refused for the cooldown (R12), try again after it ends. */
  reRequest(i: number, j: number, clean: boolean): void {
    const claims = this.ctx.claims;
    if (!claims.isHeld(i) || claims.withdrawal(i) !== 'on_hold') return;
    const d = this.ctx.act({ kind: 'ReRequestWithdrawal', claim: claims.id(i), message: this.message(i, claims.requests(i) + 1, clean) });
    if (d.ok) return;
    if (d.refusal.code === 'COOLDOWN_ACTIVE' && d.refusal.until !== undefined && this.cooldownRetries[i]! < MAX_COOLDOWN_RETRIES) {
      this.cooldownRetries[i]!++;
      const retry = this.of(i).reRequest.retryDelay(this.ctx.draw.seller.reRequestRetryDelay(i, j));
      this.ctx.moves.reRequest(after(d.refusal.until, retry), i, j, clean);
    } else if (d.refusal.code === 'PII_IN_MESSAGE' && !clean) {
      this.ctx.moves.reRequest(this.ctx.now() + PII_RETRY_MS, i, j, true);
    }
  }

  /** Move, R14: cancel request r, if it is still the one open and unanswered. */
  cancelRequest(i: number, r: number): void {
    const claims = this.ctx.claims;
    if (!claims.isHeld(i) || claims.withdrawal(i) !== 'requested' || claims.requests(i) !== r) return;
    this.ctx.act({ kind: 'CancelWithdrawal', claim: claims.id(i) });
  }

  /** Move, R14: after a rejection, cancel the withdrawal on hold. */
  giveUp(i: number): void {
    const claims = this.ctx.claims;
    if (!claims.isHeld(i) || claims.withdrawal(i) !== 'on_hold') return;
    this.ctx.act({ kind: 'CancelWithdrawal', claim: claims.id(i) });
  }

  /** Move: the seller's memo of request r. */
  memo(i: number, r: number, clean: boolean): void {
    sendMemo(this.ctx, i, 'seller', r, clean, this.of(i).pii);
  }

  /** R3: an ineligible claim escalated to the support desk, once. */
  private escalate(i: number): void {
    if (this.ctx.claims.wasEscalated(i) || this.ctx.draw.seller.escalates(i) >= this.of(i).escalate) return;
    this.ctx.act({ kind: 'ContactSupport', claim: this.ctx.claims.id(i), text: supportText() });
  }

  /** The message of the seller's request r (a first request or a re-request). */
  private message(i: number, r: number, clean: boolean): string {
    const base = requestMessage(this.ctx.draw.message.text(i, r, MessageSlot.request));
    return clean ? base : withPersonalData(base, this.ctx.draw.message.pii(i, r, MessageSlot.request), this.of(i).pii);
  }

  private of(i: number): CompiledSeller {
    return this.ctx.pop.sellers[this.profile[i]!]!;
  }
}
