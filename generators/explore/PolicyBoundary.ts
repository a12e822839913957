/**
 * A boundary a timeline can wait for, each counted from its own anchor event (rules.md, day
 * counting): the response window from the request (R6, R10), the rejection cooldown from the
 * rejection (R12), the cancellation cooldown from the cancel (R15), the delay threshold from
 * the claim's receipt (R18), and the next midnight from the current instant.
 */
export const POLICY_BOUNDARIES = ['responseWindow', 'rejectionCooldown', 'cancellationCooldown', 'delayThreshold', 'midnight'] as const;
export type PolicyBoundary = (typeof POLICY_BOUNDARIES)[number];
