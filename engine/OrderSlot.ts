import type { OrderColumns } from './OrderColumns.js';

/**
 * One order's fields in an `OrderColumns`, read and written by name: what `evolve` changes an
 * order through. Its store keeps one and moves it to the slot asked for, so it is valid until
 * the store's next `slot` or `add`; it holds no field of its own.
 */
export class OrderSlot {
  constructor(
    private readonly store: OrderColumns,
    private slot: number,
  ) {}

  /** This handle on another slot (its store keeps one handle and moves it, instead of one per event). */
  at(slot: number): this {
    this.slot = slot;
    return this;
  }

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
