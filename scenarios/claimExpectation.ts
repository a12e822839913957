import { type Claim, calendarFor, claimView } from '../engine/index.js';

/**
 * The claim as the rules leave it at `now`, in a scenario's `check:` words (docs/scenarios.md):
 * what a written scenario (a regression, an audit's reproducer) expects at a step.
 */
export function claimExpectation(claim: Readonly<Claim>, now: number, cal: ReturnType<typeof calendarFor>): Record<string, unknown> {
  const v = claimView(claim, now, cal);
  return {
    status: v.status,
    withdrawal: v.withdrawal,
    ...(v.outcome !== null ? { outcome: v.outcome } : {}),
    ...(v.deadline !== null ? { deadline: v.deadline } : {}),
    reRequests: v.reRequests,
    cooldownUntil: v.cooldownUntil,
  };
}
