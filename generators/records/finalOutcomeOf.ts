import { isTerminal } from '../../engine/index.js';
import type { FinalOutcome } from '../Summary.js';
import type { FinishedClaim } from './FinishedClaim.js';

/**
 * The one final outcome of a claim, when it is finished or the horizon ends: withdrawn (R8,
 * R10), still open (on hold, requested), its last withdrawal lapsed (R16) or cancelled
 * (R14), or never withdrawn (completed or still open).
 */
export function finalOutcomeOf(claim: FinishedClaim): FinalOutcome {
  if (claim.status === 'withdrawn') return claim.outcome === 'accepted' ? 'withdrawnByAcceptance' : 'withdrawnByTimeout';
  if (claim.withdrawal === 'on_hold') return 'onHoldAtEnd';
  if (claim.withdrawal === 'requested') return 'requestedAtEnd';
  if (claim.lastWithdrawalEnd === 'lapsed') return 'lapsed';
  if (claim.lastWithdrawalEnd === 'cancelled') return 'cancelledBySeller';
  return isTerminal(claim.status) ? 'completedNormally' : 'openAtEnd';
}
