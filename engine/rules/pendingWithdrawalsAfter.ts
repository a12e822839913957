import type { StateView } from '../StateView.js';
import type { Claim, WithdrawalState } from '../Claim.js';

/**
 * R6: the buyer's pending-withdrawal counter once the claim's withdrawal goes from its current
 * state to `to`. The counter counts the buyer's claims with a request awaiting an answer.
 */
export function pendingWithdrawalsAfter(state: StateView, claim: Readonly<Claim>, to: WithdrawalState): number {
  const leaving = claim.withdrawal === 'requested' ? 1 : 0;
  const entering = to === 'requested' ? 1 : 0;
  return state.pendingWithdrawals(claim.buyer) - leaving + entering;
}
