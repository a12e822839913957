import type { Policy } from '../../Policy.js';
import type { StateView } from '../../StateView.js';
import type { Instant } from '../../Calendar.js';
import type { ReRequestWithdrawal } from '../../Command.js';
import type { Decision } from '../../Decision.js';
import { refuseInsideCooldown } from '../../rules/cooldown.js';
import { isDecision } from '../../rules/guards.js';
import { refuse } from '../../rules/refuse.js';
import { guardRequest, requestOn } from '../request/requestRules.js';

/**
 * R11-R13, R15: the seller re-requests a withdrawal on hold after the buyer rejected it, once
 * every cooldown has ended (the rejection's, R12, and a cancellation's, R15: they add up), and
 * while the claim has had fewer re-requests than the policy's limit (R13).
 */
export function reRequestAfterCooldown(state: StateView, cmd: ReRequestWithdrawal, now: Instant, policy: Policy): Decision {
  const claim = guardRequest(state, cmd.claim, cmd.actor, policy);
  if (isDecision(claim)) return claim;
  if (claim.withdrawal !== 'on_hold') {
    return refuse('NOT_ON_HOLD', `claim ${claim.id} has ${claim.withdrawal === 'none' ? 'no withdrawal' : 'a withdrawal still requested'}; only one on hold can be re-requested (R11)`);
  }
  const cooling = refuseInsideCooldown(claim, now, policy);
  if (cooling) return cooling;
  if (policy.maxReRequests !== null && claim.reRequests >= policy.maxReRequests) {
    return refuse('RE_REQUEST_LIMIT', `claim ${claim.id} has had ${claim.reRequests} re-requests, the policy's limit (R13)`);
  }
  return requestOn(state, claim, cmd.message, true, now, policy);
}
