import type { ClaimEvent } from '../ClaimEvent.js';
import { SlotTable, grown } from '../SlotTable.js';
import { ClaimRecord } from './ClaimRecord.js';
import { RecordColumns } from './RecordColumns.js';


/**
 * The checker's records of the claims it holds, kept by number: each claim has a slot (reused
 * after `delete`), and every field is a column indexed by slot: numbers and instants in typed
 * arrays (no boxed number per field), names (id, buyer, status) as references to the events'
 * own strings. A claim id is hashed once per event, to find its slot. Read and written through
 * `ClaimRecord`, which names the fields.
 */
export class RecordStore extends RecordColumns {
  private readonly slots = new SlotTable();

  /** How many claims are held. */
  get count(): number {
    return this.slots.size;
  }

  /** The record of a claim held, or undefined. */
  get(id: string): ClaimRecord | undefined {
    const slot = this.slots.get(id);
    return slot === undefined ? undefined : new ClaimRecord(this, slot);
  }

  /**
   * A fresh record for a claim (which must not be held): open, no withdrawal, no cooldown, with
   * the first `changesSeen` dated changes already in force when it opened.
   */
  add(id: string, buyer: string, status: string, changesSeen = 0): ClaimRecord {
    const slot = this.slots.take(id);
    if (slot === this.withdrawal.length) this.grow(slot * 2);
    this.ids[slot] = id;
    this.status[slot] = status;
    this.withdrawal[slot] = 0;
    this.buyer[slot] = buyer;
    this.requests[slot] = 0;
    this.deadline[slot] = Number.NaN;
    this.timeoutAt[slot] = Number.POSITIVE_INFINITY;
    this.remindAt[slot] = Number.POSITIVE_INFINITY;
    this.cooldownEnd[slot] = Number.NEGATIVE_INFINITY;
    this.closedInDecision[slot] = -1;
    this.changesSeen[slot] = changesSeen;
    this.recentNext[slot] = 0;
    if (this.recentEvents > 0) this.recent[slot] = new Array<ClaimEvent | undefined>(this.recentEvents).fill(undefined);
    return new ClaimRecord(this, slot);
  }

  /** Drops a claim's record; its slot is reused. */
  delete(id: string): void {
    const slot = this.slots.release(id);
    if (slot === undefined) return;
    this.ids[slot] = undefined;
    if (this.recentEvents > 0) this.recent[slot] = [];
  }

  /** Every record held, in no particular order. */
  *records(): IterableIterator<ClaimRecord> {
    for (const slot of this.slots.slots()) yield new ClaimRecord(this, slot);
  }


  private grow(n: number): void {
    this.withdrawal = grown(this.withdrawal, new Uint8Array(n));
    this.requests = grown(this.requests, new Uint32Array(n));
    this.deadline = grown(this.deadline, new Float64Array(n));
    this.timeoutAt = grown(this.timeoutAt, new Float64Array(n));
    this.remindAt = grown(this.remindAt, new Float64Array(n));
    this.cooldownEnd = grown(this.cooldownEnd, new Float64Array(n));
    this.closedInDecision = grown(this.closedInDecision, new Float64Array(n));
    this.changesSeen = grown(this.changesSeen, new Uint32Array(n));
    this.recentNext = grown(this.recentNext, new Uint32Array(n));
  }
}
