import { claimOf } from '../claimFolds.js';
import type { Feature } from '../Feature.js';

/** How the notice enters the state: it ends the claim's cooldowns that are over (both are, by now), so a second timer of this end is stale. */
export const cooldownEndNoticeEvolves: Feature['evolves'] = {
  SellerToldCooldownEnded: (state, e) => {
    const claim = claimOf(state, e.claim);
    if (claim.rejectionCooldownUntil !== null && claim.rejectionCooldownUntil <= e.at) claim.rejectionCooldownUntil = null;
    if (claim.cancellationCooldownUntil !== null && claim.cancellationCooldownUntil <= e.at) claim.cancellationCooldownUntil = null;
  },
};
