import { isTerminal } from '../../engine/index.js';
import type { FinalOutcome } from '../Summary.js';
import type { FinishedClaim } from '../records/FinishedClaim.js';
import { finalOutcomeOf } from '../../engine/finalOutcomes.js';
import { addDuration } from './Histogram.js';
import type { SummaryTally } from './SummaryTally.js';

/**
 * Folds one finished claim (or one still held when the horizon ended) into the tally:
 * its final outcome, time to resolution, re-requests, delay (R18) and escalation (R3).
 */
export function tallyFinishedClaim(t: SummaryTally, claim: FinishedClaim): FinalOutcome {
  const outcome = finalOutcomeOf(claim);
  t.outcomes[outcome]++;
  if (isTerminal(claim.status) && claim.closedAt !== null) addDuration(t.histogram(outcome), claim.closedAt - claim.receivedAt);
  t.countReRequests(claim.reRequests);
  if ((claim.leftFirstStatusAt ?? claim.at) >= claim.delayedFrom) t.delayedClaims++;
  if (claim.escalated) t.escalatedToSupport++;
  t.periods?.finished(claim.index, outcome);
  return outcome;
}
