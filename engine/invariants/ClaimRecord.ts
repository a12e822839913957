import type { Instant } from '../Calendar.js';
import type { Day } from '../civil.js';
import type { WithdrawalState } from '../Claim.js';
import type { ClaimEvent } from '../ClaimEvent.js';
import type { RecordColumns } from './RecordColumns.js';

/** How many of a claim's latest events the checker keeps by default to show with a violation. */
export const RECENT_EVENTS = 8;

/**
 * What the checker remembers of one claim, by name: its status and withdrawal, the open
 * request's deadline and timeout as the checker computes them, the end of its cooldowns, and
 * a small ring of its latest events. Written only by `foldRecord`, from events, with the
 * checker's own day counting. The values live in a `RecordStore`, by slot; a record is a
 * short-lived handle on one slot, valid until the claim is forgotten.
 */
export class ClaimRecord {
  constructor(
    private readonly store: RecordColumns,
    /** Where the claim's values sit in the store (two records of one claim have the same slot). */
    readonly slot: number,
  ) {}

  get id(): string {
    return this.store.ids[this.slot]!;
  }

  get buyer(): string {
    return this.store.buyer[this.slot]!;
  }

  get status(): string {
    return this.store.status[this.slot]!;
  }

  set status(s: string) {
    this.store.status[this.slot] = s;
  }

  get withdrawal(): WithdrawalState {
    return this.store.withdrawalName(this.store.withdrawal[this.slot]!);
  }

  set withdrawal(w: WithdrawalState) {
    this.store.withdrawal[this.slot] = this.store.withdrawalCode(w);
  }

  /** Requests seen so far (first requests and re-requests). */
  get requests(): number {
    return this.store.requests[this.slot]!;
  }

  set requests(n: number) {
    this.store.requests[this.slot] = n;
  }

  /** The open request's deadline (NaN: none). */
  get deadline(): Day {
    return this.store.deadline[this.slot]!;
  }

  set deadline(d: Day) {
    this.store.deadline[this.slot] = d;
  }

  /** The open request's timeout instant (+Infinity: none). */
  get timeoutAt(): Instant {
    return this.store.timeoutAt[this.slot]!;
  }

  set timeoutAt(t: Instant) {
    this.store.timeoutAt[this.slot] = t;
  }

  /** When the open request's buyer is still to be reminded (+Infinity: no reminder due, or sent already). */
  get remindAt(): Instant {
    return this.store.remindAt[this.slot]!;
  }

  set remindAt(t: Instant) {
    this.store.remindAt[this.slot] = t;
  }

  /** The end of every cooldown started on this claim (they add up, R15); -Infinity: none. */
  get cooldownEnd(): Instant {
    return this.store.cooldownEnd[this.slot]!;
  }

  set cooldownEnd(t: Instant) {
    this.store.cooldownEnd[this.slot] = t;
  }

  /** The decision that closed the claim (I7), or -1 while it is open. */
  get closedInDecision(): number {
    return this.store.closedInDecision[this.slot]!;
  }

  set closedInDecision(n: number) {
    this.store.closedInDecision[this.slot] = n;
  }

  /** How many of the policy's dated changes this record has taken in (R10a, R15a: each claim at its own place in the log). */
  get changesSeen(): number {
    return this.store.changesSeen[this.slot]!;
  }

  set changesSeen(n: number) {
    this.store.changesSeen[this.slot] = n;
  }

  remember(event: ClaimEvent): void {
    if (this.store.recentEvents === 0) return;
    const ring = this.store.recent[this.slot];
    if (ring === undefined || ring.length === 0) return;
    ring[this.store.recentNext[this.slot]! % ring.length] = event;
    this.store.recentNext[this.slot]!++;
  }

  recentEvents(): ClaimEvent[] {
    const out: ClaimEvent[] = [];
    if (this.store.recentEvents === 0) return out;
    const ring = this.store.recent[this.slot];
    if (ring === undefined || ring.length === 0) return out;
    const next = this.store.recentNext[this.slot]!;
    const n = Math.min(next, ring.length);
    for (let i = next - n; i < next; i++) out.push(ring[i % ring.length]!);
    return out;
  }
}

/** Adds an event to the claim's ring of latest events (no allocation). */
export function remember(record: ClaimRecord, event: ClaimEvent): void {
  record.remember(event);
}

/** The claim's latest events, oldest first (allocates: only called to report a violation). */
export function recentEvents(record: ClaimRecord): ClaimEvent[] {
  return record.recentEvents();
}
