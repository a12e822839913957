import type { Calendar, Instant } from '../Calendar.js';
import { type ClaimStatus, firstStatus } from '../claimTypes.js';
import { formatDay } from '../civil.js';
import { cooldownInForce } from '../rules/cooldown.js';
import type { Claim, Outcome, WithdrawalState } from '../Claim.js';

/** R18: still in its first status from 00:00 of receipt date + delayThresholdDays. */
export function isDelayed(claim: Readonly<Claim>, now: Instant): boolean {
  return claim.status === firstStatus(claim.type) && now >= claim.delayedFrom;
}

/** The end of the cooldown in force now (R12, R15), or null. */
export function cooldownUntil(claim: Readonly<Claim>, now: Instant): Instant | null {
  return cooldownInForce(claim, now);
}

/** What a person (or a scenario's `check: claims:`) sees of one claim at an instant. */
export interface ClaimView {
  readonly status: ClaimStatus;
  readonly withdrawal: WithdrawalState;
  readonly outcome: Outcome | null;
  /** The open request's response deadline, `YYYY-MM-DD`. */
  readonly deadline: string | null;
  readonly reRequests: number;
  /** `YYYY-MM-DDTHH:MM:SS.mmm` local time, or null. */
  readonly cooldownUntil: string | null;
  readonly delayed: boolean;
}

export function claimView(claim: Readonly<Claim>, now: Instant, calendar: Calendar): ClaimView {
  const cd = cooldownInForce(claim, now);
  return {
    status: claim.status,
    withdrawal: claim.withdrawal,
    outcome: claim.outcome,
    deadline: claim.deadline === null ? null : formatDay(claim.deadline),
    reRequests: claim.reRequests,
    cooldownUntil: cd === null ? null : calendar.formatLocal(cd),
    delayed: isDelayed(claim, now),
  };
}
