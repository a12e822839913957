import type { ClaimStatus, ClaimType, Command, LifecycleStatus, RefusalCode } from '../../engine/index.js';
import type { StepAction } from '../Scenario.js';
import type { ActionStepInput } from '../schema/stepSchema.js';
import type { InstantOf } from './InstantOf.js';

/**
 * A `do:` step as an engine command (docs/scenarios.md, actions table). `as:` sets the
 * command's actor; without it the engine takes the action's natural actor.
 */
export function toCommand(step: ActionStepInput, instantOf: InstantOf): StepAction {
  const actor = step.as === undefined ? {} : { actor: step.as };
  const expect = step.expect && {
    error: step.expect.error as RefusalCode,
    ...(step.expect.until === undefined ? {} : { until: instantOf(step.expect.until) }),
    ...(step.expect.support === undefined ? {} : { support: step.expect.support }),
  };
  const done = (command: Command, subject: string): StepAction => ({
    name: step.do,
    command,
    label: `${step.do} ${subject}`,
    ...(expect ? { expect } : {}),
  });
  switch (step.do) {
    case 'place_order': {
      const { do: _d, at: _a, advance: _v, as: _s, expect: _e, order, orderedAt, shippedAt, ...rest } = step;
      const when = (t: string | undefined) => (t === undefined ? null : instantOf(t));
      return done({ kind: 'PlaceOrder', ...actor, order, ...rest, orderedAt: when(orderedAt), shippedAt: when(shippedAt) }, order);
    }
    case 'open_claim': {
      const { do: _d, at: _a, advance: _v, as: _s, expect: _e, type, status, ...rest } = step;
      const withStatus = status === undefined ? {} : { status: status as LifecycleStatus };
      return done({ kind: 'OpenClaim', ...actor, ...rest, type: type as ClaimType, ...withStatus }, step.claim);
    }
    case 'advance_claim':
      return done({ kind: 'AdvanceClaim', ...actor, claim: step.claim, to: step.to as ClaimStatus }, `${step.claim} to ${step.to}`);
    case 'request_withdrawal':
      return done({ kind: 'RequestWithdrawal', ...actor, claim: step.claim, message: step.message ?? '' }, step.claim);
    case 're_request_withdrawal':
      return done({ kind: 'ReRequestWithdrawal', ...actor, claim: step.claim, message: step.message ?? '' }, step.claim);
    case 'accept_withdrawal':
      return done({ kind: 'AcceptWithdrawal', ...actor, claim: step.claim }, step.claim);
    case 'reject_withdrawal': {
      const category = step.category === undefined ? {} : { category: step.category };
      return done({ kind: 'RejectWithdrawal', ...actor, claim: step.claim, reason: step.reason ?? '', ...category }, step.claim);
    }
    case 'cancel_withdrawal':
      return done({ kind: 'CancelWithdrawal', ...actor, claim: step.claim }, step.claim);
    case 'send_memo':
      return done({ kind: 'SendMemo', ...actor, claim: step.claim, from: step.from, text: step.text }, `${step.claim} from ${step.from}`);
    case 'contact_support':
      return done({ kind: 'ContactSupport', ...actor, claim: step.claim, text: step.text ?? '' }, step.claim);
    default: {
      const unreachable: never = step;
      throw new Error(`unknown action ${JSON.stringify(unreachable)}`);
    }
  }
}
