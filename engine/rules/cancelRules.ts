import type { Policy } from '../Policy.js';
import { calendarFor } from '../calendarFor.js';
import type { CancelWithdrawal, Decision, ExpireWithdrawal, Instant } from '../types.js';
import type { StateView } from '../StateView.js';
import { cooldownEndsAt } from './cooldown.js';
import { guardClaim, isDecision } from './guards.js';
import { pendingWithdrawalsAfter } from './pendingWithdrawalsAfter.js';
import { refuse } from './refuse.js';

const NOTHING: Decision = Object.freeze({ ok: true, events: Object.freeze([]) });

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

/**
 * R10: the response deadline passed. Withdrawn with outcome timeout, or (policy
 * `autoWithdrawOnTimeout: false`) the request lapses. A stale timer (the request was
 * answered, cancelled or replaced) decides nothing.
 */
export function decideExpire(state: StateView, cmd: ExpireWithdrawal, now: Instant, policy: Policy): Decision {
  const claim = state.claim(cmd.claim);
  if (!claim || claim.withdrawal !== 'requested' || claim.requests !== cmd.request) return NOTHING;
  if (claim.timeoutAt === null || now < claim.timeoutAt) return NOTHING;
  const pendingWithdrawals = pendingWithdrawalsAfter(state, claim, 'none');
  return {
    ok: true,
    events: [
      policy.autoWithdrawOnTimeout
        ? { kind: 'WithdrawalTimedOut', at: now, claim: claim.id, request: cmd.request, pendingWithdrawals }
        : { kind: 'WithdrawalLapsed', at: now, claim: claim.id, cause: 'timeout', pendingWithdrawals },
    ],
  };
}

