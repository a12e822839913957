import type {
  AcceptWithdrawal,
  AdvanceClaim,
  CancelWithdrawal,
  ClaimStatus,
  ClaimType,
  ContactSupport,
  LifecycleStatus,
  OpenClaim,
  PlaceOrder,
  RejectWithdrawal,
  ReRequestWithdrawal,
  RequestWithdrawal,
  SendMemo,
} from '../../../engine/index.js';

/** The cast of most rule tests: seller S1 sells order O1 to buyer B1, who opens claim C1. */
export const SELLER = 'S1';
export const BUYER = 'B1';
export const STRANGER = 'X9';

export const placeOrder = (order = 'O1', extra: Partial<PlaceOrder> = {}): PlaceOrder => ({
  kind: 'PlaceOrder',
  order,
  seller: SELLER,
  buyer: BUYER,
  ...extra,
});
export const openClaim = (type: ClaimType = 'return', extra: Partial<OpenClaim> = {}): OpenClaim => ({
  kind: 'OpenClaim',
  claim: 'C1',
  order: 'O1',
  type,
  ...extra,
});
export const advance = (to: ClaimStatus, claim = 'C1'): AdvanceClaim => ({ kind: 'AdvanceClaim', claim, to });
export const request = (message = 'The item was shipped; please withdraw.', extra: Partial<RequestWithdrawal> = {}): RequestWithdrawal => ({
  kind: 'RequestWithdrawal',
  claim: 'C1',
  message,
  ...extra,
});
export const reRequest = (message = 'We resent the item; please withdraw.', extra: Partial<ReRequestWithdrawal> = {}): ReRequestWithdrawal => ({
  kind: 'ReRequestWithdrawal',
  claim: 'C1',
  message,
  ...extra,
});
export const accept = (extra: Partial<AcceptWithdrawal> = {}): AcceptWithdrawal => ({ kind: 'AcceptWithdrawal', claim: 'C1', ...extra });
export const reject = (reason = 'The item is still broken.', extra: Partial<RejectWithdrawal> = {}): RejectWithdrawal => ({
  kind: 'RejectWithdrawal',
  claim: 'C1',
  reason,
  ...extra,
});
export const cancel = (extra: Partial<CancelWithdrawal> = {}): CancelWithdrawal => ({ kind: 'CancelWithdrawal', claim: 'C1', ...extra });
export const memo = (from: 'seller' | 'buyer', text = 'Hello about the order.', claim = 'C1'): SendMemo => ({
  kind: 'SendMemo',
  claim,
  from,
  text,
});
export const support = (text = 'Please withdraw this claim.', claim = 'C1'): ContactSupport => ({ kind: 'ContactSupport', claim, text });

/** The first status of a claim type, and a status the type reaches next (for "moved on" setups). */
export const FIRST: Record<ClaimType, LifecycleStatus> = {
  cancel: 'cancel_requested',
  return: 'return_requested',
  exchange: 'exchange_requested',
  non_receipt: 'non_receipt_reported',
};
