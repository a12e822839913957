import { orNull } from './claimCodes.js';
import type { OrderColumns } from './OrderColumns.js';
import type { Order } from './types.js';

/**
 * One order of an `OrderColumns` read through its slot, with `Order`'s fields: what the rules
 * read instead of an `Order` built per call (see `ClaimReader`, whose rules it follows: one per
 * view, valid until that view's next `order(id)`, its fields its own and enumerable).
 */
export class OrderReader {
  /** The slot read (not one of the order's fields: not enumerable). */
  declare slot: number;

  constructor(columns: OrderColumns) {
    Object.defineProperty(this, 'slot', { value: 0, writable: true, enumerable: false });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters read the slot this reader is on
    const self = this;
    const c = columns;
    const field = (get: () => unknown): PropertyDescriptor => ({ get, enumerable: true });
    Object.defineProperties(this, {
      id: field(() => c.ids[self.slot]),
      seller: field(() => c.seller[self.slot]),
      buyer: field(() => c.buyer[self.slot]),
      orderedAt: field(() => orNull(c.orderedAt[self.slot]!)),
      shippedAt: field(() => orNull(c.shippedAt[self.slot]!)),
      memosToSeller: field(() => c.memosToSeller[self.slot]),
      memosToBuyer: field(() => c.memosToBuyer[self.slot]),
      claims: field(() => c.claims[self.slot]),
      orderNumber: field(() => c.details[self.slot]?.orderNumber),
      cartNumber: field(() => c.details[self.slot]?.cartNumber),
      itemCode: field(() => c.details[self.slot]?.itemCode),
      sellerItemCode: field(() => c.details[self.slot]?.sellerItemCode),
      itemName: field(() => c.details[self.slot]?.itemName),
    });
  }

  /** This reader on the order in `slot`, read as an order. */
  at(slot: number): Readonly<Order> {
    this.slot = slot;
    return this as unknown as Readonly<Order>;
  }
}
