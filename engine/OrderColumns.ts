import type { OrderDetails } from './Order.js';

const FIRST_CAPACITY = 1024;

/** The columns of the engine's orders, one entry per slot (what `OrderSlot` reads and writes by name). */
export class OrderColumns {
  readonly ids: (string | undefined)[] = [];
  readonly seller: string[] = [];
  readonly buyer: string[] = [];
  readonly details: (OrderDetails | undefined)[] = [];
  orderedAt = new Float64Array(FIRST_CAPACITY);
  shippedAt = new Float64Array(FIRST_CAPACITY);
  memosToSeller = new Uint32Array(FIRST_CAPACITY);
  memosToBuyer = new Uint32Array(FIRST_CAPACITY);
  /** Int32: a doctored log can evict a claim its order never counted. */
  claims = new Int32Array(FIRST_CAPACITY);
}
