import type { ClaimColumns } from './ClaimColumns.js';
import { orNull, outcomeCode, outcomeName, statusCode, statusName, withdrawalCode, withdrawalName } from './claimCodes.js';
import type { Instant } from './Calendar.js';
import type { Day } from './civil.js';
import type { Outcome, WithdrawalState } from './Claim.js';
import type { ClaimStatus } from './claimTypes.js';

/**
 * One claim's fields in a `ClaimColumns`, read and written by name: what `evolve` changes a claim
 * through. Its store keeps one and moves it to the slot asked for, so it is valid until the
 * store's next `slot` or `add`; it holds no field of its own.
 */
export class ClaimSlot {
  constructor(
    private readonly store: ClaimColumns,
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
  get order(): string {
    return this.store.order[this.slot]!;
  }
  get buyer(): string {
    return this.store.buyer[this.slot]!;
  }
  get status(): ClaimStatus {
    return statusName(this.store.status[this.slot]!);
  }
  set status(s: ClaimStatus) {
    this.store.status[this.slot] = statusCode(s);
  }
  get withdrawal(): WithdrawalState {
    return withdrawalName(this.store.withdrawal[this.slot]!);
  }
  set withdrawal(w: WithdrawalState) {
    this.store.withdrawal[this.slot] = withdrawalCode(w);
  }
  get outcome(): Outcome | null {
    return outcomeName(this.store.outcome[this.slot]!);
  }
  set outcome(o: Outcome | null) {
    this.store.outcome[this.slot] = outcomeCode(o);
  }
  get leftFirstStatusAt(): Instant | null {
    return orNull(this.store.leftFirstStatusAt[this.slot]!);
  }
  set leftFirstStatusAt(t: Instant | null) {
    this.store.leftFirstStatusAt[this.slot] = t ?? Number.NaN;
  }
  get closedAt(): Instant | null {
    return orNull(this.store.closedAt[this.slot]!);
  }
  set closedAt(t: Instant | null) {
    this.store.closedAt[this.slot] = t ?? Number.NaN;
  }
  get requestedAt(): Instant | null {
    return orNull(this.store.requestedAt[this.slot]!);
  }
  set requestedAt(t: Instant | null) {
    this.store.requestedAt[this.slot] = t ?? Number.NaN;
  }
  get deadline(): Day | null {
    return orNull(this.store.deadline[this.slot]!);
  }
  set deadline(d: Day | null) {
    this.store.deadline[this.slot] = d ?? Number.NaN;
  }
  get timeoutAt(): Instant | null {
    return orNull(this.store.timeoutAt[this.slot]!);
  }
  set timeoutAt(t: Instant | null) {
    this.store.timeoutAt[this.slot] = t ?? Number.NaN;
  }
  get requests(): number {
    return this.store.requests[this.slot]!;
  }
  set requests(n: number) {
    this.store.requests[this.slot] = n;
  }
  get reRequests(): number {
    return this.store.reRequests[this.slot]!;
  }
  set reRequests(n: number) {
    this.store.reRequests[this.slot] = n;
  }
  get rejectionCooldownUntil(): Instant | null {
    return orNull(this.store.rejectionCooldownUntil[this.slot]!);
  }
  set rejectionCooldownUntil(t: Instant | null) {
    this.store.rejectionCooldownUntil[this.slot] = t ?? Number.NaN;
  }
  get cancellationCooldownUntil(): Instant | null {
    return orNull(this.store.cancellationCooldownUntil[this.slot]!);
  }
  set cancellationCooldownUntil(t: Instant | null) {
    this.store.cancellationCooldownUntil[this.slot] = t ?? Number.NaN;
  }
  set rejection(r: { readonly category: string; readonly reason: string } | null) {
    this.store.rejection[this.slot] = r;
  }
}
