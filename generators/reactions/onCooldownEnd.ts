import { z } from 'zod';
import { reaction } from './Reaction.js';

/**
 * Extension of R12/R15 (policy notifyCooldownEnd): told that the cooldowns of claim i ended
 * (SellerToldCooldownEnded), the seller re-requests at once, by its profile's chance
 * (`reRequest.onCooldownEnd`, default 0), if the withdrawal is still on hold and the
 * re-requests it makes (`reRequest.max`) are not used up.
 */
export const onCooldownEnd = reaction({
  event: 'SellerToldCooldownEnded',
  section: 'reRequest',
  field: 'onCooldownEnd',
  description: 'told the cooldown ended (policy notifyCooldownEnd): the chance of re-requesting at once, within max (absent: 0)',
  policyKeys: ['notifyCooldownEnd'],
  schema: z.number().min(0).max(1).optional(),
  compile: (chance) => chance ?? 0,
  // Draw j of its stream: one per rejection j, for that cooldown's end.
  react(seller, i, _event, chance, draw) {
    const j = seller.lastRejection(i);
    if (j < 0 || !seller.claims.isHeld(i) || seller.claims.withdrawal(i) !== 'on_hold') return;
    if (j >= seller.maxReRequests(i) || draw(i, j) >= chance) return;
    seller.reRequest(seller.now(), i, j);
  },
});
