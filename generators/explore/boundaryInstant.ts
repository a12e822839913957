import type { Calendar, Instant, Policy } from '../../engine/index.js';
import type { PolicyBoundary } from './PolicyBoundary.js';

/** How many days a boundary counts from its anchor's date (the anchor's date is day 1). */
export function boundaryDays(policy: Policy, boundary: PolicyBoundary): number {
  switch (boundary) {
    case 'responseWindow':
      return policy.responseWindowDays;
    case 'rejectionCooldown':
      return policy.rejectionCooldownDays;
    case 'cancellationCooldown':
      return policy.cancellationCooldownDays;
    case 'delayThreshold':
      return policy.delayThresholdDays;
    case 'midnight':
      return 1;
    default: {
      const unreachable: never = boundary;
      throw new Error(`unknown boundary ${String(unreachable)}`);
    }
  }
}

/**
 * Where a boundary falls for an anchor event at `anchor`: 00:00 of the anchor's date + N in
 * the policy's zone (the first instant of that date where a daylight-saving change skips
 * midnight). Computed from the policy, never from the engine's events, so that a wrong rule
 * is still aimed at the right instant.
 */
export function boundaryInstant(policy: Policy, cal: Calendar, boundary: PolicyBoundary, anchor: Instant): Instant {
  return cal.startOfDay(cal.dayOf(anchor) + boundaryDays(policy, boundary));
}
