import type { Policy } from '../Policy.js';
import { calendarFor } from '../calendarFor.js';
import type { Day } from '../civil.js';
import { endOfWindow } from '../dayCounting.js';
import type { Decision, Instant, RemindBuyer } from '../types.js';
import type { StateView } from '../StateView.js';

const NOTHING: Decision = Object.freeze({ ok: true, events: Object.freeze([]) });

/**
 * Extension of R6/R10 (policy `reminderDaysBeforeDeadline`, N): when the buyer of a request
 * with this deadline is reminded, or undefined when the policy sends no reminder. The
 * reminder falls exactly N days before the deadline runs out: 00:00 of deadline − N + 1,
 * the end of the window shortened by N days (so the buyer has N days left, the deadline
 * included). The policy keeps N below the window, so it is after the request's date.
 */
export function reminderInstant(deadline: Day, policy: Policy): Instant | undefined {
  const n = policy.reminderDaysBeforeDeadline;
  return n === null ? undefined : endOfWindow(calendarFor(policy.timezone), deadline - n);
}

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
