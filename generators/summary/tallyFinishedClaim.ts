import { type Claim, isTerminal } from '../../engine/index.js';
import type { FinalOutcome } from '../Summary.js';
import { type LastWithdrawalEnd, finalOutcomeOf } from '../run/finalOutcomeOf.js';
import { addDuration } from './Histogram.js';
import type { SummaryTally } from './SummaryTally.js';

/**
 * Folds one finished claim (or one still held when the horizon ended) into the tally:
 * its final outcome, time to resolution, re-requests, delay (R18) and escalation (R3).
 */
export function tallyFinishedClaim(t: SummaryTally, claim: Claim, lastEnd: LastWithdrawalEnd, escalated: boolean, now: number): FinalOutcome {
  const terminal = isTerminal(claim.status);
  const outcome = finalOutcomeOf(claim, lastEnd, terminal);
  t.outcomes[outcome]++;
  if (terminal && claim.closedAt !== null) addDuration(t.histogram(outcome), claim.closedAt - claim.receivedAt);
  t.countReRequests(claim.reRequests);
  if ((claim.leftFirstStatusAt ?? now) >= claim.delayedFrom) t.delayedClaims++;
  if (escalated) t.escalatedToSupport++;
  return outcome;
}
