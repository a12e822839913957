/**
 * The engine's vocabulary in one import, each word from the file that defines it: the order
 * and the claim, the party commands and the clock's, the timer shape, the events, the decision
 * and its refusals (engine/index.ts exports it all).
 */
export type { Instant } from './Calendar.js';
export type { Day } from './civil.js';
export type { ClaimStatus, ClaimType, LifecycleStatus } from './claimTypes.js';
export type { PiiKind } from './pii.js';
export type { Mutable } from './Mutable.js';
export type { Order, OrderDetails, Party } from './Order.js';
export type { Claim, ClaimDetails, Outcome, WithdrawalState } from './Claim.js';
export type {
  AcceptWithdrawal,
  AdvanceClaim,
  CancelWithdrawal,
  Command,
  CommandKind,
  ContactSupport,
  OpenClaim,
  PlaceOrder,
  RejectWithdrawal,
  ReRequestWithdrawal,
  RequestWithdrawal,
  SendMemo,
} from './Command.js';
export type { ChangePolicy, ClockCommand, ClockCommandKind, ExpireWithdrawal, RemindBuyer } from './ClockCommand.js';
export { type AnyCommand, type AnyCommandKind, isClockCommand } from './AnyCommand.js';
export { type ScheduledCommand, TIMER_PRIORITY, type TimerPriority } from './ScheduledCommand.js';
export type {
  BuyerReminded,
  ClaimAdvanced,
  ClaimEvent,
  ClaimOpened,
  CooldownRetimed,
  DeadlineRetimed,
  EventKind,
  MemoSent,
  OrderPlaced,
  SupportContacted,
  WithdrawalAccepted,
  WithdrawalCancelled,
  WithdrawalLapsed,
  WithdrawalRejected,
  WithdrawalRequested,
  WithdrawalTimedOut,
} from './ClaimEvent.js';
export { REFUSAL_CODES, type Refusal, type RefusalCode } from './Refusal.js';
export type { Decision } from './Decision.js';
export { SUPPORT_CATEGORY } from './supportCategory.js';
