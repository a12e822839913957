import { claimOf, closeWithdrawal } from '../claimFolds.js';
import type { Feature } from '../Feature.js';

/** How a cancel enters the state: no open withdrawal, and the cancellation cooldown (R14, R15). */
export const cancelEvolves: Feature['evolves'] = {
  WithdrawalCancelled: (state, event) => {
    const claim = claimOf(state, event.claim);
    closeWithdrawal(state, claim, event.pendingWithdrawals);
    claim.cancellationCooldownUntil = event.cooldownUntil;
  },
};
