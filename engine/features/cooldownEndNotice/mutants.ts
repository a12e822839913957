import type { Decide, RuleMutant } from '../Feature.js';

/**
 * The notice broken so that every cooldown timer tells the seller: when the rules let a timer
 * go stale (the claim closed or left the eligible statuses, the seller was already told of this
 * end, a later cooldown adds up, or a dated change re-timed it), the wrapper tells anyway.
 */
const tellsOnEveryTimer = (base: Decide): Decide => (state, cmd, now, policy) => {
  const d = base(state, cmd, now, policy);
  if (!d.ok || cmd.kind !== 'TellSellerCooldownEnded' || d.events.length > 0 || policy.notifyCooldownEnd !== true) return d;
  return { ok: true, events: [{ kind: 'SellerToldCooldownEnded', at: now, claim: cmd.claim }] };
};

/** The cooldown-end notice (policy notifyCooldownEnd, an extension of R12 and R15). */
export const cooldownEndNoticeMutants: readonly RuleMutant[] = [
  {
    name: 'cooldown-end-notice-when-stale',
    rules: ['R12', 'R15'],
    description: 'the seller is told a cooldown ended although the claim is closed or no longer eligible, was already told of that end, or another cooldown still runs',
    suggestedScenario:
      'with notifyCooldownEnd on, a claim rejected on 8/4 (cooldown to 00:00 on 8/9) and moved to an ineligible status on 8/6 gets no notice at 00:00 on 8/9 (invariants clean)',
    mutate: tellsOnEveryTimer,
  },
];
