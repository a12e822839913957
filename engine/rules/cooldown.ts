import type { Claim, Instant } from '../types.js';

/** R12 / R15: the end of the latest cooldown still in force at `now`, or null. Cooldowns add up. */
export function cooldownInForce(claim: Claim, now: Instant): Instant | null {
  const a = claim.rejectionCooldownUntil;
  const b = claim.cancellationCooldownUntil;
  const end = a === null ? b : b === null ? a : Math.max(a, b);
  return end !== null && now < end ? end : null;
}
