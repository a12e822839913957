import { isTerminal } from '../../claimTypes.js';
import type { Policy } from '../../Policy.js';
import type { StateView } from '../../StateView.js';
import type { Instant } from '../../Calendar.js';
import type { Claim } from '../../Claim.js';
import type { Decision } from '../../Decision.js';
import type { TellSellerCooldownEnded } from './types.js';

const NOTHING: Decision = Object.freeze({ ok: true, events: Object.freeze([]) });

/** R12 / R15: when every cooldown started on the claim has ended (they add up), or null with none. */
export function lastCooldownEnd(claim: Readonly<Claim>): Instant | null {
  const a = claim.rejectionCooldownUntil;
  const b = claim.cancellationCooldownUntil;
  return a === null ? b : b === null ? a : Math.max(a, b);
}

/**
 * Extension of R12/R15 (policy `notifyCooldownEnd`): a cooldown's timer fired at `now`. The
 * seller is told when this is the instant the claim's last cooldown ends, and the claim is still
 * open, in a status eligible for a withdrawal (R2) and has no request pending. The rejection's
 * timer tells when both cooldowns end at one instant; a notice ends both (`evolve`), so a
 * second timer of that end is stale. Decides nothing when the switch is off.
 */
export function decideCooldownEndNotice(state: StateView, cmd: TellSellerCooldownEnded, now: Instant, policy: Policy): Decision {
  if (policy.notifyCooldownEnd !== true) return NOTHING;
  const claim = state.claim(cmd.claim);
  if (!claim || now !== cmd.until || lastCooldownEnd(claim) !== now) return NOTHING;
  const own = cmd.cooldown === 'rejection' ? claim.rejectionCooldownUntil : claim.cancellationCooldownUntil;
  if (own !== now || (cmd.cooldown === 'cancellation' && claim.rejectionCooldownUntil === now)) return NOTHING;
  if (isTerminal(claim.status) || !(policy.eligibleStatuses as readonly string[]).includes(claim.status) || claim.withdrawal === 'requested') return NOTHING;
  return { ok: true, events: [{ kind: 'SellerToldCooldownEnded', at: now, claim: claim.id }] };
}
