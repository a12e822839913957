import type { Instant } from '../Calendar.js';
import type { Policy } from '../Policy.js';
import { formatDay, type Day } from '../civil.js';
import type { ClaimEvent } from '../ClaimEvent.js';
import { RecordStore } from './RecordStore.js';
import { DayCounting } from './DayCounting.js';
import { CheckerDatedChanges } from './CheckerDatedChanges.js';

/**
 * Where a check reports what it finds: `Id` is the invariants its record names (Invariant.ts),
 * so that a check cannot report another's (a context with none, the default, reports nothing).
 */
export interface Reporter<Id extends string> {
  report(invariant: Id, claim: string | null, at: Instant, message: string, events: readonly ClaimEvent[]): void;
}

/** What the checker knows between events: its own claims, counters and findings; `Id`, the invariants a check holding it may report. */
export interface CheckerContext<Id extends string = never> {
  readonly policy: Policy;
  /** Day counting with the base policy; `datedChanges.daysAt(t)` counts with the policy in force at t. */
  readonly days: DayCounting;
  /** The policy's dated changes, read by the checker itself. */
  readonly datedChanges: CheckerDatedChanges;
  /** R15a: each claim's rejection and cancellation cooldown ends, kept only when a change recomputes them. */
  readonly cooldownEnds: Map<string, { rejection: Instant | null; cancellation: Instant | null }>;
  readonly eligible: ReadonlySet<string>;
  /** Its record of each claim held. */
  readonly claims: RecordStore;
  /** I8: per buyer, the claims with a withdrawal `requested`, by the checker's own count. */
  readonly requestedByBuyer: Map<string, number>;
  /** I8: board rows (claim statuses, open withdrawal states), by the checker's own count. */
  readonly board: Map<string, number>;
  readonly log: Reporter<Id>;
  /** How many latest events each claim record keeps. */
  readonly recentEvents: number;
  /** Accepted decisions observed so far (I7 judges "again" per decision). */
  decision: number;
  /** I9: the latest event seen. */
  lastEvent: ClaimEvent | null;
}

export function newCheckerContext<Id extends string>(policy: Policy, log: Reporter<Id>, recentEvents: number): CheckerContext<Id> {
  return {
    policy,
    days: new DayCounting(policy),
    datedChanges: new CheckerDatedChanges(policy),
    cooldownEnds: new Map(),
    eligible: new Set<string>(policy.eligibleStatuses),
    claims: new RecordStore(recentEvents),
    requestedByBuyer: new Map(),
    board: new Map(),
    log,
    recentEvents,
    decision: 0,
    lastEvent: null,
  };
}

/** Adds `by` to a counter, keeping no entry for zero. */
export function addCount(map: Map<string, number>, key: string, by: number): void {
  const v = (map.get(key) ?? 0) + by;
  if (v === 0) map.delete(key);
  else map.set(key, v);
}

/** Local wall time of an instant, for messages. */
export function when(ctx: CheckerContext, t: Instant): string {
  return ctx.days.calendar.formatLocal(t);
}

/** A date, for messages. */
export function date(d: Day): string {
  return Number.isFinite(d) ? formatDay(d) : 'none';
}
