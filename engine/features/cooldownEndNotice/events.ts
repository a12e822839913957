/**
 * The catalogue entry of the notice (engine/events/README.md): a notice of the clock's, with no
 * field beyond the claim and the instant. It reaches EVENT_CATALOGUE through
 * engine/features/vocabulary.ts, last, so a summary without the notice reads as before it existed.
 */
export const cooldownEndNoticeEvents = {
  SellerToldCooldownEnded: {
    record: 'seller_told_cooldown_ended',
    about: 'claim',
    source: 'clock',
    effect: 'notice',
    rules: ['R12', 'R15'],
    description: "the seller was told the claim's cooldowns have ended",
    log: {},
  },
} as const;
