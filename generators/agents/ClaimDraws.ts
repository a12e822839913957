import { MessageSlot, Purpose } from '../random/Purpose.js';
import { drawUniform, streamKey } from '../random/hash32.js';
import type { DrawFor } from '../reactions/Reaction.js';
import { type ReactionDraws, reactionDraws } from '../reactions/dispatchReactions.js';

/** One uniform draw in [0, 1) of claim i's stream for one decision. */
type Draw = (i: number) => number;

/**
 * Every choice a claim's seller, buyer and lifecycle make, by name, each a fixed draw of the
 * claim's own stream for that decision (Purpose.ts lists the slots): `draw.buyer.answerDelay(i, r)`
 * is the same number in every run with the same seed, whatever else the claim did.
 */
export interface ClaimDraws {
  readonly lifecycle: {
    /** Before the claim's step k: how long it stays in its status, and which status it goes to. */
    readonly delay: DrawFor;
    readonly next: DrawFor;
  };
  readonly seller: {
    /** Whether the seller requests a withdrawal at all, and after how long. */
    readonly requests: Draw;
    readonly requestDelay: Draw;
    /** Whether the seller cancels request r (R14), and after how long. */
    readonly cancels: DrawFor;
    readonly cancelDelay: DrawFor;
    /** Whether the seller sends a memo during request r (R20), and after how long. */
    readonly sendsMemo: DrawFor;
    readonly memoDelay: DrawFor;
    /** After the buyer's rejection j: give up (cancel from on hold), re-request, after how long (either). */
    readonly givesUp: DrawFor;
    readonly reRequests: DrawFor;
    readonly afterRejectionDelay: DrawFor;
    /** After rejection j, a re-request refused for the cooldown (R12) is tried again this long after it ends. */
    readonly reRequestRetryDelay: DrawFor;
    /** Whether the seller escalates an ineligible claim to the support desk (R3). */
    readonly escalates: Draw;
    /** Each reaction's own draws (generators/reactions), in the registry's order. */
    readonly reactions: ReactionDraws;
  };
  readonly buyer: {
    /** The buyer's answer to request r (accept / reject / stay silent), and after how long. */
    readonly answer: DrawFor;
    readonly answerDelay: DrawFor;
    /** Whether the buyer replies to a seller's memo during request r, and after how long. */
    readonly repliesToMemo: DrawFor;
    readonly memoReplyDelay: DrawFor;
    /** The buyer's reaction to request r's reminder (answer and accept or reject, or not), and after how long. */
    readonly reminderAnswer: DrawFor;
    readonly reminderDelay: DrawFor;
  };
  readonly message: {
    /** Which text a message uses, and whether (and which) personal data it carries (R21). */
    readonly text: (i: number, r: number, slot: MessageSlot) => number;
    readonly pii: (i: number, r: number, slot: MessageSlot) => number;
  };
}

/** The named draws of a run with this seed. */
export function claimDraws(seed: number): ClaimDraws {
  const at = (purpose: number, i: number, k: number): number => drawUniform(streamKey(seed, i, purpose), k);
  return {
    lifecycle: {
      delay: (i, k) => at(Purpose.lifecycle, i, 2 * k),
      next: (i, k) => at(Purpose.lifecycle, i, 2 * k + 1),
    },
    seller: {
      requests: (i) => at(Purpose.request, i, 0),
      requestDelay: (i) => at(Purpose.request, i, 1),
      cancels: (i, r) => at(Purpose.cancel, i, 2 * r),
      cancelDelay: (i, r) => at(Purpose.cancel, i, 2 * r + 1),
      sendsMemo: (i, r) => at(Purpose.memo, i, 4 * r),
      memoDelay: (i, r) => at(Purpose.memo, i, 4 * r + 1),
      givesUp: (i, j) => at(Purpose.afterRejection, i, 4 * j),
      reRequests: (i, j) => at(Purpose.afterRejection, i, 4 * j + 1),
      afterRejectionDelay: (i, j) => at(Purpose.afterRejection, i, 4 * j + 2),
      reRequestRetryDelay: (i, j) => at(Purpose.afterRejection, i, 4 * j + 3),
      escalates: (i) => at(Purpose.escalate, i, 0),
      reactions: reactionDraws(at),
    },
    buyer: {
      answer: (i, r) => at(Purpose.answer, i, 4 * r),
      answerDelay: (i, r) => at(Purpose.answer, i, 4 * r + 1),
      repliesToMemo: (i, r) => at(Purpose.memo, i, 4 * r + 2),
      memoReplyDelay: (i, r) => at(Purpose.memo, i, 4 * r + 3),
      reminderAnswer: (i, r) => at(Purpose.answer, i, 4 * r + 2),
      reminderDelay: (i, r) => at(Purpose.answer, i, 4 * r + 3),
    },
    message: {
      text: (i, r, slot) => at(Purpose.text, i, 4 * r + slot),
      pii: (i, r, slot) => at(Purpose.pii, i, 4 * r + slot),
    },
  };
}
