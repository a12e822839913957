import type { Instant } from '../../Calendar.js';
import type { CooldownRetimed, WithdrawalCancelled, WithdrawalRejected } from '../../ClaimEvent.js';
import { type ScheduledCommand, TIMER_PRIORITY } from '../../ScheduledCommand.js';
import type { Policy } from '../../Policy.js';
import type { Feature } from '../Feature.js';
import { decideCooldownEndNotice } from './decideCooldownEndNotice.js';
import { cooldownEndNoticeEvolves } from './evolves.js';
import { cooldownEndNoticeMutants } from './mutants.js';

/** The timer of a cooldown's end, when the policy tells the seller and the end is still ahead. */
function tellAt(claim: string, cooldown: 'rejection' | 'cancellation', until: Instant | null, policy: Policy, now: Instant): ScheduledCommand | null {
  if (policy.notifyCooldownEnd !== true || until === null || until <= now) return null;
  // At a midnight with deadlines: before any action dated then, as a deadline's timeout is.
  return { at: until, priority: TIMER_PRIORITY.deadline, claim, command: { kind: 'TellSellerCooldownEnded', claim, cooldown, until } };
}

/**
 * A cooldown re-timed by a dated change (R15a) gets a timer at its new end; the one armed for
 * the old end goes stale. The cancellation's end is armed here when the rejection's is not
 * re-timed (one timer per event): the notice is told by whichever fires at the last end.
 */
function retimed(e: CooldownRetimed, policy: Policy, now: Instant): ScheduledCommand | null {
  const a = e.rejectionCooldownUntil;
  const b = e.cancellationCooldownUntil;
  if (b !== null && (a === null || b > a)) return tellAt(e.claim, 'cancellation', b, policy, now);
  return tellAt(e.claim, 'rejection', a, policy, now);
}

/**
 * Extension of R12/R15 (policy `notifyCooldownEnd`, off by default): the seller is told when
 * the claim's cooldowns have ended, so that it may re-request (or request anew) at once.
 */
export const cooldownEndNotice: Feature = {
  name: 'cooldownEndNotice',
  rules: ['R12', 'R15'],
  docs: 'docs/rules.md#after-a-rejection-4-5',
  decides: { TellSellerCooldownEnded: decideCooldownEndNotice },
  arms: {
    WithdrawalRejected: (e: WithdrawalRejected, policy, now) => tellAt(e.claim, 'rejection', e.cooldownUntil, policy, now),
    WithdrawalCancelled: (e: WithdrawalCancelled, policy, now) => tellAt(e.claim, 'cancellation', e.cooldownUntil, policy, now),
    CooldownRetimed: retimed,
  },
  evolves: cooldownEndNoticeEvolves,
  mutants: cooldownEndNoticeMutants,
};
