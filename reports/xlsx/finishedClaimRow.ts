import type { Calendar, ClaimListRow } from '../../engine/index.js';
import { withdrawalColumn } from '../../engine/index.js';
import { formatDay } from '../../engine/civil.js';
import type { ClaimDescriber } from '../../generators/names/ClaimDescriber.js';
import type { FinishedClaim } from '../../generators/records/FinishedClaim.js';

/** Who a population claim is between: the seller and buyer indices of claim i (CompiledPopulation's). */
export interface ClaimParties {
  sellerOf(i: number): number;
  buyerOf(i: number): number;
}

/**
 * The R19 row of a claim a population run finished with: its status, dates and withdrawal
 * state from the run; its reasons, order timeline and numbers from the describer, drawn for
 * (seed, claim) alone; its seller and buyer ids as the run made them (S3, B40). A column that
 * does not apply to the claim (a cancel's ship date, a return's non-receipt reason, an open
 * claim's completed date) is empty here; the workbook shows it as "—".
 */
export function finishedClaimRow(claim: FinishedClaim, parties: ClaimParties, describer: ClaimDescriber, cal: Calendar): ClaimListRow {
  const i = claim.index;
  const order = describer.order(i);
  const why = describer.circumstances(i, claim.type);
  const claimDay = cal.dayOf(claim.receivedAt);
  // A whole day before the claim's day is a date: no instant (and no zone offset) is needed to name it.
  const daysBefore = (n: number | null): string => (n === null ? '' : formatDay(claimDay - n));
  return {
    processingStatus: `${claim.type}:${claim.status}`,
    completedDate: claim.closedAt === null ? '' : cal.formatDate(claim.closedAt),
    claimReason: why.reason,
    nonReceiptReason: why.nonReceiptReason ?? '',
    claimDate: cal.formatDate(claim.receivedAt),
    returnCollectionMethod: why.collectionMethod ?? '',
    orderDate: daysBefore(why.orderedDaysBefore),
    shipDate: daysBefore(why.shippedDaysBefore),
    orderNumber: order.orderNumber,
    cartNumber: order.cartNumber,
    itemCode: order.itemCode,
    sellerItemCode: order.sellerItemCode,
    withdrawal: withdrawalColumn(claim),
    claimId: claim.id,
    sellerId: `S${parties.sellerOf(i)}`,
    buyerId: `B${parties.buyerOf(i)}`,
  };
}
