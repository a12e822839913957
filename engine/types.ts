import type { Instant } from './Calendar.js';
import type { ClaimStatus, ClaimType, LifecycleStatus } from './claimTypes.js';
import type { Day } from './civil.js';
import type { PiiKind } from './pii.js';
import type { Policy } from './Policy.js';
import type { FeatureClockCommand, FeatureEvent } from './features/vocabulary.js';

export type { Instant, Day, ClaimStatus, ClaimType, LifecycleStatus, PiiKind };

/** T with its fields writable: for building a value field by field before it is handed out read-only. */
export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** The withdrawal state of a claim (none / requested / on hold, 撤回要请 / 撤回保留). */
export type WithdrawalState = 'none' | 'requested' | 'on_hold';
/** How a withdrawn claim was withdrawn: the buyer accepted (R8), or nobody answered (R10). */
export type Outcome = 'accepted' | 'timeout';
export type Party = 'seller' | 'buyer';

/** R19's spreadsheet columns that belong to the order and the claim, as free data. */
export interface OrderDetails {
  readonly orderNumber?: string;
  readonly cartNumber?: string;
  readonly itemCode?: string;
  readonly sellerItemCode?: string;
  readonly itemName?: string;
}

export interface Order extends OrderDetails {
  readonly id: string;
  readonly seller: string;
  readonly buyer: string;
  readonly orderedAt: Instant | null;
  readonly shippedAt: Instant | null;
  /** R20: memos to the seller with no later memo from the seller on this order. */
  memosToSeller: number;
  /** R20: memos to the buyer with no later memo from the buyer on this order. */
  memosToBuyer: number;
  /** Claims opened on this order and still held (a streaming run drops an order with its last claim). */
  claims: number;
}

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


// ---------------------------------------------------------------- commands

interface CommandBase {
  /** Who acts; defaults to the action's natural actor (seller or buyer of the order). */
  readonly actor?: string;
}
export interface PlaceOrder extends CommandBase, OrderDetails {
  readonly kind: 'PlaceOrder';
  readonly order: string;
  readonly seller: string;
  readonly buyer: string;
  readonly orderedAt?: Instant | null;
  readonly shippedAt?: Instant | null;
}
export interface OpenClaim extends CommandBase, ClaimDetails {
  readonly kind: 'OpenClaim';
  readonly claim: string;
  readonly order: string;
  readonly type: ClaimType;
  /** Defaults to the type's first status. */
  readonly status?: LifecycleStatus;
  /** Defaults to the command's instant. */
  readonly receivedAt?: Instant;
}
export interface AdvanceClaim extends CommandBase {
  readonly kind: 'AdvanceClaim';
  readonly claim: string;
  readonly to: ClaimStatus;
}
export interface RequestWithdrawal extends CommandBase {
  readonly kind: 'RequestWithdrawal';
  readonly claim: string;
  readonly message: string;
}
export interface AcceptWithdrawal extends CommandBase {
  readonly kind: 'AcceptWithdrawal';
  readonly claim: string;
}
export interface RejectWithdrawal extends CommandBase {
  readonly kind: 'RejectWithdrawal';
  readonly claim: string;
  readonly reason: string;
  readonly category?: string;
}
export interface ReRequestWithdrawal extends CommandBase {
  readonly kind: 'ReRequestWithdrawal';
  readonly claim: string;
  readonly message: string;
}
export interface CancelWithdrawal extends CommandBase {
  readonly kind: 'CancelWithdrawal';
  readonly claim: string;
}
export interface SendMemo extends CommandBase {
  readonly kind: 'SendMemo';
  readonly claim: string;
  readonly from: Party;
  readonly text: string;
}
export interface ContactSupport extends CommandBase {
  readonly kind: 'ContactSupport';
  readonly claim: string;
  readonly text: string;
}
/** Issued by the clock when a response deadline passes (R10); stale when `request` is old. */
export interface ExpireWithdrawal {
  readonly kind: 'ExpireWithdrawal';
  readonly claim: string;
  readonly request: number;
}

/**
 * Issued by the clock at a request's reminder instant (policy `reminderDaysBeforeDeadline`,
 * an extension of R6/R10); stale when `request` is no longer the pending one, or when its
 * deadline is no longer `deadline` (a dated change re-timed it, R10a).
 */
export interface RemindBuyer {
  readonly kind: 'RemindBuyer';
  readonly claim: string;
  readonly request: number;
  readonly deadline: Day;
}

