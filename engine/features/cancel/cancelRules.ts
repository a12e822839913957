import type { Policy } from '../../Policy.js';
import { calendarFor } from '../../calendarFor.js';
import type { Instant } from '../../Calendar.js';
import type { CancelWithdrawal } from '../../Command.js';
import type { Decision } from '../../Decision.js';
import type { StateView } from '../../StateView.js';
import { cooldownEndsAt } from '../../rules/cooldown.js';
import { guardClaim, isDecision } from '../../rules/guards.js';
import { pendingWithdrawalsAfter } from '../../rules/pendingWithdrawalsAfter.js';
import { refuse } from '../../rules/refuse.js';

/** R14, R15: the seller cancels its own open request; a cancellation cooldown starts. */
export function decideCancel(state: StateView, cmd: CancelWithdrawal, now: Instant, policy: Policy): Decision {
  const claim = guardClaim(state, cmd.claim, cmd.actor, 'seller');
  if (isDecision(claim)) return claim;
  if (claim.withdrawal === 'none') {
    return refuse('NO_OPEN_REQUEST', `claim ${claim.id} has no withdrawal request to cancel (R11, R14)`);
  }
  const cal = calendarFor(policy.timezone);
  const days = policy.cancellationCooldownDays;
  return {
    ok: true,
    events: [
      {
        kind: 'WithdrawalCancelled',
        at: now,
        claim: claim.id,
        from: claim.withdrawal,
        cooldownUntil: cooldownEndsAt(cal, now, days),
        pendingWithdrawals: pendingWithdrawalsAfter(state, claim, 'none'),
      },
    ],
  };
}
