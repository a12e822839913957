import { claimOf, withdrawClaim } from '../claimFolds.js';
import type { Feature } from '../Feature.js';

/** How a timeout enters the state: the claim is withdrawn, outcome timeout (R10). A lapse instead is the lifecycle's fold. */
export const responseDeadlineEvolves: Feature['evolves'] = {
  WithdrawalTimedOut: (state, event) => withdrawClaim(state, claimOf(state, event.claim), 'timeout', event.pendingWithdrawals, event.at),
};
