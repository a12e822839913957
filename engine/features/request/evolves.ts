import { setCount } from '../../State.js';
import { claimOf, setWithdrawal } from '../claimFolds.js';
import type { Feature } from '../Feature.js';

/** How a request, first or re-request (R6, R11), enters the state: requested, with its deadline and the buyer's counter. */
export const requestEvolves: Feature['evolves'] = {
  WithdrawalRequested: (state, event) => {
    const claim = claimOf(state, event.claim);
    setWithdrawal(state, claim, 'requested');
    claim.requestedAt = event.at;
    claim.deadline = event.deadline;
    claim.timeoutAt = event.timeoutAt;
    claim.requests = event.request;
    if (event.reRequest) claim.reRequests++;
    setCount(state.pendingWithdrawals, claim.buyer, event.pendingWithdrawals);
  },
};
