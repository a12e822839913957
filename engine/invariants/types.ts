import type { Policy } from '../Policy.js';
import type { StateView } from '../StateView.js';
import type { Instant } from '../Calendar.js';
import type { ClaimEvent } from '../ClaimEvent.js';
import type { InvariantId } from './index.js';
import type { Violation as ViolationOf } from './Violation.js';

export { INVARIANT_IDS, type InvariantId } from './index.js';

/** One invariant violation: which invariant, on which claim, when, and the events involved. */
export type Violation = ViolationOf<InvariantId>;

/**
 * The invariant checker: a second reading of rules.md over the event log, sharing no rule
 * code with `decide`. Incremental: `observe` is O(1) amortised per event.
 */
export interface InvariantChecker {
  /** One accepted decision's events, in order. */
  observe(events: readonly ClaimEvent[]): void;
  /** I8: the engine's board and buyer counters against the checker's own counts (O(claims); at checkpoints). */
  checkViews(state: StateView, now: Instant): void;
  /** End of a run at `now`: requests left open past their timeout instant break I3. */
  finish(now: Instant): void;
  /** A streaming run dropped a finished claim: forget it. */
  forget(claimId: string): void;
  /** The violations found, in the order found (the first `keep` of them, see the options). */
  readonly violations: readonly Violation[];
  /** Every violation found, kept or not, per invariant. */
  readonly counts: Readonly<Record<InvariantId, number>>;
  /** Every violation found, kept or not. */
  readonly total: number;
}

export interface InvariantCheckerOptions {
  /** How many violations to keep with their events (default 1000); all are counted. */
  readonly keep?: number;
  /** How many of each claim's latest events to keep for reporting (default 8). Each one kept
   *  holds an event in memory: a very large run with no eviction may want fewer. */
  readonly recentEvents?: number;
}

export type CreateInvariantChecker = (policy: Policy, options?: InvariantCheckerOptions) => InvariantChecker;
