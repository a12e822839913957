import type { Policy } from './Policy.js';
import { decideAccept, decideReject } from './rules/answerRules.js';
import type { Decide } from './features/Feature.js';
import { REGISTRY } from './features/registry.js';
import { decideCancel } from './rules/cancelRules.js';
import { decideAdvance, decideOpenClaim, decidePlaceOrder } from './rules/lifecycleRules.js';
import { decideMemo, decideSupport } from './rules/memoRules.js';
import { reRequestAfterCooldown } from './rules/reRequestAfterCooldown.js';
import { decideRequest } from './rules/requestRules.js';
import type { StateView } from './StateView.js';
import type { ClockCommand, Decision, Instant } from './types.js';

export type { Decide };

/**
 * The rules R1-R21: given the state, a command, the instant and the policy, the events
 * that follow or the refusal (first in the order of rules.md). Reads no clock, changes nothing.
 * A party's command goes to its rule; a clock command to the feature registered for it.
 */
export const decide: Decide = (state, command, now, policy) => {
  switch (command.kind) {
    case 'PlaceOrder':
      return decidePlaceOrder(state, command, now);
    case 'OpenClaim':
      return decideOpenClaim(state, command, now, policy);
    case 'AdvanceClaim':
      return decideAdvance(state, command, now, policy);
    case 'RequestWithdrawal':
      return decideRequest(state, command, now, policy);
    case 'ReRequestWithdrawal':
      return reRequestAfterCooldown(state, command, now, policy);
    case 'AcceptWithdrawal':
      return decideAccept(state, command, now);
    case 'RejectWithdrawal':
      return decideReject(state, command, now, policy);
    case 'CancelWithdrawal':
      return decideCancel(state, command, now, policy);
    case 'SendMemo':
      return decideMemo(state, command, now, policy);
    case 'ContactSupport':
      return decideSupport(state, command, now);
    default:
      return decideClock(state, command, now, policy);
  }
};

/** A clock command, decided by the feature that registered it (engine/features). */
function decideClock(state: StateView, command: ClockCommand, now: Instant, policy: Policy): Decision {
  const decideIt = REGISTRY.decideClock[command.kind];
  if (decideIt === undefined) throw new Error(`unknown command ${JSON.stringify(command)}: no feature decides ${command.kind}`);
  return decideIt(state, command, now, policy);
}
