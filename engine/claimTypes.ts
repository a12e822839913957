/** Claim types, their statuses and the lifecycle arrows (rules.md, "Claim types and statuses"). */

export const CLAIM_TYPES = ['cancel', 'return', 'exchange', 'non_receipt'] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export const STATUSES_BY_TYPE = {
  cancel: ['cancel_requested', 'cancelling', 'cancel_completed'],
  return: ['return_requested', 'returning', 'return_on_hold', 'return_received', 'return_completed'],
  exchange: ['exchange_requested', 'exchange_reshipping', 'exchange_completed'],
  non_receipt: ['non_receipt_reported', 'non_receipt_seller_confirmed', 'non_receipt_refunded', 'non_receipt_partially_refunded'],
} as const satisfies Record<ClaimType, readonly string[]>;

export type LifecycleStatus = (typeof STATUSES_BY_TYPE)[ClaimType][number];
/** A claim status: one of its type's, or `withdrawn` (any type). */
export type ClaimStatus = LifecycleStatus | 'withdrawn';

export const LIFECYCLE_STATUSES: readonly LifecycleStatus[] = CLAIM_TYPES.flatMap((t) => STATUSES_BY_TYPE[t]);
export const CLAIM_STATUSES: readonly ClaimStatus[] = [...LIFECYCLE_STATUSES, 'withdrawn'];

/** The only arrows allowed (anything else is INVALID_TRANSITION). */
export const TRANSITIONS: Readonly<Record<LifecycleStatus, readonly LifecycleStatus[]>> = {
  cancel_requested: ['cancelling'],
  cancelling: ['cancel_completed'],
  cancel_completed: [],
  return_requested: ['returning'],
  returning: ['return_on_hold', 'return_received'],
  return_on_hold: ['return_received', 'returning'],
  return_received: ['return_completed'],
  return_completed: [],
  exchange_requested: ['exchange_reshipping'],
  exchange_reshipping: ['exchange_completed'],
  exchange_completed: [],
  non_receipt_reported: ['non_receipt_seller_confirmed'],
  non_receipt_seller_confirmed: ['non_receipt_refunded', 'non_receipt_partially_refunded'],
  non_receipt_refunded: [],
  non_receipt_partially_refunded: [],
};

export const TERMINAL_STATUSES: ReadonlySet<ClaimStatus> = new Set<ClaimStatus>([
  'cancel_completed',
  'return_completed',
  'exchange_completed',
  'non_receipt_refunded',
  'non_receipt_partially_refunded',
  'withdrawn',
]);

/** R2 default: the statuses a withdrawal may be requested in. */
export const DEFAULT_ELIGIBLE_STATUSES: readonly LifecycleStatus[] = [
  'cancel_requested',
  'return_requested',
  'returning',
  'exchange_requested',
];

const TYPE_OF = new Map<string, ClaimType>(CLAIM_TYPES.flatMap((t) => STATUSES_BY_TYPE[t].map((s) => [s, t] as const)));

export function isClaimStatus(x: string): x is ClaimStatus {
  return x === 'withdrawn' || TYPE_OF.has(x);
}
/** The type a lifecycle status belongs to (undefined for `withdrawn` or unknown names). */
export function typeOfStatus(s: string): ClaimType | undefined {
  return TYPE_OF.get(s);
}
export function firstStatus(type: ClaimType): LifecycleStatus {
  return STATUSES_BY_TYPE[type][0];
}
export function isTerminal(s: ClaimStatus): boolean {
  return TERMINAL_STATUSES.has(s);
}
export function canTransition(from: ClaimStatus, to: ClaimStatus): boolean {
  if (from === 'withdrawn' || to === 'withdrawn') return false;
  return TRANSITIONS[from].includes(to);
}
