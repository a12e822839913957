import type { ClaimStatus, ClaimType, Instant, Outcome, WithdrawalState } from '../../engine/index.js';
import type { FinishedClaim, LastWithdrawalEnd } from './FinishedClaim.js';

/**
 * A FinishedClaim that ClaimRecords fills in. A run that hands no record out (no
 * onClaimFinished) refills one for the tally instead of making an object per finished claim.
 */
export class FinishedClaimRecord implements FinishedClaim {
  index = 0;
  id = '';
  type: ClaimType = 'cancel';
  status: ClaimStatus = 'cancel_requested';
  withdrawal: WithdrawalState = 'none';
  outcome: Outcome | null = null;
  lastWithdrawalEnd: LastWithdrawalEnd = 'none';
  requests = 0;
  reRequests = 0;
  escalated = false;
  receivedAt: Instant = 0;
  delayedFrom: Instant = 0;
  leftFirstStatusAt: Instant | null = null;
  closedAt: Instant | null = null;
  at: Instant = 0;
}
