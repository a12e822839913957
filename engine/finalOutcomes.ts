import { type ClaimStatus, isTerminal } from './claimTypes.js';
import type { Outcome, WithdrawalState } from './Claim.js';

/**
 * How one claim ended in a run: exactly one per claim. The shared vocabulary of the
 * simulations (generators/) and the reports (reports/), which label them in one table
 * (reports/model/outcomeLabel.ts). Escalation to support is counted apart.
 */
export const FINAL_OUTCOMES = [
  'withdrawnByAcceptance', // R8
  'withdrawnByTimeout', // R10
  'onHoldAtEnd', // R9: rejected and still on hold when the horizon ended
  'requestedAtEnd', // a request still awaiting the buyer when the horizon ended
  'lapsed', // R16 / R10 variant: a withdrawal lapsed and the claim ran its course
  'cancelledBySeller', // R14: the seller's last withdrawal was cancelled by the seller
  'completedNormally', // no withdrawal: the claim ran its course to a completed status
  'openAtEnd', // no withdrawal open, claim not terminal when the horizon ended
] as const;
export type FinalOutcome = (typeof FINAL_OUTCOMES)[number];

/** What decides a claim's final outcome: its status, its withdrawal, and how its last withdrawal ended. */
export interface FinalState {
  readonly status: ClaimStatus;
  readonly withdrawal: WithdrawalState;
  /** How a withdrawn claim was withdrawn (null: not withdrawn). */
  readonly outcome: Outcome | null;
  /** How the last withdrawal ended without withdrawing the claim. */
  readonly lastWithdrawalEnd: 'none' | 'cancelled' | 'lapsed';
}

/**
 * The one final outcome of a claim, when it is finished or the horizon ends: withdrawn (R8,
 * R10), still open (on hold, requested), its last withdrawal lapsed (R16) or cancelled
 * (R14), or never withdrawn (completed or still open).
 */
export function finalOutcomeOf(claim: FinalState): FinalOutcome {
  if (claim.status === 'withdrawn') return claim.outcome === 'accepted' ? 'withdrawnByAcceptance' : 'withdrawnByTimeout';
  if (claim.withdrawal === 'on_hold') return 'onHoldAtEnd';
  if (claim.withdrawal === 'requested') return 'requestedAtEnd';
  if (claim.lastWithdrawalEnd === 'lapsed') return 'lapsed';
  if (claim.lastWithdrawalEnd === 'cancelled') return 'cancelledBySeller';
  return isTerminal(claim.status) ? 'completedNormally' : 'openAtEnd';
}
