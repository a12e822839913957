import type { ClaimColumns } from './ClaimColumns.js';
import { orNull, outcomeName, statusName, typeName, withdrawalName } from './claimCodes.js';
import type { Claim } from './types.js';

/**
 * One claim of a `ClaimColumns` read through its slot, with `Claim`'s fields: what the rules read
 * instead of a `Claim` built per call (`ruleViewOf`). One reader per view, moved from claim to
 * claim by `at`, so it is valid until that view's next `claim(id)`: a reader that keeps a claim
 * (a view, a report, a test) asks `viewOf`'s `claim`, which builds one. Its fields are its own,
 * enumerable and in `Claim`'s order, so that `{ ...claim }` copies them as it copies a built claim
 * (a claim's free details are then keys with undefined values where it has none).
 */
export class ClaimReader {
  /** The slot read (not one of the claim's fields: not enumerable). */
  declare slot: number;

  constructor(columns: ClaimColumns) {
    Object.defineProperty(this, 'slot', { value: 0, writable: true, enumerable: false });
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the getters read the slot this reader is on
    const self = this;
    const c = columns;
    const field = (get: () => unknown): PropertyDescriptor => ({ get, enumerable: true });
    Object.defineProperties(this, {
      id: field(() => c.ids[self.slot]),
      order: field(() => c.order[self.slot]),
      seller: field(() => c.seller[self.slot]),
      buyer: field(() => c.buyer[self.slot]),
      type: field(() => typeName(c.type[self.slot]!)),
      status: field(() => statusName(c.status[self.slot]!)),
      receivedAt: field(() => c.receivedAt[self.slot]),
      delayedFrom: field(() => c.delayedFrom[self.slot]),
      leftFirstStatusAt: field(() => orNull(c.leftFirstStatusAt[self.slot]!)),
      closedAt: field(() => orNull(c.closedAt[self.slot]!)),
      withdrawal: field(() => withdrawalName(c.withdrawal[self.slot]!)),
      outcome: field(() => outcomeName(c.outcome[self.slot]!)),
      requestedAt: field(() => orNull(c.requestedAt[self.slot]!)),
      deadline: field(() => orNull(c.deadline[self.slot]!)),
      timeoutAt: field(() => orNull(c.timeoutAt[self.slot]!)),
      requests: field(() => c.requests[self.slot]),
      reRequests: field(() => c.reRequests[self.slot]),
      rejectionCooldownUntil: field(() => orNull(c.rejectionCooldownUntil[self.slot]!)),
      cancellationCooldownUntil: field(() => orNull(c.cancellationCooldownUntil[self.slot]!)),
      rejection: field(() => c.rejection[self.slot]),
      reason: field(() => c.details[self.slot]?.reason),
      nonReceiptReason: field(() => c.details[self.slot]?.nonReceiptReason),
      returnCollectionMethod: field(() => c.details[self.slot]?.returnCollectionMethod),
    });
  }

  /** This reader on the claim in `slot`, read as a claim. */
  at(slot: number): Readonly<Claim> {
    this.slot = slot;
    return this as unknown as Readonly<Claim>;
  }
}
