import type { Calendar, Instant } from '../Calendar.js';
import type { StateView } from '../StateView.js';
import type { Claim, WithdrawalState } from '../Claim.js';
import type { ClaimStatus, ClaimType } from '../claimTypes.js';

/** R19: the detailed search — by period (order date or claim date), type, status, withdrawal state. */
export interface ClaimQuery {
  readonly period?: { readonly by: 'orderDate' | 'claimDate'; readonly from?: Instant; readonly to?: Instant };
  readonly type?: ClaimType;
  readonly status?: ClaimStatus;
  readonly withdrawal?: WithdrawalState;
}

export function queryClaims(state: StateView, q: ClaimQuery): Readonly<Claim>[] {
  const out: Readonly<Claim>[] = [];
  for (const c of state.claims()) {
    if (q.type && c.type !== q.type) continue;
    if (q.status && c.status !== q.status) continue;
    if (q.withdrawal && c.withdrawal !== q.withdrawal) continue;
    if (q.period) {
      const t = q.period.by === 'claimDate' ? c.receivedAt : state.order(c.order)?.orderedAt ?? null;
      if (t === null) continue;
      if (q.period.from !== undefined && t < q.period.from) continue;
      if (q.period.to !== undefined && t > q.period.to) continue;
    }
    out.push(c);
  }
  return out;
}

/**
 * R19: the spreadsheet's columns, in the manual's order, then the withdrawal state (for a
 * withdrawn claim, how it was withdrawn: `withdrawn:accepted` or `withdrawn:timeout`) and the
 * claim's, seller's and buyer's ids.
 */
export const CLAIM_LIST_COLUMNS = [
  ['processingStatus', 'Processing status'],
  ['completedDate', 'Claim completed date'],
  ['claimReason', 'Claim reason'],
  ['nonReceiptReason', 'Non-receipt reason'],
  ['claimDate', 'Claim date'],
  ['returnCollectionMethod', 'Return collection method'],
  ['orderDate', 'Order date'],
  ['shipDate', 'Ship date'],
  ['orderNumber', 'Order number'],
  ['cartNumber', 'Cart number'],
  ['itemCode', 'Item code'],
  ['sellerItemCode', 'Seller item code'],
  ['withdrawal', 'Withdrawal state'],
  ['claimId', 'Claim id'],
  ['sellerId', 'Seller id'],
  ['buyerId', 'Buyer id'],
] as const;
export type ClaimListKey = (typeof CLAIM_LIST_COLUMNS)[number][0];
export type ClaimListRow = Record<ClaimListKey, string>;

/** One spreadsheet row of a claim (dates as `YYYY-MM-DD` in the policy's zone, empty when unknown). */
export function claimListRow(state: StateView, claim: Readonly<Claim>, calendar: Calendar): ClaimListRow {
  const order = state.order(claim.order);
  const date = (t: Instant | null | undefined): string => (t === null || t === undefined ? '' : calendar.formatDate(t));
  return {
    processingStatus: `${claim.type}:${claim.status}`,
    completedDate: date(claim.closedAt),
    claimReason: claim.reason ?? '',
    nonReceiptReason: claim.nonReceiptReason ?? '',
    claimDate: date(claim.receivedAt),
    returnCollectionMethod: claim.returnCollectionMethod ?? '',
    orderDate: date(order?.orderedAt),
    shipDate: date(order?.shippedAt),
    orderNumber: order?.orderNumber ?? '',
    cartNumber: order?.cartNumber ?? '',
    itemCode: order?.itemCode ?? '',
    sellerItemCode: order?.sellerItemCode ?? '',
    withdrawal: withdrawalColumn(claim),
    claimId: claim.id,
    sellerId: claim.seller,
    buyerId: claim.buyer,
  };
}

/** The withdrawal state at the end: a withdrawn claim says how it was withdrawn (R8 accepted, R10 timeout), not `none`. */
export function withdrawalColumn(claim: Pick<Claim, 'status' | 'withdrawal' | 'outcome'>): string {
  return claim.status === 'withdrawn' && claim.outcome !== null ? `withdrawn:${claim.outcome}` : claim.withdrawal;
}
