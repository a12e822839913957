import type { Claim } from '../../engine/index.js';
import type { FinalOutcome } from '../Summary.js';

/** How the claim's last withdrawal ended without withdrawing it (none: never requested). */
export type LastWithdrawalEnd = 'none' | 'cancelled' | 'lapsed';

/**
 * The one final outcome of a claim, when it is finished or the horizon ends: withdrawn (R8,
 * R10), still open (on hold, requested), its last withdrawal lapsed (R16) or cancelled
 * (R14), or never withdrawn (completed or still open).
 */
export function finalOutcomeOf(claim: Claim, lastEnd: LastWithdrawalEnd, terminal: boolean): FinalOutcome {
  if (claim.status === 'withdrawn') return claim.outcome === 'accepted' ? 'withdrawnByAcceptance' : 'withdrawnByTimeout';
  if (claim.withdrawal === 'on_hold') return 'onHoldAtEnd';
  if (claim.withdrawal === 'requested') return 'requestedAtEnd';
  if (lastEnd === 'lapsed') return 'lapsed';
  if (lastEnd === 'cancelled') return 'cancelledBySeller';
  return terminal ? 'completedNormally' : 'openAtEnd';
}
