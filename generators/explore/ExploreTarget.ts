import type { Instant, Policy } from '../../engine/index.js';

/**
 * What `claimsim explore` searches: a policy, and the instants at which the policy in force
 * changes. A plain policy has no change (`changes` empty). Dated policy changes (issue 11,
 * part 1) come in through this seam: each change instant becomes a start anchor of the
 * cases, like a daylight-saving transition, so that windows and cooldowns straddle it.
 */
export interface ExploreTarget {
  readonly policy: Policy;
  readonly changes: readonly Instant[];
}
