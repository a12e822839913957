import { orNull } from './claimCodes.js';
import { OrderSlot } from './OrderSlot.js';
import { SlotTable, grown } from './SlotTable.js';
import { OrderColumns } from './OrderColumns.js';
import type { Instant } from './Calendar.js';
import type { Mutable } from './Mutable.js';
import type { Order, OrderDetails } from './Order.js';

/** What an order is placed with. */
export interface PlacedOrder extends OrderDetails {
  readonly id: string;
  readonly seller: string;
  readonly buyer: string;
  readonly orderedAt: Instant | null;
  readonly shippedAt: Instant | null;
}

/**
 * The engine's orders, kept by number like its claims (see `ClaimStore`): a slot per order held,
 * its counts in Uint32 columns and its instants in Float64 ones (NaN for none). `evolve` writes
 * through `OrderSlot`; `get` builds an `Order` for a reader.
 */
export class OrderStore extends OrderColumns {
  private readonly slots = new SlotTable();
  /** The one handle `slot` and `add` move and hand out: valid until the next of them (`evolve` changes one order at a time). */
  private readonly handle = new OrderSlot(this, 0);

  /** How many orders are held. */
  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** The slot of an order held, to change it (`evolve` only), or undefined. */
  slot(id: string): OrderSlot | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.handle.at(slot);
  }

  /** An order held, built as an `Order` for a reader, or undefined. */
  get(id: string): Order | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.orderAt(slot);
  }

  *entries(): IterableIterator<[string, Order]> {
    for (const [id, slot] of this.slots.entries()) yield [id, this.orderAt(slot)];
  }

  /** Places an order (which must not be held): no memo, no claim. */
  add(o: PlacedOrder): OrderSlot {
    const slot = this.slots.take(o.id);
    if (slot === this.claims.length) this.grow(slot * 2);
    this.ids[slot] = o.id;
    this.seller[slot] = o.seller;
    this.buyer[slot] = o.buyer;
    this.orderedAt[slot] = o.orderedAt ?? Number.NaN;
    this.shippedAt[slot] = o.shippedAt ?? Number.NaN;
    this.memosToSeller[slot] = 0;
    this.memosToBuyer[slot] = 0;
    this.claims[slot] = 0;
    this.details[slot] =
      o.orderNumber !== undefined || o.cartNumber !== undefined || o.itemCode !== undefined || o.sellerItemCode !== undefined || o.itemName !== undefined
        ? { orderNumber: o.orderNumber, cartNumber: o.cartNumber, itemCode: o.itemCode, sellerItemCode: o.sellerItemCode, itemName: o.itemName }
        : undefined;
    return this.handle.at(slot);
  }

  /** Drops an order; its slot is reused. */
  delete(id: string): void {
    const slot = this.slots.release(id);
    if (slot === undefined) return;
    this.ids[slot] = undefined;
    this.details[slot] = undefined;
  }

  /** The order in a slot, built field by field in `Order`'s order (its JSON is the same as ever). */
  private orderAt(slot: number): Order {
    const order: Order = {
      id: this.ids[slot]!,
      seller: this.seller[slot]!,
      buyer: this.buyer[slot]!,
      orderedAt: orNull(this.orderedAt[slot]!),
      shippedAt: orNull(this.shippedAt[slot]!),
      memosToSeller: this.memosToSeller[slot]!,
      memosToBuyer: this.memosToBuyer[slot]!,
      claims: this.claims[slot]!,
    };
    const details = this.details[slot];
    if (details !== undefined) Object.assign(order as Mutable<Order>, details);
    return order;
  }

  private grow(n: number): void {
    this.orderedAt = grown(this.orderedAt, new Float64Array(n));
    this.shippedAt = grown(this.shippedAt, new Float64Array(n));
    this.memosToSeller = grown(this.memosToSeller, new Uint32Array(n));
    this.memosToBuyer = grown(this.memosToBuyer, new Uint32Array(n));
    this.claims = grown(this.claims, new Int32Array(n));
  }
}
