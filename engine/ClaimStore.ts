import { ClaimSlot } from './ClaimSlot.js';
import { SlotTable, grown } from './SlotTable.js';
import { ClaimColumns } from './ClaimColumns.js';
import { orNull, outcomeName, statusCode, statusName, typeCode, typeName, withdrawalName } from './claimCodes.js';
import type { Instant } from './Calendar.js';
import type { Claim, ClaimDetails } from './Claim.js';
import type { ClaimStatus, ClaimType } from './claimTypes.js';
import type { Mutable } from './Mutable.js';

/** What a claim opens with: its names, instants and free details. */
export interface OpenedClaim extends ClaimDetails {
  readonly id: string;
  readonly order: string;
  readonly seller: string;
  readonly buyer: string;
  readonly type: ClaimType;
  readonly status: ClaimStatus;
  readonly receivedAt: Instant;
  readonly delayedFrom: Instant;
  readonly leftFirstStatusAt: Instant | null;
  readonly closedAt: Instant | null;
}

/**
 * The engine's claims, kept by number: each claim held has a slot (reused once it is evicted),
 * and every field is a column indexed by slot. Statuses, types, withdrawal states and outcomes
 * are small codes; instants are Float64 with NaN for "none"; names are references to strings
 * the engine already holds. A claim id is hashed once per event, to find its slot.
 *
 * `evolve` writes through `ClaimSlot`, which names the fields; `get` and `values` build
 * `Claim` objects for the views that hand them out. Its reading side looks like a `Map` of
 * claims, so that a replayed state is read as before.
 */
export class ClaimStore extends ClaimColumns {
  private readonly slots = new SlotTable();
  /** The one handle `slot` and `add` move and hand out: valid until the next of them (`evolve` changes one claim at a time). */
  private readonly handle = new ClaimSlot(this, 0);

  /** How many claims are held. */
  get size(): number {
    return this.slots.size;
  }

  has(id: string): boolean {
    return this.slots.has(id);
  }

  /** The slot of a claim held, to change it (`evolve` only), or undefined. */
  slot(id: string): ClaimSlot | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.handle.at(slot);
  }

  /** A claim held, built as a `Claim` for a reader, or undefined. */
  get(id: string): Claim | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : this.claimAt(slot);
  }

  /** Every claim held, in the order opened. */
  *values(): IterableIterator<Claim> {
    for (const slot of this.slots.slots()) yield this.claimAt(slot);
  }

  *entries(): IterableIterator<[string, Claim]> {
    for (const [id, slot] of this.slots.entries()) yield [id, this.claimAt(slot)];
  }

  /** Opens a claim (which must not be held): no withdrawal, no request, no cooldown. */
  add(c: OpenedClaim): ClaimSlot {
    const slot = this.slots.take(c.id);
    if (slot === this.status.length) this.grow(slot * 2);
    this.ids[slot] = c.id;
    this.order[slot] = c.order;
    this.seller[slot] = c.seller;
    this.buyer[slot] = c.buyer;
    this.type[slot] = typeCode(c.type);
    this.status[slot] = statusCode(c.status);
    this.receivedAt[slot] = c.receivedAt;
    this.delayedFrom[slot] = c.delayedFrom;
    this.leftFirstStatusAt[slot] = c.leftFirstStatusAt ?? Number.NaN;
    this.closedAt[slot] = c.closedAt ?? Number.NaN;
    this.withdrawal[slot] = 0;
    this.outcome[slot] = 0;
    this.requestedAt[slot] = Number.NaN;
    this.deadline[slot] = Number.NaN;
    this.timeoutAt[slot] = Number.NaN;
    this.requests[slot] = 0;
    this.reRequests[slot] = 0;
    this.rejectionCooldownUntil[slot] = Number.NaN;
    this.cancellationCooldownUntil[slot] = Number.NaN;
    this.rejection[slot] = null;
    this.details[slot] =
      c.reason !== undefined || c.nonReceiptReason !== undefined || c.returnCollectionMethod !== undefined
        ? { reason: c.reason, nonReceiptReason: c.nonReceiptReason, returnCollectionMethod: c.returnCollectionMethod }
        : undefined;
    return this.handle.at(slot);
  }

  /** Drops a claim; its slot is reused. */
  delete(id: string): void {
    const slot = this.slots.release(id);
    if (slot === undefined) return;
    this.ids[slot] = undefined;
    this.rejection[slot] = null;
    this.details[slot] = undefined;
  }

  /** The claim in a slot, built field by field in `Claim`'s order (its JSON is the same as ever). */
  private claimAt(slot: number): Claim {
    const claim: Claim = {
      id: this.ids[slot]!,
      order: this.order[slot]!,
      seller: this.seller[slot]!,
      buyer: this.buyer[slot]!,
      type: typeName(this.type[slot]!),
      status: statusName(this.status[slot]!),
      receivedAt: this.receivedAt[slot]!,
      delayedFrom: this.delayedFrom[slot]!,
      leftFirstStatusAt: orNull(this.leftFirstStatusAt[slot]!),
      closedAt: orNull(this.closedAt[slot]!),
      withdrawal: withdrawalName(this.withdrawal[slot]!),
      outcome: outcomeName(this.outcome[slot]!),
      requestedAt: orNull(this.requestedAt[slot]!),
      deadline: orNull(this.deadline[slot]!),
      timeoutAt: orNull(this.timeoutAt[slot]!),
      requests: this.requests[slot]!,
      reRequests: this.reRequests[slot]!,
      rejectionCooldownUntil: orNull(this.rejectionCooldownUntil[slot]!),
      cancellationCooldownUntil: orNull(this.cancellationCooldownUntil[slot]!),
      rejection: this.rejection[slot]!,
    };
    const details = this.details[slot];
    if (details !== undefined) {
      const withDetails = claim as Mutable<Claim>;
      withDetails.reason = details.reason;
      withDetails.nonReceiptReason = details.nonReceiptReason;
      withDetails.returnCollectionMethod = details.returnCollectionMethod;
    }
    return claim;
  }

  private grow(n: number): void {
    this.type = grown(this.type, new Uint8Array(n));
    this.status = grown(this.status, new Uint8Array(n));
    this.withdrawal = grown(this.withdrawal, new Uint8Array(n));
    this.outcome = grown(this.outcome, new Uint8Array(n));
    this.requests = grown(this.requests, new Uint32Array(n));
    this.reRequests = grown(this.reRequests, new Uint32Array(n));
    this.receivedAt = grown(this.receivedAt, new Float64Array(n));
    this.delayedFrom = grown(this.delayedFrom, new Float64Array(n));
    this.leftFirstStatusAt = grown(this.leftFirstStatusAt, new Float64Array(n));
    this.closedAt = grown(this.closedAt, new Float64Array(n));
    this.requestedAt = grown(this.requestedAt, new Float64Array(n));
    this.deadline = grown(this.deadline, new Float64Array(n));
    this.timeoutAt = grown(this.timeoutAt, new Float64Array(n));
    this.rejectionCooldownUntil = grown(this.rejectionCooldownUntil, new Float64Array(n));
    this.cancellationCooldownUntil = grown(this.cancellationCooldownUntil, new Float64Array(n));
  }
}