/** Issued by the clock when a dated policy change takes effect (R10a, R15a); `before` is the policy in force until then. */
export interface ChangePolicy {
  readonly kind: 'ChangePolicy';
  /** The change's place in the policy's `changes`. */
  readonly change: number;
  readonly before: Policy;
}

/** What the marketplace, a seller or a buyer asks of the engine (`Engine.execute`). */
export type Command =
  | PlaceOrder
  | OpenClaim
  | AdvanceClaim
  | RequestWithdrawal
  | AcceptWithdrawal
  | RejectWithdrawal
  | ReRequestWithdrawal
  | CancelWithdrawal
  | SendMemo
  | ContactSupport;
export type CommandKind = Command['kind'];

/**
 * What the engine's clock issues when a timer falls due: never given by a party, never in a
 * scenario's steps. A feature's own clock commands come from its registration
 * (engine/features/vocabulary.ts).
 */
export type ClockCommand = ExpireWithdrawal | RemindBuyer | ChangePolicy | FeatureClockCommand;
export type ClockCommandKind = ClockCommand['kind'];

/** Everything the rules decide: a party's command or the clock's. */
export type AnyCommand = Command | ClockCommand;
export type AnyCommandKind = AnyCommand['kind'];

/** A party's command kinds, the engine's own: every other command is the clock's (a feature adds clock commands, never a party's). */
const PARTY_KINDS: Readonly<Record<CommandKind, true>> = {
  PlaceOrder: true,
  OpenClaim: true,
  AdvanceClaim: true,
  RequestWithdrawal: true,
  AcceptWithdrawal: true,
  RejectWithdrawal: true,
  ReRequestWithdrawal: true,
  CancelWithdrawal: true,
  SendMemo: true,
  ContactSupport: true,
};

/** True for a command only the clock issues. */
export function isClockCommand(command: AnyCommand): command is ClockCommand {
  return !Object.hasOwn(PARTY_KINDS, command.kind);
}

/**
 * The order of clock commands due at one instant: deadlines and reminders, then dated
 * changes, then drivers' actions (rules.md, day counting); equal priorities fire in the
 * order they were scheduled.
 */
export const TIMER_PRIORITY = { deadline: 0, change: 1, action: 1 } as const;
export type TimerPriority = (typeof TIMER_PRIORITY)[keyof typeof TIMER_PRIORITY];

/**
 * A clock command on the engine's clock, the one timer shape: issued at `at`, before the
 * commands of a higher `priority` due then. `claim` names the claim it is about (absent for a
 * command about the whole policy), to name it if a timer keeps scheduling itself.
 */
export interface ScheduledCommand {
  readonly at: Instant;
  readonly priority: TimerPriority;
  readonly claim?: string;
  readonly command: ClockCommand;
}

// ---------------------------------------------------------------- events

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

// ---------------------------------------------------------------- refusals

/** Refusal codes in the order they are checked (rules.md). */
export const REFUSAL_CODES = [
  'CLAIM_NOT_FOUND',
  'ORDER_NOT_FOUND',
  'CLAIM_CLOSED',
  'NOT_SELLER',
  'NOT_BUYER',
  'INVALID_TRANSITION',
  'INELIGIBLE_STATUS',
  'WITHDRAWAL_ALREADY_OPEN',
  'NO_OPEN_REQUEST',
  'NOT_ON_HOLD',
  'COOLDOWN_ACTIVE',
  'RE_REQUEST_LIMIT',
  'MESSAGE_REQUIRED',
  'PII_IN_MESSAGE',
  // Extensions beyond rules.md: ids that already exist.
  'CLAIM_ALREADY_EXISTS',
  'ORDER_ALREADY_EXISTS',
] as const;
export type RefusalCode = (typeof REFUSAL_CODES)[number];

export interface Refusal {
  readonly code: RefusalCode;
  readonly message: string;
  /** COOLDOWN_ACTIVE: the instant the cooldown ends. */
  readonly until?: Instant;
  /** INELIGIBLE_STATUS / CLAIM_CLOSED on a withdrawal action: where to go instead (R3). */
  readonly support?: string;
  /** PII_IN_MESSAGE: what was found. */
  readonly pii?: readonly PiiKind[];
}

export type Decision =
  | { readonly ok: true; readonly events: readonly ClaimEvent[] }
  | { readonly ok: false; readonly refusal: Refusal };

/** R3: the support desk category for claim withdrawal. */
export const SUPPORT_CATEGORY = 'refund / claim withdrawal › claim withdrawal';
