import type { Policy } from '../../Policy.js';
import { pendingWithdrawalsAfter } from '../../rules/pendingWithdrawalsAfter.js';
import type { StateView } from '../../StateView.js';
import type { Instant } from '../../Calendar.js';
import type { ExpireWithdrawal } from '../../ClockCommand.js';
import type { Decision } from '../../Decision.js';

const NOTHING: Decision = Object.freeze({ ok: true, events: Object.freeze([]) });

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

