/**
 * What a stream is drawn for. Each decision of a claim's life has its own stream
 * (seed, claim index, purpose), so that the same claim under two policies draws the same
 * behaviour as far as the rules let it: a re-request refused under one policy does not
 * shift the buyer's answer to the next request.
 */
export const Purpose = {
  // per claim
  arrival: 1,
  claimType: 2,
  initialStatus: 3,
  seller: 4,
  buyer: 5,
  /** draw 2·step: the delay before the claim's next status; 2·step+1: which status */
  lifecycle: 6,
  /** 0: does the seller request; 1: the delay; 2+n: draw n of the first reaction registered (generators/reactions/reactionStream.ts) */
  request: 7,
  /** per request r: 4r: accept / reject / silent; 4r+1: the delay; 4r+2: the reaction to its reminder; 4r+3: that answer's delay (the reason is a `text` draw) */
  answer: 8,
  /** per request r: 2r: does the seller cancel it; 2r+1: the delay */
  cancel: 9,
  /** per rejection j: 4j: give up; 4j+1: re-request; 4j+2: the delay of either; 4j+3: the delay of a retry after a cooldown refusal */
  afterRejection: 10,
  /** 0: does the seller escalate an ineligible claim to support */
  escalate: 11,
  /** per message (see `text`): 4r+s: does it carry personal data, and which */
  pii: 12,
  /** per request r: 4r: seller memo; 4r+1: its delay; 4r+2: buyer reply; 4r+3: its delay */
  memo: 13,
  /**
   * which texts the messages use, per request r and message slot s (MessageSlot): 4r+0: the
   * seller's request message (r: the request it makes), 4r+1: the buyer's rejection reason,
   * 4r+2: the seller's memo, 4r+3: the buyer's memo
   */
  text: 14,
  /** reaction k ≥ 1 of generators/reactions: purpose reactions + k, draw n (reactionStream.ts; the first draws from `request`) */
  reactions: 200,
  // per seller / per buyer (index = the seller's or buyer's number)
  sellerProfile: 101,
  buyerProfile: 102,
  sellerWeight: 103,
} as const;
export type Purpose = (typeof Purpose)[keyof typeof Purpose];

/** The message slots of `text` and `pii` draws: draw 4r + slot for request r. */
export const MessageSlot = {
  request: 0,
  rejection: 1,
  sellerMemo: 2,
  buyerMemo: 3,
} as const;
export type MessageSlot = (typeof MessageSlot)[keyof typeof MessageSlot];
