import type { Instant } from '../../engine/index.js';
import { MessageSlot } from '../random/Purpose.js';
import type { CompiledBuyer } from '../population/CompiledPopulation.js';
import { rejection, withPersonalData } from '../names/messages.js';
import { type AgentContext, PII_RETRY_MS, after } from './AgentContext.js';
import { answerTime } from './answerTime.js';
import { sendMemo } from './sendMemo.js';

/**
 * The buyer of each claim: answers each withdrawal request (accept, reject with a reason, or
 * stay silent until the deadline), reacts to a reminder, and replies to the seller's memos.
 * A profile per buyer.
 */
export class Buyer {
  private readonly profile: Uint16Array;
  /**
   * Only when some profile reacts to reminders (no memory otherwise): per claim, when the
   * buyer's own answer to the open request is due (+Infinity: silence), and the request whose
   * reminder it answered (0: none).
   */
  private readonly plannedAt: Float64Array | null;
  private readonly remindedAnswer: Uint32Array | null;

  constructor(private readonly ctx: AgentContext) {
    this.profile = new Uint16Array(ctx.claims.claims);
    const reacts = ctx.pop.buyers.some((b) => b.onReminder.probability > 0);
    this.plannedAt = reacts ? new Float64Array(ctx.claims.claims) : null;
    this.remindedAnswer = reacts ? new Uint32Array(ctx.claims.claims) : null;
  }

  /** Claim i's buyer has this profile (an index in the population's buyer profiles). */
  assign(i: number, profile: number): void {
    this.profile[i] = profile;
  }

  /** R6 / R11: request r arrived at `at`, its window ending at `timeoutAt`: plan the answer, or none (silence, R10). */
  requested(i: number, r: number, at: Instant, timeoutAt: Instant): void {
    const buyer = this.of(i);
    const draw = this.ctx.draw.buyer;
    const u = draw.answer(i, r);
    const accepts = u < buyer.accept.probability;
    if (this.plannedAt !== null) this.plannedAt[i] = Number.POSITIVE_INFINITY;
    if (!accepts && u >= buyer.accept.probability + buyer.reject.probability) return;
    const when = answerTime(accepts ? buyer.accept : buyer.reject, draw.answerDelay(i, r), at, timeoutAt);
    if (this.plannedAt !== null) this.plannedAt[i] = when;
    if (accepts) this.ctx.moves.accept(when, i, r);
    else this.ctx.moves.reject(when, i, r, false);
  }

  /**
   * The reminder of request r came at `at` (the request is still pending): with the profile's
   * `onReminder.answerProbability` the buyer answers `delay` after it, accepting with
   * `onReminder.accept`, unless its own planned answer is due by then (it stands). Draws of
   * their own (Purpose.answer 4r+2, 4r+3): the plan and every other draw stay as they are.
   */
  reminded(i: number, r: number, at: Instant): void {
    const planned = this.plannedAt;
    const reminded = this.remindedAnswer;
    if (planned === null || reminded === null) return;
    const react = this.of(i).onReminder;
    const draw = this.ctx.draw.buyer;
    const u = draw.reminderAnswer(i, r);
    if (u >= react.probability) return;
    const when = after(at, react.delay(draw.reminderDelay(i, r)));
    if (when >= planned[i]!) return;
    reminded[i] = r;
    if (u < react.probability * react.accept) this.ctx.moves.accept(when, i, r);
    else this.ctx.moves.reject(when, i, r, false);
  }

  /** R20: the seller sent a memo: reply to it, or not. */
  memoReceived(i: number): void {
    const r = this.ctx.claims.requests(i);
    const reply = this.of(i).memoReply;
    const draw = this.ctx.draw.buyer;
    if (draw.repliesToMemo(i, r) >= reply.probability) return;
    this.ctx.moves.buyerMemo(after(this.ctx.now(), reply.delay(draw.memoReplyDelay(i, r))), i, r, false);
  }

  /** Move, R8: accept request r, if it is still the one open. */
  accept(i: number, r: number): void {
    if (!this.answers(i, r)) return;
    this.ctx.act({ kind: 'AcceptWithdrawal', claim: this.ctx.claims.id(i) });
  }

  /** Move, R9: reject request r with a drawn reason; refused for personal data (R21), again clean later. */
  reject(i: number, r: number, clean: boolean): void {
    if (!this.answers(i, r)) return;
    const { category, reason } = rejection(this.ctx.draw.message.text(i, r, MessageSlot.rejection));
    const text = clean ? reason : withPersonalData(reason, this.ctx.draw.message.pii(i, r, MessageSlot.rejection), this.of(i).pii);
    const d = this.ctx.act({ kind: 'RejectWithdrawal', claim: this.ctx.claims.id(i), category, reason: text });
    if (!clean && !d.ok && d.refusal.code === 'PII_IN_MESSAGE') this.ctx.moves.reject(this.ctx.now() + PII_RETRY_MS, i, r, true);
  }

  /** Move: the buyer's memo of request r. */
  memo(i: number, r: number, clean: boolean): void {
    sendMemo(this.ctx, i, 'buyer', r, clean, this.of(i).pii);
  }

  /**
   * The buyer answers the request it was asked; a newer request has its own answer. A buyer
   * who answered a reminder sends no second answer once the request is no longer pending.
   */
  private answers(i: number, r: number): boolean {
    if (!this.ctx.claims.isHeld(i) || this.ctx.claims.requests(i) !== r) return false;
    return this.remindedAnswer?.[i] !== r || this.ctx.claims.withdrawal(i) === 'requested';
  }

  private of(i: number): CompiledBuyer {
    return this.ctx.pop.buyers[this.profile[i]!]!;
  }
}
