import type { Policy } from '../../Policy.js';
import { calendarFor } from '../../calendarFor.js';
import type { Instant } from '../../Calendar.js';
import type { Claim } from '../../Claim.js';
import type { AcceptWithdrawal, RejectWithdrawal } from '../../Command.js';
import type { Decision } from '../../Decision.js';
import type { StateView } from '../../StateView.js';
import { cooldownEndsAt } from '../../rules/cooldown.js';
import { guardClaim, isDecision } from '../../rules/guards.js';
import { checkMessage, isRefusal } from '../../rules/messageRules.js';
import { pendingWithdrawalsAfter } from '../../rules/pendingWithdrawalsAfter.js';
import { refuse } from '../../rules/refuse.js';
import { deadlineText } from '../request/requestRules.js';

/** R7: the buyer may answer only an open request, through 23:59:59.999 of its deadline date. */
function guardAnswer(state: StateView, claimId: string, actor: string | undefined, now: Instant): Claim | Decision {
  const claim = guardClaim(state, claimId, actor, 'buyer');
  if (isDecision(claim)) return claim;
  if (claim.withdrawal !== 'requested') {
    return refuse('NO_OPEN_REQUEST', `claim ${claim.id} has no withdrawal request to answer (${claim.withdrawal === 'on_hold' ? 'it is on hold' : 'none is open'}) (R7, R11)`);
  }
  if (claim.timeoutAt !== null && now >= claim.timeoutAt) {
    return refuse('NO_OPEN_REQUEST', `the answer window of claim ${claim.id} closed at the end of ${deadlineText(claim)} (R7)`);
  }
  return claim;
}

/** R8: accepting withdraws the claim at once. */
export function decideAccept(state: StateView, cmd: AcceptWithdrawal, now: Instant): Decision {
  const claim = guardAnswer(state, cmd.claim, cmd.actor, now);
  if (isDecision(claim)) return claim;
  return {
    ok: true,
    events: [{ kind: 'WithdrawalAccepted', at: now, claim: claim.id, pendingWithdrawals: pendingWithdrawalsAfter(state, claim, 'none') }],
  };
}

/** R9, R12: rejecting puts the withdrawal on hold and starts the rejection cooldown. */
export function decideReject(state: StateView, cmd: RejectWithdrawal, now: Instant, policy: Policy): Decision {
  const claim = guardAnswer(state, cmd.claim, cmd.actor, now);
  if (isDecision(claim)) return claim;
  const pii = checkMessage(cmd.reason, policy.requireMessage, policy, 'the rejection reason');
  if (isRefusal(pii)) return pii;
  const cal = calendarFor(policy.timezone);
  const days = policy.rejectionCooldownDays;
  return {
    ok: true,
    events: [
      {
        kind: 'WithdrawalRejected',
        at: now,
        claim: claim.id,
        category: cmd.category ?? 'other',
        reason: cmd.reason,
        cooldownUntil: cooldownEndsAt(cal, now, days),
        pendingWithdrawals: pendingWithdrawalsAfter(state, claim, 'on_hold'),
        pii,
      },
    ],
  };
}
