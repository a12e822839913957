import type { Instant } from './Calendar.js';

/** The two sides of an order, and of every claim on it. */
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
