import { claimOf, closeWithdrawal, setStatus } from '../claimFolds.js';
import type { Feature } from '../Feature.js';

/** How a timeout enters the state: the claim is withdrawn, outcome timeout (R10). A lapse instead is the lifecycle's fold. */
export const responseDeadlineEvolves: Feature['evolves'] = {
  WithdrawalTimedOut: (state, event) => {
    const claim = claimOf(state, event.claim);
    closeWithdrawal(state, claim, event.pendingWithdrawals);
    claim.outcome = 'timeout';
    setStatus(state, claim, 'withdrawn', event.at);
  },
};
