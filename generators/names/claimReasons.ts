import type { ClaimType } from '../../engine/index.js';

/**
 * The reasons a buyer gives when opening a claim, per claim type, as a seller console lists
 * them (the manual's §2 example: a return with reason "Order cancelled", collected by the
 * seller). Weighted by how often each comes up: a buyer more often orders the wrong size than
 * receives the wrong item.
 */
export const CLAIM_REASONS: Readonly<Record<ClaimType, readonly { readonly value: string; readonly weight: number }[]>> = {
  cancel: [
    { value: 'Ordered by mistake', weight: 5 },
    { value: 'Changed my mind', weight: 4 },
    { value: 'Found a lower price elsewhere', weight: 2 },
    { value: 'Delivery takes too long', weight: 3 },
    { value: 'Want to change the option (size, colour)', weight: 2 },
    { value: 'Duplicate order', weight: 1 },
  ],
  return: [
    { value: 'Size does not fit', weight: 5 },
    { value: 'Not as described', weight: 3 },
    { value: 'Damaged or defective', weight: 3 },
    { value: 'Wrong item sent', weight: 1 },
    { value: 'Order cancelled', weight: 2 },
    { value: 'Changed my mind', weight: 2 },
  ],
  exchange: [
    { value: 'Size does not fit', weight: 5 },
    { value: 'Wrong colour or option sent', weight: 2 },
    { value: 'Damaged or defective', weight: 3 },
    { value: 'Wrong item sent', weight: 1 },
  ],
  non_receipt: [{ value: 'Item not received', weight: 1 }],
};

/** Why a non-receipt claim's item did not arrive, as the buyer reports it (non-receipt claims only). */
export const NON_RECEIPT_REASONS: readonly { readonly value: string; readonly weight: number }[] = [
  { value: 'Tracking shows delivered, but not received', weight: 4 },
  { value: 'No tracking update for days', weight: 3 },
  { value: 'Lost in transit', weight: 2 },
  { value: 'Delivered to the wrong address', weight: 1 },
  { value: 'Returned to sender', weight: 1 },
];

/** How a returned (or exchanged) item goes back to the seller (the manual's example: the seller sends a courier). */
export const COLLECTION_METHODS: readonly { readonly value: string; readonly weight: number }[] = [
  { value: 'Seller sends directly', weight: 3 },
  { value: 'Buyer sends (Yamato Transport)', weight: 2 },
  { value: 'Buyer sends (Sagawa Express)', weight: 2 },
  { value: 'Buyer sends (Japan Post)', weight: 2 },
];
