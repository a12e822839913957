import type { Instant } from './Calendar.js';
import type { ClaimStatus, ClaimType } from './claimTypes.js';
import type { Day } from './civil.js';

/** The withdrawal state of a claim (none / requested / on hold, 撤回要请 / 撤回保留). */
export type WithdrawalState = 'none' | 'requested' | 'on_hold';
/** How a withdrawn claim was withdrawn: the buyer accepted (R8), or nobody answered (R10). */
export type Outcome = 'accepted' | 'timeout';

export interface ClaimDetails {
  readonly reason?: string;
  readonly nonReceiptReason?: string;
  readonly returnCollectionMethod?: string;
}

/** A claim and its withdrawal, as the engine holds it (mutated only by `evolve`). */
export interface Claim extends ClaimDetails {
  readonly id: string;
  readonly order: string;
  readonly seller: string;
  readonly buyer: string;
  readonly type: ClaimType;
  status: ClaimStatus;
  readonly receivedAt: Instant;
  /** R18: the claim is delayed from this instant while still in its first status. */
  readonly delayedFrom: Instant;
  /** When the claim left its first status (null while still in it). */
  leftFirstStatusAt: Instant | null;
  /** When the claim became terminal. */
  closedAt: Instant | null;
  withdrawal: WithdrawalState;
  outcome: Outcome | null;
  /** The open request's date, deadline (last day to answer) and timeout instant. */
  requestedAt: Instant | null;
  deadline: Day | null;
  timeoutAt: Instant | null;
  /** Requests made so far (first requests and re-requests); the timer token. */
  requests: number;
  /** R13: re-requests made so far, over the claim's whole life. */
  reRequests: number;
  /** R12 / R15: ends of the cooldowns in force (null: none). */
  rejectionCooldownUntil: Instant | null;
  cancellationCooldownUntil: Instant | null;
  /** R9: the buyer's last rejection, shown to the seller. */
  rejection: { readonly category: string; readonly reason: string } | null;
}
