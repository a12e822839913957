import type { Instant } from './Calendar.js';
import type { ClaimDetails } from './Claim.js';
import type { ClaimStatus, ClaimType, LifecycleStatus } from './claimTypes.js';
import type { OrderDetails, Party } from './Order.js';

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
