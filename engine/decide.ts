import type { Policy } from './Policy.js';
import { decideAccept, decideReject } from './rules/answerRules.js';
import { decideCancel, decideExpire } from './rules/cancelRules.js';
import { decideChangePolicy } from './rules/changeRules.js';
import { decideAdvance, decideOpenClaim, decidePlaceOrder } from './rules/lifecycleRules.js';
import { decideMemo, decideSupport } from './rules/memoRules.js';
import { reRequestAfterCooldown } from './rules/reRequestAfterCooldown.js';
import { decideRemind } from './rules/remindRules.js';
import { decideRequest } from './rules/requestRules.js';
import type { StateView } from './StateView.js';
import type { Command, Decision, Instant } from './types.js';

/** A decide function: the seam through which tests and fault mutants swap the rules. */
export type Decide = (state: StateView, command: Command, now: Instant, policy: Policy) => Decision;

/**
 * The rules R1-R21: given the state, a command, the instant and the policy, the events
 * that follow or the refusal (first in the order of rules.md). Reads no clock, changes nothing.
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
    case 'ExpireWithdrawal':
      return decideExpire(state, command, now, policy);
    case 'RemindBuyer':
      return decideRemind(state, command, now);
    case 'SendMemo':
      return decideMemo(state, command, now, policy);
    case 'ContactSupport':
      return decideSupport(state, command, now);
    case 'ChangePolicy':
      return decideChangePolicy(state, command, now, policy);
    default: {
      const unreachable: never = command;
      throw new Error(`unknown command ${JSON.stringify(unreachable)}`);
    }
  }
};
