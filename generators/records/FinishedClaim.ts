import type { ClaimStatus, ClaimType, Instant, Outcome, WithdrawalState } from '../../engine/index.js';

/** How the claim's last withdrawal ended without withdrawing it (none: never requested, or none ended so). */
export type LastWithdrawalEnd = 'none' | 'cancelled' | 'lapsed';

/**
 * A claim a population run has finished with (or still held when the horizon ended), as the
 * run's agents saw it through the engine's decisions and events: a read-only record that
 * stays valid after the engine has dropped the claim.
 */
export interface FinishedClaim {
  /** The claim's index in the population, and its id (claimId(index)). */
  readonly index: number;
  readonly id: string;
  readonly type: ClaimType;
  readonly status: ClaimStatus;
  readonly withdrawal: WithdrawalState;
  /** How a withdrawn claim was withdrawn (null: not withdrawn). */
  readonly outcome: Outcome | null;
  readonly lastWithdrawalEnd: LastWithdrawalEnd;
  /** Requests made (first requests and re-requests), and re-requests among them (R13). */
  readonly requests: number;
  readonly reRequests: number;
  /** R3: the seller escalated it to the support desk. */
  readonly escalated: boolean;
  readonly receivedAt: Instant;
  /** R18: delayed from this instant while still in its first status. */
  readonly delayedFrom: Instant;
  readonly leftFirstStatusAt: Instant | null;
  readonly closedAt: Instant | null;
  /** When the run let it go: the instant it finished, or the end of the horizon. */
  readonly at: Instant;
}
