import type { Instant } from '../../Calendar.js';
import type { RemindBuyer } from '../../ClockCommand.js';
import type { Decision } from '../../Decision.js';
import type { StateView } from '../../StateView.js';

const NOTHING: Decision = Object.freeze({ ok: true, events: Object.freeze([]) });

/**
 * The reminder's timer fired: the buyer is reminded of the request if it is still the open
 * one and still pending (withdrawal `requested`), with the deadline the reminder names. A stale
 * timer (the request was answered, cancelled, replaced, timed out or lapsed, the claim closed,
 * or a dated change re-timed its deadline, R10a) decides nothing.
 */
export function decideRemind(state: StateView, cmd: RemindBuyer, now: Instant): Decision {
  const claim = state.claim(cmd.claim);
  if (!claim || claim.withdrawal !== 'requested' || claim.requests !== cmd.request || claim.deadline !== cmd.deadline) return NOTHING;
  return { ok: true, events: [{ kind: 'BuyerReminded', at: now, claim: claim.id, request: cmd.request, deadline: claim.deadline }] };
}
