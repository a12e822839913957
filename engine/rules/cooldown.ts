import type { Calendar, Instant } from '../Calendar.js';
import { calendarFor } from '../calendarFor.js';
import { startOfDayAfter } from '../dayCounting.js';
import type { Policy } from '../Policy.js';
import type { Claim } from '../Claim.js';
import type { Decision } from '../Decision.js';
import { refuse } from './refuse.js';

/**
 * R12 / R15: a cooldown of `days` days started at `at` ends at 00:00 of the date `days` later;
 * a policy of 0 days starts none (null).
 */
export function cooldownEndsAt(calendar: Calendar, at: Instant, days: number): Instant | null {
  return days > 0 ? startOfDayAfter(calendar, at, days) : null;
}

/** R12 / R15: the end of the latest cooldown still in force at `now`, or null. Cooldowns add up. */
export function cooldownInForce(claim: Readonly<Claim>, now: Instant): Instant | null {
  const a = claim.rejectionCooldownUntil;
  const b = claim.cancellationCooldownUntil;
  const end = a === null ? b : b === null ? a : Math.max(a, b);
  return end !== null && now < end ? end : null;
}

/** R12 / R15, refusal group 5: COOLDOWN_ACTIVE while a rejection or cancellation cooldown is in force. */
export function refuseInsideCooldown(claim: Readonly<Claim>, now: Instant, policy: Policy): Decision | null {
  const until = cooldownInForce(claim, now);
  if (until === null) return null;
  return refuse('COOLDOWN_ACTIVE', `claim ${claim.id} is in a cooldown until ${calendarFor(policy.timezone).formatLocal(until)} (R12, R15)`, { until });
}
