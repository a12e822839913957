import type { Instant } from '../../Calendar.js';

/**
 * Issued by the clock when a cooldown of a claim ends (R12, R15; policy `notifyCooldownEnd`):
 * `until` is the end it was armed for, `cooldown` which cooldown it is. Stale when the claim's
 * cooldowns no longer end then (a dated change re-timed them, R15a, or a later one adds up).
 */
export interface TellSellerCooldownEnded {
  readonly kind: 'TellSellerCooldownEnded';
  readonly claim: string;
  readonly cooldown: 'rejection' | 'cancellation';
  readonly until: Instant;
}

/**
 * Extension of R12/R15 (policy `notifyCooldownEnd`): the seller is told, at the instant the
 * claim's last cooldown in force ends, that it may request (or re-request) the withdrawal again.
 */
export interface SellerToldCooldownEnded {
  readonly kind: 'SellerToldCooldownEnded';
  readonly at: Instant;
  readonly claim: string;
}
