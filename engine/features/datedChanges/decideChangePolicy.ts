import type { Calendar, Instant } from '../../Calendar.js';
import { calendarFor } from '../../calendarFor.js';
import { endOfWindow, lastDayOfWindow, startOfDayAfter } from '../../dayCounting.js';
import type { Policy } from '../../Policy.js';
import type { StateView } from '../../StateView.js';
import { reminderInstant } from '../../reminderInstant.js';
import type { Claim } from '../../Claim.js';
import type { ClaimEvent, CooldownRetimed, DeadlineRetimed } from '../../ClaimEvent.js';
import type { ChangePolicy } from '../../ClockCommand.js';
import type { Decision } from '../../Decision.js';

const NOTHING: Decision = Object.freeze({ ok: true, events: Object.freeze([]) });

/**
 * R10a, R15a: a dated change takes effect at `now`; `policy` is the policy in force from now,
 * `cmd.before` the one until now. Requests still open keep their deadline, or (inFlightDeadlines:
 * retime) get the deadline the new window gives from their request instant; cooldowns in force
 * keep their end, or (inFlightCooldowns: recompute) end as the new length counts from their start.
 * A re-timed deadline or cooldown end already past at the change ends at the change instant.
 */
export function decideChangePolicy(state: StateView, cmd: ChangePolicy, now: Instant, policy: Policy): Decision {
  const before = cmd.before;
  const retime = policy.inFlightDeadlines === 'retime' && policy.responseWindowDays !== before.responseWindowDays;
  const recompute =
    policy.inFlightCooldowns === 'recompute' &&
    (policy.rejectionCooldownDays !== before.rejectionCooldownDays || policy.cancellationCooldownDays !== before.cancellationCooldownDays);
  if (!retime && !recompute) return NOTHING;
  const cal = calendarFor(policy.timezone);
  const events: ClaimEvent[] = [];
  for (const claim of state.claims()) {
    if (retime) {
      const e = retimedDeadline(cal, claim, now, policy);
      if (e !== null) events.push(e);
    }
    if (recompute) {
      const e = recomputedCooldown(cal, claim, now, before, policy);
      if (e !== null) events.push(e);
    }
  }
  return { ok: true, events };
}

/**
 * R10a: an open request's deadline under the new window, counted from its request instant (R6),
 * and its reminder re-timed with it when one is in force from the change and falls after it.
 */
function retimedDeadline(cal: Calendar, claim: Readonly<Claim>, now: Instant, policy: Policy): DeadlineRetimed | null {
  if (claim.withdrawal !== 'requested' || claim.requestedAt === null) return null;
  const deadline = lastDayOfWindow(cal, claim.requestedAt, policy.responseWindowDays);
  if (deadline === claim.deadline) return null;
  const timeoutAt = Math.max(endOfWindow(cal, deadline), now);
  const remindAt = reminderInstant(deadline, policy);
  const event: DeadlineRetimed = { kind: 'DeadlineRetimed', at: now, claim: claim.id, request: claim.requests, deadline, timeoutAt };
  return remindAt !== undefined && remindAt > now ? { ...event, remindAt } : event;
}

/**
 * R15a: each cooldown in force, recounted from the date it started (its end's date less the
 * length it was counted with) with the new length; one that no longer lasts past now ends (null).
 */
function recomputedCooldown(cal: Calendar, claim: Readonly<Claim>, now: Instant, before: Policy, after: Policy): CooldownRetimed | null {
  const rejection = recount(cal, claim.rejectionCooldownUntil, now, before.rejectionCooldownDays, after.rejectionCooldownDays);
  const cancellation = recount(cal, claim.cancellationCooldownUntil, now, before.cancellationCooldownDays, after.cancellationCooldownDays);
  if (rejection === claim.rejectionCooldownUntil && cancellation === claim.cancellationCooldownUntil) return null;
  return { kind: 'CooldownRetimed', at: now, claim: claim.id, rejectionCooldownUntil: rejection, cancellationCooldownUntil: cancellation };
}

function recount(cal: Calendar, until: Instant | null, now: Instant, oldDays: number, newDays: number): Instant | null {
  if (until === null || until <= now || oldDays === newDays) return until;
  const end = startOfDayAfter(cal, cal.startOfDay(cal.dayOf(until) - oldDays), newDays);
  return end > now ? end : null;
}
