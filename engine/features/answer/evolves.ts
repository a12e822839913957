import { setCount } from '../../State.js';
import { claimOf, setWithdrawal, withdrawClaim } from '../claimFolds.js';
import type { Feature } from '../Feature.js';

/** How the buyer's answer enters the state: accepted, the claim is withdrawn (R8); rejected, the withdrawal is on hold with its cooldown (R9, R12). */
export const answerEvolves: Feature['evolves'] = {
  WithdrawalAccepted: (state, event) => withdrawClaim(state, claimOf(state, event.claim), 'accepted', event.pendingWithdrawals, event.at),
  WithdrawalRejected: (state, event) => {
    const claim = claimOf(state, event.claim);
    setWithdrawal(state, claim, 'on_hold');
    claim.deadline = null;
    claim.timeoutAt = null;
    claim.rejectionCooldownUntil = event.cooldownUntil;
    claim.rejection = { category: event.category, reason: event.reason };
    setCount(state.pendingWithdrawals, claim.buyer, event.pendingWithdrawals);
  },
};
