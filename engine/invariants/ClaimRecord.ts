import type { Instant } from '../Calendar.js';
import type { Day } from '../civil.js';
import type { ClaimEvent, WithdrawalState } from '../types.js';

/** How many of a claim's latest events the checker keeps by default to show with a violation. */
export const RECENT_EVENTS = 8;

/**
 * What the checker remembers of one claim: a few numbers and strings, and a small ring of
 * its latest events. Written only by `foldRecord`, from events, with the checker's own
 * day counting.
 */
export interface ClaimRecord {
  readonly id: string;
  readonly buyer: string;
  status: string;
  withdrawal: WithdrawalState;
  /** Requests seen so far (first requests and re-requests). */
  requests: number;
  /** The open request's deadline and timeout instant as the checker computes them. */
  deadline: Day;
  timeoutAt: Instant;
  /** The end of every cooldown started on this claim (they add up, R15); -Infinity: none. */
  cooldownEnd: Instant;
  /** The decision that closed the claim (I7), or -1 while it is open. */
  closedInDecision: number;
  readonly recent: (ClaimEvent | undefined)[];
  recentNext: number;
}

/** The ring of a record that keeps no events (shared: a streaming run holds many records). */
const NO_EVENTS: (ClaimEvent | undefined)[] = Object.freeze([]) as unknown as (ClaimEvent | undefined)[];

export function newClaimRecord(id: string, buyer: string, status: string, recent: number): ClaimRecord {
  return {
    id,
    buyer,
    status,
    withdrawal: 'none',
    requests: 0,
    deadline: Number.NaN,
    timeoutAt: Number.POSITIVE_INFINITY,
    cooldownEnd: Number.NEGATIVE_INFINITY,
    closedInDecision: -1,
    recent: recent > 0 ? new Array<ClaimEvent | undefined>(recent).fill(undefined) : NO_EVENTS,
    recentNext: 0,
  };
}

/** Adds an event to the claim's ring of latest events (no allocation). */
export function remember(record: ClaimRecord, event: ClaimEvent): void {
  const size = record.recent.length;
  if (size === 0) return;
  record.recent[record.recentNext % size] = event;
  record.recentNext++;
}

/** The claim's latest events, oldest first (allocates: only called to report a violation). */
export function recentEvents(record: ClaimRecord): ClaimEvent[] {
  const out: ClaimEvent[] = [];
  const size = record.recent.length;
  const n = Math.min(record.recentNext, size);
  for (let i = record.recentNext - n; i < record.recentNext; i++) out.push(record.recent[i % size]!);
  return out;
}
