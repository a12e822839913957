import type { OrderColumns } from './OrderColumns.js';

/**
 * One order's fields in an `OrderColumns`, read and written by name: what `evolve` changes an
 * order through. Short-lived (one per event); holds no field of its own.
 */
export class OrderSlot {
  constructor(
    private readonly store: OrderColumns,
    private readonly slot: number,
  ) {}

  get id(): string {
    return this.store.ids[this.slot]!;
  }
  get seller(): string {
    return this.store.seller[this.slot]!;
  }
  get buyer(): string {
    return this.store.buyer[this.slot]!;
  }
  /** R20: memos to the seller with no later memo from the seller on this order. */
  get memosToSeller(): number {
    return this.store.memosToSeller[this.slot]!;
  }
  set memosToSeller(n: number) {
    this.store.memosToSeller[this.slot] = n;
  }
  /** R20: memos to the buyer with no later memo from the buyer on this order. */
  get memosToBuyer(): number {
    return this.store.memosToBuyer[this.slot]!;
  }
  set memosToBuyer(n: number) {
    this.store.memosToBuyer[this.slot] = n;
  }
  /** Claims opened on this order and still held. */
  get claims(): number {
    return this.store.claims[this.slot]!;
  }
  set claims(n: number) {
    this.store.claims[this.slot] = n;
  }
}
