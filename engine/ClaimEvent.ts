import type { Instant } from './Calendar.js';
import type { ClaimDetails } from './Claim.js';
import type { ClaimStatus, ClaimType, LifecycleStatus } from './claimTypes.js';
import type { Day } from './civil.js';
import type { FeatureEvent } from './features/vocabulary.js';
import type { OrderDetails, Party } from './Order.js';
import type { PiiKind } from './pii.js';

interface EventBase {
  readonly at: Instant;
}
export interface OrderPlaced extends EventBase, OrderDetails {
  readonly kind: 'OrderPlaced';
  readonly order: string;
  readonly seller: string;
  readonly buyer: string;
  readonly orderedAt: Instant | null;
  readonly shippedAt: Instant | null;
}
export interface ClaimOpened extends EventBase, ClaimDetails {
  readonly kind: 'ClaimOpened';
  readonly claim: string;
  readonly order: string;
  readonly seller: string;
  readonly buyer: string;
  readonly type: ClaimType;
  readonly status: LifecycleStatus;
  readonly receivedAt: Instant;
  readonly delayedFrom: Instant;
}
export interface ClaimAdvanced extends EventBase {
  readonly kind: 'ClaimAdvanced';
  readonly claim: string;
  readonly from: ClaimStatus;
  readonly to: ClaimStatus;
}
/** R6 / R11: a request or re-request; the buyer's counter after it rides along (notifications). */
export interface WithdrawalRequested extends EventBase {
  readonly kind: 'WithdrawalRequested';
  readonly claim: string;
  readonly reRequest: boolean;
  readonly request: number;
  readonly message: string;
  readonly deadline: Day;
  readonly timeoutAt: Instant;
  /**
   * When the buyer is reminded of this request (policy `reminderDaysBeforeDeadline`): 00:00
   * of deadline − N + 1. Absent when the policy has no reminder, so a log without reminders
   * reads as it did before the parameter existed.
   */
  readonly remindAt?: Instant;
  readonly pendingWithdrawals: number;
  readonly pii: readonly PiiKind[];
}
export interface WithdrawalAccepted extends EventBase {
  readonly kind: 'WithdrawalAccepted';
  readonly claim: string;
  readonly pendingWithdrawals: number;
}
export interface WithdrawalRejected extends EventBase {
  readonly kind: 'WithdrawalRejected';
  readonly claim: string;
  readonly category: string;
  readonly reason: string;
  readonly cooldownUntil: Instant | null;
  readonly pendingWithdrawals: number;
  readonly pii: readonly PiiKind[];
}
/** R10: the deadline passed with no answer; the claim is withdrawn (outcome timeout). */
export interface WithdrawalTimedOut extends EventBase {
  readonly kind: 'WithdrawalTimedOut';
  readonly claim: string;
  readonly request: number;
  readonly pendingWithdrawals: number;
}
/** R10 variant (autoWithdrawOnTimeout: false), R16: the open withdrawal ends without effect. */
export interface WithdrawalLapsed extends EventBase {
  readonly kind: 'WithdrawalLapsed';
  readonly claim: string;
  readonly cause: 'timeout' | 'ineligible_status';
  readonly pendingWithdrawals: number;
}
export interface WithdrawalCancelled extends EventBase {
  readonly kind: 'WithdrawalCancelled';
  readonly claim: string;
  readonly from: 'requested' | 'on_hold';
  readonly cooldownUntil: Instant | null;
  readonly pendingWithdrawals: number;
}
export interface MemoSent extends EventBase {
  readonly kind: 'MemoSent';
  readonly claim: string;
  readonly order: string;
  readonly from: Party;
  readonly text: string;
  readonly pii: readonly PiiKind[];
}
/**
 * Extension of R6/R10 (policy `reminderDaysBeforeDeadline`): the buyer is reminded of request
 * `request`, still pending, whose last day to answer is `deadline`.
 */
export interface BuyerReminded extends EventBase {
  readonly kind: 'BuyerReminded';
  readonly claim: string;
  readonly request: number;
  readonly deadline: Day;
}
/** R3: escalation to the support desk, category "refund / claim withdrawal › claim withdrawal". */
export interface SupportContacted extends EventBase {
  readonly kind: 'SupportContacted';
  readonly claim: string;
  readonly category: string;
  readonly text: string;
}

/** R10a: a dated change re-timed an open request under the new window (`inFlightDeadlines: retime`). */
export interface DeadlineRetimed extends EventBase {
  readonly kind: 'DeadlineRetimed';
  readonly claim: string;
  readonly request: number;
  readonly deadline: Day;
  readonly timeoutAt: Instant;
  /**
   * With a reminder in force from the change: the reminder of the new deadline, when it falls
   * after the change (absent otherwise, and absent with no reminder).
   */
  readonly remindAt?: Instant;
}
/** R15a: a dated change recomputed the cooldowns in force under the new lengths (`inFlightCooldowns: recompute`). */
export interface CooldownRetimed extends EventBase {
  readonly kind: 'CooldownRetimed';
  readonly claim: string;
  readonly rejectionCooldownUntil: Instant | null;
  readonly cancellationCooldownUntil: Instant | null;
}

/** Every event the engine emits: its own kinds, then the features' (engine/features/vocabulary.ts). */
export type ClaimEvent =
  | OrderPlaced
  | ClaimOpened
  | ClaimAdvanced
  | WithdrawalRequested
  | WithdrawalAccepted
  | WithdrawalRejected
  | WithdrawalTimedOut
  | WithdrawalLapsed
  | WithdrawalCancelled
  | BuyerReminded
  | MemoSent
  | SupportContacted
  | DeadlineRetimed
  | CooldownRetimed
  | FeatureEvent;
export type EventKind = ClaimEvent['kind'];
