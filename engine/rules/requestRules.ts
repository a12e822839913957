import type { Policy } from '../Policy.js';
import { calendarFor } from '../calendarFor.js';
import { endOfWindow, lastDayOfWindow } from '../dayCounting.js';
import { formatDay } from '../civil.js';
import type { Claim, Decision, Instant, PiiKind, RequestWithdrawal, ReRequestWithdrawal } from '../types.js';
import type { StateView } from '../StateView.js';
import { SUPPORT_CATEGORY } from '../types.js';
import { cooldownInForce } from './cooldown.js';
import { guardClaim, isDecision } from './guards.js';
import { checkMessage, isRefusal } from './messageRules.js';
import { refuse } from './refuse.js';

/** R1-R6, R11-R13, R15: a first request (`RequestWithdrawal`) or a re-request from on hold. */
export function decideRequest(
  state: StateView,
  cmd: RequestWithdrawal | ReRequestWithdrawal,
  now: Instant,
  policy: Policy,
): Decision {
  const reRequest = cmd.kind === 'ReRequestWithdrawal';
  const claim = guardClaim(state, cmd.claim, cmd.actor, 'seller');
  if (isDecision(claim)) return claim;
  // Group 4, in order: INELIGIBLE_STATUS, WITHDRAWAL_ALREADY_OPEN, NOT_ON_HOLD.
  if (!(policy.eligibleStatuses as readonly string[]).includes(claim.status)) {
    return refuse(
      'INELIGIBLE_STATUS',
      `claim ${claim.id} is ${claim.status}, where no withdrawal can be requested; ask the support desk (${SUPPORT_CATEGORY}) instead (R2, R3)`,
      { support: SUPPORT_CATEGORY },
    );
  }
  if (!reRequest && claim.withdrawal !== 'none') {
    return refuse('WITHDRAWAL_ALREADY_OPEN', `claim ${claim.id} already has a withdrawal ${claim.withdrawal === 'on_hold' ? 'on hold (re-request it instead)' : 'requested'} (R5)`);
  }
  if (reRequest && claim.withdrawal !== 'on_hold') {
    return refuse('NOT_ON_HOLD', `claim ${claim.id} has ${claim.withdrawal === 'none' ? 'no withdrawal' : 'a withdrawal still requested'}; only one on hold can be re-requested (R11)`);
  }
  const until = cooldownInForce(claim, now);
  if (until !== null) {
    return refuse('COOLDOWN_ACTIVE', `claim ${claim.id} is in a cooldown until ${calendarFor(policy.timezone).formatLocal(until)} (R12, R15)`, { until });
  }
  if (reRequest && policy.maxReRequests !== null && claim.reRequests >= policy.maxReRequests) {
    return refuse('RE_REQUEST_LIMIT', `claim ${claim.id} has had ${claim.reRequests} re-requests, the policy's limit (R13)`);
  }
  const pii = checkMessage(cmd.message, policy.requireMessage, policy, 'the seller message');
  if (isRefusal(pii)) return pii;
  return { ok: true, events: [requested(state, claim, now, policy, reRequest, cmd.message, pii)] };
}

function requested(state: StateView, claim: Claim, now: Instant, policy: Policy, reRequest: boolean, message: string, pii: readonly PiiKind[]) {
  const cal = calendarFor(policy.timezone);
  // R6: the window covers the request date as day 1; R10: its consequence at 00:00 of day N+1.
  const deadline = lastDayOfWindow(cal, now, policy.responseWindowDays);
  return {
    kind: 'WithdrawalRequested' as const,
    at: now,
    claim: claim.id,
    reRequest,
    request: claim.requests + 1,
    message,
    deadline,
    timeoutAt: endOfWindow(cal, deadline),
    pendingWithdrawals: state.pendingWithdrawals(claim.buyer) + 1,
    pii,
  };
}

/** The deadline as a date string, for messages. */
export function deadlineText(claim: Claim): string {
  return claim.deadline === null ? 'none' : formatDay(claim.deadline);
}
