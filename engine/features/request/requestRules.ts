import type { Policy } from '../../Policy.js';
import { calendarFor } from '../../calendarFor.js';
import { endOfWindow, lastDayOfWindow } from '../../dayCounting.js';
import { formatDay } from '../../civil.js';
import type { Instant } from '../../Calendar.js';
import type { Claim } from '../../Claim.js';
import type { WithdrawalRequested } from '../../ClaimEvent.js';
import type { RequestWithdrawal } from '../../Command.js';
import type { Decision } from '../../Decision.js';
import type { Mutable } from '../../Mutable.js';
import { SUPPORT_CATEGORY } from '../../supportCategory.js';
import type { StateView } from '../../StateView.js';
import { refuseInsideCooldown } from '../../rules/cooldown.js';
import { guardClaim, isDecision } from '../../rules/guards.js';
import { checkMessage, isRefusal } from '../../rules/messageRules.js';
import { pendingWithdrawalsAfter } from '../../rules/pendingWithdrawalsAfter.js';
import { refuse } from '../../rules/refuse.js';
import { reminderInstant } from '../../reminderInstant.js';

/** R1-R6, R15: a first request, on a claim with no withdrawal open and no cooldown in force. */
export function decideRequest(state: StateView, cmd: RequestWithdrawal, now: Instant, policy: Policy): Decision {
  const claim = guardRequest(state, cmd.claim, cmd.actor, policy);
  if (isDecision(claim)) return claim;
  if (claim.withdrawal !== 'none') {
    return refuse('WITHDRAWAL_ALREADY_OPEN', `claim ${claim.id} already has a withdrawal ${claim.withdrawal === 'on_hold' ? 'on hold (re-request it instead)' : 'requested'} (R5)`);
  }
  const cooling = refuseInsideCooldown(claim, now, policy);
  if (cooling) return cooling;
  return requestOn(state, claim, cmd.message, false, now, policy);
}

/**
 * The refusals both request kinds start with: the claim found and open, the seller acting
 * (groups 1-3), and R2, R3: a status where a withdrawal can be requested (INELIGIBLE_STATUS).
 */
export function guardRequest(state: StateView, claimId: string, actor: string | undefined, policy: Policy): Readonly<Claim> | Decision {
  const claim = guardClaim(state, claimId, actor, 'seller');
  if (isDecision(claim) || (policy.eligibleStatuses as readonly string[]).includes(claim.status)) return claim;
  return refuse(
    'INELIGIBLE_STATUS',
    `claim ${claim.id} is ${claim.status}, where no withdrawal can be requested; ask the support desk (${SUPPORT_CATEGORY}) instead (R2, R3)`,
    { support: SUPPORT_CATEGORY },
  );
}

/**
 * R4, R6, R21: the request (or re-request) once its own refusals are passed: the message
 * checked, the deadline set (the request date is day 1 of the window), the buyer counter up.
 */
export function requestOn(state: StateView, claim: Readonly<Claim>, message: string, reRequest: boolean, now: Instant, policy: Policy): Decision {
  const pii = checkMessage(message, policy.requireMessage, policy, 'the seller message');
  if (isRefusal(pii)) return pii;
  const cal = calendarFor(policy.timezone);
  // R6: the window covers the request date as day 1; R10: its consequence at 00:00 of day N+1.
  const deadline = lastDayOfWindow(cal, now, policy.responseWindowDays);
  const remindAt = reminderInstant(deadline, policy);
  const event: Mutable<WithdrawalRequested> = {
    kind: 'WithdrawalRequested',
    at: now,
    claim: claim.id,
    reRequest,
    request: claim.requests + 1,
    message,
    deadline,
    timeoutAt: endOfWindow(cal, deadline),
    pendingWithdrawals: pendingWithdrawalsAfter(state, claim, 'requested'),
    pii,
  };
  // Only with a reminder in force, so that logs without one are as they were (and no object is spread per request).
  if (remindAt !== undefined) event.remindAt = remindAt;
  return { ok: true, events: [event] };
}

/** The deadline as a date string, for messages. */
export function deadlineText(claim: Readonly<Claim>): string {
  return claim.deadline === null ? 'none' : formatDay(claim.deadline);
}
