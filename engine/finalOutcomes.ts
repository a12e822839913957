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
